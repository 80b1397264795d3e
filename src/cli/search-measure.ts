/**
 * `npm run measure:search [-- --dir <built site>] [--first <words>] [--next <words>]`
 *
 * Measures search as a reader meets it, in Chromium against a built site served locally
 * (`dist/` by default, or any built site, e.g. a synthetic one kept by `npm run bench -- --keep`):
 *
 * - what a page loads before anyone searches (the search code must not be part of it);
 * - bytes transferred for the first query typed in the header dialog (the dialog's code,
 *   Pagefind's script and WebAssembly, the index chunks and the result fragments), then for a
 *   following query;
 * - the same for arriving on the search page with a query (which also loads the filters);
 * - time from the last keystroke to rendered results, once the index is loaded, over every
 *   query of the ranking table (tests/support/search-queries.ts).
 *
 * Bytes are given as served here (no compression) and as a host with gzip would send them;
 * Pagefind's index files are compressed already. Prints Markdown tables; nothing is hard-coded.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumAvailable, CHROMIUM, launchBrowser } from '../../tests/support/browser.ts';
import { SEARCH_CASES } from '../../tests/support/search-queries.ts';
import { serveStatic, type Served } from '../tooling/static-server.ts';
import { formatTable, walkFiles } from '../tooling/perf.ts';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

const dir = resolve(option('dir') ?? 'dist');
const firstQuery = option('first') ?? 'mixtral';
const nextQuery = option('next') ?? 'apache license';
if (!existsSync(resolve(dir, 'pagefind', 'pagefind.js')))
  throw new Error(`${dir} has no built site with a search index: run \`npm run build\` first, or pass --dir`);
if (!chromiumAvailable())
  throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);

const pages = walkFiles(dir).filter((f) => f.endsWith('.html') && !f.includes('/pagefind/')).length;
const server = await serveStatic(dir);
const browser = await launchBrowser();

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;
/** Served files grouped by what they are. */
function kinds(log: Served[]): Record<string, { n: number; raw: number; wire: number }> {
  const out: Record<string, { n: number; raw: number; wire: number }> = {};
  for (const s of log) {
    const pf = s.path.startsWith('/pagefind/');
    const kind = pf
      ? s.path.endsWith('.js')
        ? 'Pagefind js'
        : s.path.endsWith('.pagefind')
          ? 'wasm'
          : (/\.pf_(\w+)$/.exec(s.path)?.[1] ?? (s.path.endsWith('.json') ? 'entry' : 'other'))
      : s.path.endsWith('.js')
        ? 'site js'
        : s.path.endsWith('.css')
          ? 'css'
          : s.path.endsWith('/') || s.path.endsWith('.html')
            ? 'html'
            : 'other';
    const k = (out[kind] ??= { n: 0, raw: 0, wire: 0 });
    k.n++;
    k.raw += s.bytes;
    k.wire += s.wireBytes;
  }
  return out;
}
const total = (log: Served[]) =>
  log.reduce((a, s) => ({ raw: a.raw + s.bytes, wire: a.wire + s.wireBytes }), { raw: 0, wire: 0 });
const describe = (log: Served[]) =>
  Object.entries(kinds(log))
    .map(([k, v]) => `${k} ${v.n}× ${kb(v.wire)}`)
    .join(', ');

/** Waits until every request started so far has been answered (the server logs each answer). */
async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
}

async function dialogQuery(page: Page, query: string) {
  await page.fill('#sd-q', '');
  await page.keyboard.type(query, { delay: 30 });
  await page.waitForFunction((q) => document.getElementById('sd-status')?.textContent?.includes(`“${q}”`), query);
  await settled(page);
}

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // Keystroke → results: the time of each keydown in the dialog's field, and of each rendering.
  await page.addInitScript(() => {
    const w = window as unknown as { lastKey: number; timings: { query: string; ms: number }[] };
    w.timings = [];
    addEventListener(
      'keydown',
      (e) => {
        if ((e.target as HTMLElement | null)?.id === 'sd-q') w.lastKey = performance.now();
      },
      true,
    );
    addEventListener('DOMContentLoaded', () =>
      document.getElementById('search-dialog')?.addEventListener('search:rendered', (e) => {
        w.timings.push({
          query: (e as CustomEvent<{ query: string }>).detail.query,
          ms: performance.now() - w.lastKey,
        });
      }),
    );
  });

  const rows: (string | number)[][] = [];
  await page.goto(`${server.base}/models/`);
  await settled(page);
  const load = server.log.splice(0);
  const loadJs = load.filter((s) => s.path.endsWith('.js'));
  rows.push([
    'page load, before searching (/models/)',
    kb(total(load).raw),
    kb(total(load).wire),
    `${describe(load)}; search code loaded: ${load.some((s) => /search-(dialog|engine)|\/pagefind\//.test(s.path)) ? 'YES' : 'none'}; JS ${kb(total(loadJs).wire)}`,
  ]);

  await page.keyboard.press('/');
  await page.waitForSelector('#search-dialog[open]');
  await dialogQuery(page, firstQuery);
  const first = server.log.splice(0);
  rows.push([
    `first query in the dialog ("${firstQuery}")`,
    kb(total(first).raw),
    kb(total(first).wire),
    describe(first),
  ]);

  await dialogQuery(page, nextQuery);
  const next = server.log.splice(0);
  rows.push([`following query ("${nextQuery}")`, kb(total(next).raw), kb(total(next).wire), describe(next)]);

  const fresh = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const searchPage = await fresh.newPage();
  await searchPage.goto(`${server.base}/search/?q=${encodeURIComponent(firstQuery)}`);
  await searchPage.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''));
  await settled(searchPage);
  const arrival = server.log.splice(0);
  rows.push([
    `search page with a query (/search/?q=${firstQuery})`,
    kb(total(arrival).raw),
    kb(total(arrival).wire),
    describe(arrival),
  ]);
  await fresh.close();

  // Keystroke → results: every query of the ranking table, typed as a reader would. The first pass
  // may fetch index chunks and result fragments; the second finds them in memory.
  const pass = async () => {
    await page.evaluate(() => ((window as unknown as { timings: unknown[] }).timings.length = 0));
    for (const { query } of SEARCH_CASES) await dialogQuery(page, query);
    const timings = await page.evaluate(
      () => (window as unknown as { timings: { query: string; ms: number }[] }).timings,
    );
    const finals = SEARCH_CASES.map(({ query }) => timings.filter((t) => t.query === query).at(-1)!.ms).sort(
      (a, b) => a - b,
    );
    const pct = (p: number) => finals[Math.min(finals.length - 1, Math.floor((p / 100) * finals.length))]!;
    return [ms(pct(50)), ms(pct(90)), ms(finals.at(-1)!), finals.length];
  };
  const timingRows = [
    ['first time (may fetch index chunks and fragments)', ...(await pass())],
    ['again (index and fragments in memory)', ...(await pass())],
  ];
  server.log.splice(0);

  console.log(`\nSearch, measured in Chromium against ${dir} (${pages} HTML pages), served locally.\n`);
  console.log(formatTable(['what', 'served', 'gzip on the wire', 'made of (gzip)'], rows, ['l', 'r', 'r', 'l']));
  console.log(
    `\n${formatTable(['last keystroke → results rendered', 'median', '90th percentile', 'slowest', 'queries'], timingRows)}\n`,
  );
} finally {
  await browser.close();
  await server.stop();
}
