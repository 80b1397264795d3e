/**
 * What the built search index holds, read from dist/pagefind: each entry page with its type,
 * facets, key facts, other names and date; interface text that every page repeats is left out.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DIST, distPages } from '../support/dist.ts';
import { ENTRY_KINDS } from '../../src/domain/entry-kinds.ts';
import { FACETS } from '../../src/domain/search.ts';

const FACET_KEYS: string[] = FACETS.map((f) => f.key);

interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** Pagefind writes each page's record as gzip, prefixed with a signature. */
function fragments(): Fragment[] {
  const dir = join(DIST, 'pagefind', 'fragment');
  return readdirSync(dir).flatMap((f) => {
    const text = gunzipSync(readFileSync(join(dir, f)))
      .toString('utf8')
      .replace(/^pagefind_dcd/, '');
    const parsed = JSON.parse(text) as Fragment | Fragment[];
    return Array.isArray(parsed) ? parsed : [parsed];
  });
}

const all = fragments();
const byUrl = new Map(all.map((f) => [f.url, f]));
const kindOf = (url: string) => /^\/(\w+)\//.exec(url)?.[1];

describe('the search index', () => {
  it('holds every entry page, once', () => {
    const entries = distPages().filter((p) =>
      /^\/(models|labs|licenses|glossary|articles|events)\/[^/]+\/$/.test(p.url),
    );
    expect(entries.length).toBeGreaterThan(50);
    for (const p of entries) expect(byUrl.has(p.url), p.url).toBe(true);
    expect(all.length).toBe(byUrl.size);
  });

  it('gives every page a type and a title, and the facets of its kind', () => {
    const TYPES: Record<string, string> = ENTRY_KINDS;
    for (const f of all) {
      const kind = kindOf(f.url)!;
      expect(f.filters.type, f.url).toEqual([TYPES[kind]]);
      expect(f.meta.title, f.url).toBeTruthy();
      // Only filters a facet reads are sent to Pagefind.
      for (const key of Object.keys(f.filters)) expect(FACET_KEYS, `${f.url} ${key}`).toContain(key);
      if (kind === 'models') expect(f.filters.lab, f.url).toHaveLength(1);
      if (kind === 'licenses') expect(f.filters.tier, f.url).toHaveLength(1);
      if (kind === 'glossary') expect(f.filters.category, f.url).toHaveLength(1);
      if (kind === 'events') expect(f.filters.year?.[0], f.url).toMatch(/^\d{4}$/);
    }
  });

  it('carries the key facts of a model, and its other names, as metadata', () => {
    const mixtral = byUrl.get('/models/mixtral-8x7b/')!;
    expect(mixtral.meta.facts).toBe('Mistral AI · 2023 · 46.7B · Apache 2.0');
    expect(mixtral.meta.aliases?.split('; ')).toContain('Mixtral');
    expect(mixtral.filters).toMatchObject({ lab: ['Mistral AI'], tier: ['Permissive'], year: ['2023'] });
    expect(byUrl.get('/glossary/mixture-of-experts/')!.meta.aliases?.split('; ')).toContain('MoE');
    expect(byUrl.get('/licenses/apache-2-0/')!.meta.aliases?.split('; ')).toContain('Apache-2.0');
  });

  it('sorts models and events by their dates', () => {
    const dated = distPages().filter((p) => /^\/(models|events)\/[^/]+\/$/.test(p.url));
    const withDate = dated.filter((p) => /<span data-pagefind-sort="date">\d{4}(-\d\d){0,2}<\/span>/.test(p.html));
    // Every event has a date; a model may not (its release date left out when no source gives it).
    expect(withDate.filter((p) => p.url.startsWith('/events/')).length).toBe(
      dated.filter((p) => p.url.startsWith('/events/')).length,
    );
    expect(withDate.length).toBeGreaterThan(dated.length / 2);
    expect(distPages().find((p) => p.url === '/models/mixtral-8x7b/')!.html).toContain(
      '<span data-pagefind-sort="date">2023-12-11</span>',
    );
  });

  it('leaves out interface text: citation marks, reference lists, table labels and captions, model tables, badges, anchors, filter values', () => {
    for (const f of all) {
      expect(f.content, f.url).not.toMatch(/citation needed|No information recorded|Not recorded\.|\[\d+\]|↑/);
      expect(f.content, f.url).not.toMatch(/\bReferences\b.*\bFurther sources\b/);
    }
    for (const f of all) {
      // Tables of models on lab and license pages ("—unknown", "70B. Dense."), table captions and heading anchors.
      expect(f.content, f.url).not.toMatch(/—unknown|\d+B\. (Dense|MoE)\.|Openness of .{1,80} by component|[a-z]#/);
    }
    const llama2 = byUrl.get('/models/llama-2/')!;
    // The openness table's row and column labels and badges ("Weights", "Open", "Component") are not text of the page.
    expect(llama2.content).not.toMatch(/Component Status Details|Weights Open|Inference code/);
    // The title is metadata, searched with its own weight; the text starts with the lead.
    expect(llama2.content.startsWith(llama2.meta.title!)).toBe(false);
    // Filter values and key facts are not repeated as text.
    expect(llama2.content).not.toContain(llama2.meta.facts!);
  });
});
