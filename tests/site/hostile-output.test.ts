/**
 * Every output channel escapes what contributors write. The fixture set is rewritten with a
 * hostile string in every string field of every entry (tests/support/hostile-content.ts) and
 * a hostile paragraph in every body, built with the real `npm run build`, and each output is
 * read back with a parser of its own format:
 *   HTML (every page, parsed; no injected element or attribute; OpenGraph/Twitter meta
 *   round-trip the exact text; the W3C checker finds no error), JSON-LD (parses; no `</script`),
 *   RSS (well-formed XML; titles round-trip), JSON exports (parse), CSV exports (a real CSV
 *   parser; no cell can start a formula; text round-trips), Pagefind's fragments (metadata and
 *   filters are the exact text), and _headers (no contributor text, header syntax only).
 * Fields whose schema refuses every hostile string are listed with the schema's reason.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import type { Element, Root } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMULA_START } from '../../src/exports/csv-cell.ts';
import {
  fieldPattern,
  freeTextFields,
  INJECTED,
  LEADS,
  writeHostileContent,
  type HostileField,
} from '../support/hostile-content.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { runW3cChecker } from '../support/w3c-checker.ts';
import { chromiumAvailable, CHROMIUM, launchBrowser } from '../support/browser.ts';
import { pageSettled } from '../support/search-browser.ts';
import { serveStatic } from '../../src/tooling/static-server.ts';

const FIXTURES = 'tests/fixtures/content';
let content = '';
let outDir = '';
let fields: HostileField[] = [];
let buildOutput = '';
let buildStatus: number | null = null;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const full = join(dir, n);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** How a value reads once in a page: trimmed (the schemas trim), whitespace runs as one space. */
const asText = (s: string) => s.replace(/\s+/g, ' ').trim();

beforeAll(() => {
  ({ content, fields } = writeHostileContent(FIXTURES));
  outDir = join(resolve(content, '..'), 'out');
  const run = spawnSync('npm', ['run', 'build', '--', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', OWE_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
    timeout: 300_000,
  });
  rmSync(`node_modules/.astro-${createHash('sha1').update(resolve(content)).digest('hex').slice(0, 10)}`, {
    recursive: true,
    force: true,
  });
  buildStatus = run.status;
  buildOutput = `${run.stdout}\n${run.stderr}`;
}, 320_000);

afterAll(() => rmSync(resolve(content, '..'), { recursive: true, force: true }));

const accepted = () => fields.filter((f) => f.value !== undefined) as Required<HostileField>[];
const files = (ext: string) => walk(outDir).filter((f) => f.endsWith(ext));

describe('the hostile content set', () => {
  it('builds', () => {
    expect(buildStatus, buildOutput.slice(-3000)).toBe(0);
  });

  it('puts a hostile string in every free-text field of every collection, as its JSON Schema lists them', () => {
    const missing = COLLECTIONS.flatMap((c) => {
      const covered = new Set(
        accepted()
          .filter((f) => f.collection === c)
          .map((f) => fieldPattern(f.field)),
      );
      return freeTextFields(c)
        .filter((field) => !covered.has(field))
        .map(
          (field) =>
            `${c}: ${field} (give an entry in tests/fixtures/content or tests/fixtures/hostile-output this field)`,
        );
    });
    expect(missing).toEqual([]);
  });

  it('uses each hostile ingredient, and each leading character in turn', () => {
    expect(accepted().length).toBeGreaterThanOrEqual(80);
    for (const lead of LEADS)
      expect(
        accepted().some((f) => f.value.startsWith(lead)),
        JSON.stringify(lead),
      ).toBe(true);
    expect(accepted().some((f) => f.value.includes('\n'))).toBe(true);
    expect(accepted().some((f) => f.value.includes('"') && f.value.includes("'"))).toBe(true);
  });

  it('fields that refuse every hostile string are ids, dates, URLs or fixed values, and say so', () => {
    for (const f of fields.filter((x) => x.value === undefined)) {
      expect(f.refusals.at(-1), `${f.file} ${f.field}`).toMatch(
        /is not a valid id|expected one of|expected dense or moe|not a real date|full URL starting with https|expected a source id|Hugging Face repo id/,
      );
    }
  });

  it('markup in a plain-text field is refused by the schema, with the reason', () => {
    const name = fields.find((f) => f.file.endsWith('models/example-base.mdx') && f.field === 'name')!;
    expect(name.refusals[0]).toContain('bidirectional control character');
    expect(name.refusals[1]).toContain(
      'name: must be plain text: no <, >, { or } (they would be read as markup or code; write "less than" or "under")',
    );
  });
});

describe('HTML', () => {
  const pages = () => files('.html').map((f) => ({ file: f, tree: fromHtml(readFileSync(f, 'utf8')) as Root }));

  it('no page has an injected element or event attribute, and the markup is there as text', () => {
    let shownAsText = 0;
    for (const { file, tree } of pages()) {
      expect(selectAll(`[${INJECTED}]`, tree), file).toEqual([]);
      const withEvents = selectAll('*', tree).filter((e) => Object.keys(e.properties).some((k) => /^on/i.test(k)));
      expect(
        withEvents.map((e) => e.tagName),
        file,
      ).toEqual([]);
      for (const s of selectAll('script', tree) as Element[]) {
        const type = String(s.properties.type ?? '');
        expect(
          type === 'application/ld+json' || (type === 'module' && String(s.properties.src).startsWith('/_astro/')),
          file,
        ).toBe(true);
      }
      if (readFileSync(file, 'utf8').includes(`&lt;i ${INJECTED}=`)) shownAsText++;
    }
    expect(shownAsText).toBeGreaterThan(0);
  });

  it('OpenGraph and Twitter meta tags hold the exact text of the title', () => {
    const model = accepted().find((f) => f.file.endsWith('models/example-base.mdx') && f.field === 'name')!;
    const tree = fromHtml(readFileSync(join(outDir, 'models/example-base/index.html'), 'utf8'));
    const meta = (sel: string) => String((selectAll(sel, tree)[0] as Element | undefined)?.properties.content);
    expect(meta('meta[property="og:title"]')).toBe(asText(model.value));
    expect(meta('meta[name="twitter:title"]')).toBe(asText(model.value));
  });

  it('JSON-LD parses as JSON and never holds </script', () => {
    let count = 0;
    for (const file of files('.html')) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        expect(m[1]).not.toMatch(/<\/script|<!--/i);
        expect(() => JSON.parse(m[1]!), file).not.toThrow();
        count++;
      }
    }
    expect(count).toBeGreaterThan(5);
  });

  it('the W3C checker finds no error on any page', () => {
    const pages = files('.html').filter((f) => !f.includes('/pagefind/'));
    expect(pages.length).toBeGreaterThan(10);
    const errors = runW3cChecker(pages).filter((m) => m.type !== 'info');
    expect(errors.map((m) => `${m.url}:${m.lastLine} ${m.message}`).slice(0, 20)).toEqual([]);
  }, 300_000);
});

describe('RSS', () => {
  it("is well-formed XML by Chromium's XML parser (a feed reader's strictness)", async () => {
    if (!chromiumAvailable()) throw new Error(`Chromium not found at ${CHROMIUM}: install it or set CHROMIUM_PATH`);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const errors = await page.evaluate(
        (xml) => {
          const doc = new DOMParser().parseFromString(xml, 'application/xml');
          return [...doc.getElementsByTagName('parsererror')].map((e) => e.textContent);
        },
        readFileSync(join(outDir, 'rss.xml'), 'utf8'),
      );
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('titles read back as the exact text', () => {
    const xml = readFileSync(join(outDir, 'rss.xml'), 'utf8');
    const feed = new XMLParser({ processEntities: true }).parse(xml) as {
      rss: { channel: { item: { title: string; description: string }[] } };
    };
    const titles = feed.rss.channel.item.map((i) => String(i.title));
    const event = accepted().find((f) => f.file.includes('events/') && f.field === 'title')!;
    expect(titles).toContain(event.value.trim());
  });
});

describe('data exports', () => {
  it('every JSON file parses', () => {
    for (const file of files('.json').filter((f) => !f.includes('/pagefind/')))
      expect(() => JSON.parse(readFileSync(file, 'utf8')), file).not.toThrow();
  });

  it('every CSV parses with a real CSV parser, rows as wide as the header', () => {
    const csvs = files('.csv');
    expect(csvs.length).toBeGreaterThan(3);
    for (const file of csvs) {
      const rows = parseCsv(readFileSync(file, 'utf8'), { relax_column_count: false }) as string[][];
      expect(rows.length, file).toBeGreaterThan(1);
    }
  });

  it('no CSV cell can start a formula, and hostile text reads back after its apostrophe', () => {
    const cells = files('.csv').flatMap((f) => (parseCsv(readFileSync(f, 'utf8')) as string[][]).flat());
    expect(cells.filter((c) => FORMULA_START.test(c))).toEqual([]);
    const lab = accepted().find((f) => f.file.endsWith('labs/example-lab.mdx') && f.field === 'name')!;
    const labs = parseCsv(readFileSync(join(outDir, 'data/labs.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    const written = lab.value.trim();
    expect(labs[0]!.name).toBe(FORMULA_START.test(written) ? `'${written}` : written);
  });
});

describe('Pagefind', () => {
  /** Pagefind's fragment files: gzip of "pagefind_dc" and a JSON record per page. */
  const fragments = () =>
    files('.pf_fragment').map((f) => {
      const text = gunzipSync(readFileSync(f)).toString('utf8');
      expect(text.startsWith('pagefind_dc')).toBe(true);
      return JSON.parse(text.slice(text.indexOf('{'))) as {
        url: string;
        content: string;
        meta: Record<string, string>;
        filters: Record<string, string[]>;
      };
    });

  it('metadata and filters hold the exact text, never markup', () => {
    const all = fragments();
    const model = accepted().find((f) => f.file.endsWith('models/example-base.mdx') && f.field === 'name')!;
    const page = all.find((p) => p.url === '/models/example-base/')!;
    expect(page.meta.title).toBe(asText(model.value));
    const lab = accepted().find((f) => f.file.endsWith('labs/example-lab.mdx') && f.field === 'name')!;
    expect(page.filters.lab).toContain(asText(lab.value));
    const license = accepted().find((f) => f.file.endsWith('licenses/example-license.mdx') && f.field === 'shortName')!;
    expect(page.meta.facts).toContain(asText(lab.value));
    expect(page.meta.facts).toContain(asText(license.value));
    const family = accepted().find((f) => f.file.endsWith('models/example-base.mdx') && f.field === 'family')!;
    expect(page.meta.aliases).toContain(asText(family.value));
    for (const p of all) expect(JSON.stringify([p.meta, p.filters])).not.toMatch(/<[a-z]/i);
    // The body's escaped markup is indexed as the text it is (the search UI renders it as text).
    expect(page.content).toContain(`<i ${INJECTED}=`);
  });
});

describe('the search UI, in Chromium, over the hostile build', () => {
  it('renders titles, facts, filters and excerpts as text: no injected element, the markup shown as text', async () => {
    if (!chromiumAvailable()) throw new Error(`Chromium not found at ${CHROMIUM}: install it or set CHROMIUM_PATH`);
    const server = await serveStatic(outDir, { requireHeaders: true });
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('dialog', (d) => {
        errors.push(`dialog opened: ${d.message()}`);
        void d.dismiss();
      });
      await page.goto(`${server.base}/search/?q=hostile`);
      expect(await pageSettled(page)).toMatch(/result/);
      const found = await page.evaluate(
        (attr) => ({
          injected: document.querySelectorAll(`[${attr}], #search-results script, #search-results i`).length,
          text: document.getElementById('search-results')?.textContent ?? '',
          facets: document.getElementById('facet-groups')?.textContent ?? '',
        }),
        INJECTED,
      );
      expect(found.injected).toBe(0);
      expect(found.text).toContain(`<i ${INJECTED}=`);
      const lab = accepted().find((f) => f.file.endsWith('labs/example-lab.mdx') && f.field === 'name')!;
      expect(found.facets).toContain(asText(lab.value));
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await server.stop();
    }
  }, 120_000);
});

describe('_headers', () => {
  it('holds no contributor text, only paths and header lines', () => {
    const text = readFileSync(join(outDir, '_headers'), 'utf8');
    for (const f of accepted()) expect(text).not.toContain(asText(f.value).slice(0, 12));
    for (const line of text.split('\n'))
      expect(line, line).toMatch(/^(?:$|#.*|\/\S*| {2}[A-Za-z][A-Za-z0-9-]*: [\x20-\x7e]+)$/);
  });

  it('exists', () => {
    expect(existsSync(join(outDir, '_headers'))).toBe(true);
  });
});
