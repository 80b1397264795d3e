/**
 * `npm run budget [-- --dist other-dist]`: over the built site, what each page type costs a
 * reader before any interaction (gzipped HTML, all CSS it loads, JavaScript run on load),
 * measured on every page of the type, against the budgets: a long article's HTML under 30 KB,
 * every page's CSS under 10 KB and JS under 5 KB. Prints a table; exits 1 when over budget.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { BUDGETS, overBudget, pageCost, type Budget, type PageCost } from '../tooling/budget.ts';
import { formatTable, kb, walkFiles } from '../tooling/perf.ts';

const i = process.argv.indexOf('--dist');
const dist = resolve(i >= 0 ? process.argv[i + 1]! : 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist} has no build: run \`npm run build\` first`);
  process.exit(1);
}

const FLAGSHIP = '/articles/open-weights/';
const read = (path: string) => {
  const file = join(dist, decodeURIComponent(path));
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
};
const pages = walkFiles(dist)
  .filter((f) => f.endsWith('index.html') && !f.includes(`${dist}/pagefind/`))
  .map((f) => `/${relative(dist, f).replace(/index\.html$/, '')}`);

/** Page types: which pages belong to each, and its budget (the HTML budget is for articles). */
const TYPES: { type: string; match: (p: string) => boolean; budget: Budget }[] = [
  { type: 'home', match: (p) => p === '/', budget: { css: BUDGETS.css, js: BUDGETS.js } },
  {
    type: 'article (flagship)',
    match: (p) => p === FLAGSHIP,
    budget: { html: BUDGETS.articleHtml, css: BUDGETS.css, js: BUDGETS.js },
  },
  {
    type: 'article',
    match: (p) => /^\/articles\/[^/]+\/$/.test(p),
    budget: { html: BUDGETS.articleHtml, css: BUDGETS.css, js: BUDGETS.js },
  },
  { type: 'model', match: (p) => /^\/models\/[^/]+\/$/.test(p), budget: { css: BUDGETS.css, js: BUDGETS.js } },
  { type: 'lab', match: (p) => /^\/labs\/[^/]+\/$/.test(p), budget: { css: BUDGETS.css, js: BUDGETS.js } },
  { type: 'license', match: (p) => /^\/licenses\/[^/]+\/$/.test(p), budget: { css: BUDGETS.css, js: BUDGETS.js } },
  { type: 'term', match: (p) => /^\/glossary\/[^/]+\/$/.test(p), budget: { css: BUDGETS.css, js: BUDGETS.js } },
  { type: 'event', match: (p) => /^\/events\/[^/]+\/$/.test(p), budget: { css: BUDGETS.css, js: BUDGETS.js } },
  { type: 'models table', match: (p) => p === '/models/', budget: { css: BUDGETS.css, js: BUDGETS.js } },
  { type: 'glossary index', match: (p) => p === '/glossary/', budget: { css: BUDGETS.css, js: BUDGETS.js } },
  { type: 'timeline', match: (p) => p === '/timeline/', budget: { css: BUDGETS.css, js: BUDGETS.js } },
  { type: 'search', match: (p) => p === '/search/', budget: { css: BUDGETS.css, js: BUDGETS.js } },
  { type: 'any other page', match: () => true, budget: { css: BUDGETS.css, js: BUDGETS.js } },
];

const costs = new Map<string, PageCost>(pages.map((p) => [p, pageCost(read(`${p}index.html`)!, p, read)]));
const claimed = new Set<string>();
const rows: string[][] = [];
const failures: string[] = [];
for (const { type, match, budget } of TYPES) {
  const mine = pages.filter((p) => match(p) && (type === 'article (flagship)' || !claimed.has(p)));
  if (type !== 'article (flagship)') mine.forEach((p) => claimed.add(p));
  if (mine.length === 0) {
    if (type !== 'any other page') failures.push(`${type}: no such page in ${relative(process.cwd(), dist) || dist}/`);
    continue;
  }
  const worst = (key: 'html' | 'css' | 'js') =>
    mine.reduce((a, b) => (costs.get(b)![key] > costs.get(a)![key] ? b : a));
  const [h, c, j] = [worst('html'), worst('css'), worst('js')];
  const over: string[] = [];
  for (const p of mine) for (const what of overBudget(costs.get(p)!, budget)) over.push(`${p} ${what.toUpperCase()}`);
  if (over.length)
    failures.push(
      `${type}: over budget: ${over.slice(0, 5).join(', ')}${over.length > 5 ? ` and ${over.length - 5} more` : ''}`,
    );
  const cell = (v: number, limit?: number) => `${kb(v)}${limit !== undefined ? (v > limit ? ' ✗' : ' ✓') : ''}`;
  rows.push([
    type,
    String(mine.length),
    cell(costs.get(h)!.html, budget.html),
    cell(costs.get(c)!.css, budget.css),
    cell(costs.get(j)!.js, budget.js),
    h,
  ]);
}

console.log(
  formatTable(
    ['page type', 'pages', 'HTML gz (largest)', 'CSS gz (largest)', 'JS gz on load (largest)', 'largest HTML'],
    rows,
    ['l', 'r', 'r', 'r', 'r', 'l'],
  ),
);
console.log(
  `budgets: article HTML < ${kb(BUDGETS.articleHtml, 0)}, CSS < ${kb(BUDGETS.css, 0)}, JS before interaction < ${kb(BUDGETS.js, 0)} (gzip -9; dynamic imports not counted)`,
);
if (failures.length) {
  console.error(`\nOver budget:\n${failures.map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}
