/**
 * axe-core on every page listed in the sitemap, in Chromium, in the light colour scheme; the
 * main page types again in the dark one (colour contrast differs). Every violation is listed
 * as `url rule (impact): help — selectors` so one run shows all of them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromiumAvailable, CHROMIUM, launchBrowser } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';
import { serveStatic } from '../../src/tooling/static-server.ts';

const AXE = 'node_modules/axe-core/axe.min.js';
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

/** Paths of every URL in the sitemap (sitemap-index.xml and the sitemaps it lists). */
function sitemapPaths(): string[] {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  return locs(index).flatMap((sitemap) => locs(readFileSync(join(DIST, sitemap), 'utf8')));
}

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

/** axe's violations on each path, `concurrency` pages at a time. */
async function audit(paths: readonly string[], colorScheme: 'light' | 'dark', concurrency = 3): Promise<string[]> {
  const context = await browser.newContext({ colorScheme });
  // Loaded before each document by the browser itself, so the page's own CSP does not apply to it.
  await context.addInitScript({ path: AXE });
  const found: string[] = [];
  const queue = [...paths];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      const page = await context.newPage();
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        await page.goto(`${server.base}${path}`, { waitUntil: 'load' });
        const result = (await page.evaluate(() =>
          (window as unknown as { axe: { run: (c: Document, o: object) => Promise<unknown> } }).axe.run(document, {
            resultTypes: ['violations'],
          }),
        )) as AxeResult;
        for (const v of result.violations) {
          found.push(
            `${path} ${v.id} (${v.impact}): ${v.help} — ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(', ')}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''}`,
          );
        }
      }
      await page.close();
    }),
  );
  await context.close();
  return found.sort();
}

beforeAll(async () => {
  if (!chromiumAvailable())
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  server = await serveStatic(DIST, { requireHeaders: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('accessibility (axe-core)', () => {
  it('every page in the sitemap has no violation (light)', { timeout: 900_000 }, async () => {
    const paths = sitemapPaths();
    expect(paths.length).toBeGreaterThan(10);
    expect(await audit(paths, 'light')).toEqual([]);
  });

  it('the main page types have no violation in the dark scheme either', { timeout: 300_000 }, async () => {
    const paths = sitemapPaths();
    const sections = [...new Set(paths.map((p) => p.split('/')[1]).filter(Boolean))];
    const picks = [
      '/',
      '/404.html',
      ...sections.flatMap((s) => paths.filter((p) => p.startsWith(`/${s}/`)).slice(0, 2)),
    ];
    expect(await audit([...new Set(picks)], 'dark')).toEqual([]);
  });

  it('axe does find a violation when there is one (the check can fail)', async () => {
    const context = await browser.newContext();
    await context.addInitScript({ path: AXE });
    const page = await context.newPage();
    await page.route(`${server.base}/contribute/`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        body: (await response.text()).replace('</main>', '<img src="/favicon.svg"><a href="/"></a></main>'),
      });
    });
    await page.goto(`${server.base}/contribute/`);
    const result = (await page.evaluate(() =>
      (window as unknown as { axe: { run: (c: Document) => Promise<unknown> } }).axe.run(document),
    )) as AxeResult;
    expect(result.violations.map((v) => v.id)).toEqual(expect.arrayContaining(['image-alt', 'link-name']));
    await context.close();
  });
});
