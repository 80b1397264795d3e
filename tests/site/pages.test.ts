/** Over the built dist/: every entry has its page, and every page has what a reader and a search engine need. */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readContentFiles } from '../../src/checks/content-files.ts';
import { DIST, distPages, page, $, $$, text } from '../support/dist.ts';
import { SITE } from '../../src/site.config.ts';
import { repoPath } from '../../src/schemas/index.ts';

const files = readContentFiles();

describe('routes', () => {
  it('every entry of every collection has its page', () => {
    const missing = files
      .filter((f) => f.collection !== 'sources')
      .map((f) => `/${f.collection}/${f.id}/`)
      .filter((url) => !existsSync(join(DIST, url, 'index.html')));
    expect(missing).toEqual([]);
  });

  it('every source has its anchor in the bibliography', () => {
    const bib = page('/sources/');
    const missing = files
      .filter((f) => f.collection === 'sources' && !$(bib.tree, `li[id="${f.id}"]`))
      .map((f) => f.id);
    expect(missing).toEqual([]);
  });

  it('the index pages, home, search and 404 exist', () => {
    for (const url of [
      '/',
      '/articles/',
      '/glossary/',
      '/models/',
      '/labs/',
      '/licenses/',
      '/timeline/',
      '/search/',
      '/sources/',
      '/contribute/',
      '/404.html',
    ]) {
      expect(existsSync(join(DIST, url.endsWith('/') ? `${url}index.html` : url)), url).toBe(true);
    }
  });
});

describe('every page', () => {
  const pages = distPages();
  it('has lang, one h1, a title, a description and a canonical URL', () => {
    const problems: string[] = [];
    for (const p of pages) {
      const html = $(p.tree, 'html');
      if (html?.properties.lang !== 'en') problems.push(`${p.url}: no lang`);
      const h1s = $$(p.tree, 'h1').length;
      if (h1s !== 1) problems.push(`${p.url}: ${h1s} h1`);
      if (!text($(p.tree, 'title')).trim()) problems.push(`${p.url}: no title`);
      const desc = $(p.tree, 'meta[name="description"]')?.properties.content;
      if (!desc || String(desc).length < 20) problems.push(`${p.url}: no description`);
      if (!$(p.tree, 'link[rel="canonical"]')) problems.push(`${p.url}: no canonical`);
      if (!$(p.tree, 'a.skip-link[href="#main"]') || !$(p.tree, '#main'))
        problems.push(`${p.url}: no skip link target`);
    }
    expect(problems).toEqual([]);
  });

  it('titles are unique', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const p of pages) {
      const t = text($(p.tree, 'title'));
      if (seen.has(t)) dupes.push(`${p.url} and ${seen.get(t)}: "${t}"`);
      seen.set(t, p.url);
    }
    expect(dupes).toEqual([]);
  });
});

describe('entry pages', () => {
  it('link to their own file for editing', () => {
    const problems: string[] = [];
    for (const f of files.filter((f) => f.collection !== 'sources')) {
      const p = page(`/${f.collection}/${f.id}/`);
      const edit = $$(p.tree, '.edit-links a').find((a) => text(a) === 'Improve this page');
      const expected = `${SITE.repo}/edit/${SITE.branch}/${repoPath(f.collection, f.id)}`;
      if (edit?.properties.href !== expected)
        problems.push(`${p.url}: edit link ${edit?.properties.href} is not ${expected}`);
    }
    expect(problems).toEqual([]);
  });

  it('a model page shows its typed fields, linked', () => {
    const p = page('/models/llama-2/');
    const box = $(p.tree, '.infobox')!;
    expect($(box, 'a[href="/labs/meta/"]')).toBeTruthy();
    expect($(box, 'a[href="/licenses/llama-2-community/"]')).toBeTruthy();
    expect(text(box)).toContain('18 July 2023');
    // Its sizes are variants, each with its own size and license, in the table the infobox links to.
    expect($(box, 'a[href="#variants"]')).toBeTruthy();
    const variants = $$(p.tree, 'h2#variants + .table-wrap tbody tr');
    expect(variants.map((r) => text($(r, 'td')!))).toEqual(
      expect.arrayContaining(['7B total', '13B total', '70B total']),
    );
    expect(variants.every((r) => $(r, 'a[href^="/licenses/"]'))).toBe(true);
  });

  it('citations are numbered and link to their reference', () => {
    const p = page('/models/llama-2/');
    const cites = $$(p.tree, 'sup.cite a');
    expect(cites.length).toBeGreaterThan(0);
    for (const a of cites) {
      const target = String(a.properties.href).slice(1);
      expect($(p.tree, `[id="${target}"]`), target).toBeTruthy();
    }
  });
});
