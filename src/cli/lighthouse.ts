/**
 * `npm run lighthouse [-- --desktop] [--strict] [--dist other-dist] [/path/ ...]`: Lighthouse (the npm package)
 * against the built dist/, served locally, in the system Chromium. For the home page, the
 * flagship article, a model, a term, the models table and the search page (or the paths
 * given) it prints the four category scores and the Web Vitals (LCP, CLS, TBT), then every
 * audit that did not pass. Mobile emulation with Lighthouse's default simulated throttling,
 * unless --desktop. With --strict it exits 1 when any score is under 100.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/support/browser.ts';
import { serveStatic } from '../tooling/static-server.ts';
import { formatTable } from '../tooling/perf.ts';

const PAGES = ['/', '/articles/open-weights/', '/models/llama-2/', '/glossary/open-weights/', '/models/', '/search/'];
const distArg = process.argv.indexOf('--dist');
const dist = distArg >= 0 ? resolve(process.argv[distArg + 1]!) : undefined;
const paths = process.argv.slice(2).filter((a, i, all) => a.startsWith('/') && all[i - 1] !== '--dist');
const desktop = process.argv.includes('--desktop');
const strict = process.argv.includes('--strict');

if (!existsSync(`${dist ?? 'dist'}/index.html`)) {
  console.error(`${dist ?? 'dist/'} has no build: run \`npm run build\` first`);
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  process.exit(1);
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** A free loopback port for Chromium's DevTools protocol, which Lighthouse drives. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** dist/ (or --dist) through the site's one static server, with its `_headers`, as the browser tests see it. */
const server = await serveStatic(dist ?? 'dist', { requireHeaders: true });
const port = await freePort();
// The system Chromium, launched by Playwright with the flags of the browser tests, plus a DevTools port.
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
});
const rows: string[][] = [];
const problems: string[] = [];
let under = false;
try {
  for (const path of paths.length ? paths : PAGES) {
    process.stderr.write(`lighthouse ${path}…\n`);
    const result = await lighthouse(
      `${server.base}${path}`,
      { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
      desktop ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse failed on ${path}: ${runtimeError.code} ${runtimeError.message}`);
    const score = (c: (typeof CATEGORIES)[number]) => Math.round((categories[c]?.score ?? 0) * 100);
    const scores = CATEGORIES.map(score);
    if (scores.some((s) => s < 100)) under = true;
    const ms = (id: string) => `${Math.round(audits[id]?.numericValue ?? NaN)} ms`;
    rows.push([
      path,
      ...scores.map(String),
      ms('largest-contentful-paint'),
      (audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3),
      ms('total-blocking-time'),
    ]);
    // Every scored audit that did not pass, with what it found.
    for (const c of CATEGORIES) {
      for (const ref of categories[c]?.auditRefs ?? []) {
        const a = audits[ref.id];
        if (!a || a.score === null || a.score >= 1 || (ref.weight === 0 && a.scoreDisplayMode !== 'binary')) continue;
        const items = (a.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
        // Headless Chromium runs with the back/forward cache off: nothing the site can change.
        if (items.length > 0 && items.every((i) => i.failureType === 'Not actionable')) continue;
        const where = items
          .slice(0, 3)
          .map((i) => {
            const node = i.node as { snippet?: string; selector?: string } | undefined;
            return node?.selector ?? node?.snippet ?? (i.url as string | undefined) ?? '';
          })
          .filter(Boolean);
        problems.push(
          `${path} [${c}] ${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}${where.length ? ` — ${where.join(' | ')}` : ''}`,
        );
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
}

console.log(
  formatTable(['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'CLS', 'TBT'], rows, [
    'l',
    'r',
    'r',
    'r',
    'r',
    'r',
    'r',
    'r',
  ]),
);
console.log(
  `Lighthouse ${desktop ? 'desktop' : 'mobile (simulated slow 4G, 4× CPU slowdown)'}, ${dist ?? 'dist/'} served with its _headers, ${CHROMIUM}`,
);
if (problems.length) console.log(`\nAudits not passed:\n${problems.map((p) => `  ${p}`).join('\n')}`);
if (strict && under) process.exit(1);
