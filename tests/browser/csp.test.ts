/**
 * In Chromium, against the built site served as a static host that reads `_headers` serves it
 * (header policy and each page's <meta> policy both enforced): the Content-Security-Policy
 * (no 'unsafe-inline') lets every main page type work, search included (Pagefind's worker and
 * WebAssembly), with no violation reported and no console error. Injected inline code, and a
 * policy without 'wasm-unsafe-eval', show the checks can fail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromiumAvailable, CHROMIUM, launchBrowser } from '../support/browser.ts';
import { DIST, distPages } from '../support/dist.ts';
import { serveStatic } from '../../src/tooling/static-server.ts';

let browser: Browser;
let context: BrowserContext;
let server: Awaited<ReturnType<typeof serveStatic>>;

/** Every `securitypolicyviolation` is recorded from the first byte of each document. */
const RECORD_VIOLATIONS = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push(e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + (e.sourceFile || '') + ':' + e.lineNumber + ' ' + (e.sample || ''));
  });
`;

interface Watch {
  errors: string[];
}
function watch(page: Page): Watch {
  const w: Watch = { errors: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') w.errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => w.errors.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    // A request the browser itself abandons because the test moved to the next page (the favicon,
    // typically) is not a refusal: a blocked request fails with another error.
    if (r.failure()?.errorText === 'net::ERR_ABORTED') return;
    w.errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`);
  });
  return w;
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

/** The main page types: the home page, each section's index, and the first page inside each section. */
function mainPages(): string[] {
  const urls = distPages().map((p) => p.url);
  const sections = [
    ...new Set(urls.map((u) => u.split('/')[1]).filter((s): s is string => !!s && !s.endsWith('.html'))),
  ];
  const picks = ['/'];
  for (const s of sections.sort()) {
    const inside = urls.filter((u) => u.startsWith(`/${s}/`)).sort();
    if (inside.includes(`/${s}/`)) picks.push(`/${s}/`);
    const first = inside.find((u) => u !== `/${s}/`);
    if (first) picks.push(first);
  }
  return picks;
}

beforeAll(async () => {
  if (!chromiumAvailable())
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  server = await serveStatic(DIST, { requireHeaders: true });
  browser = await launchBrowser();
  context = await browser.newContext();
  await context.addInitScript(RECORD_VIOLATIONS);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('Content-Security-Policy in the browser', () => {
  it('pages carry the policy, strict, in <meta> and in the header with frame-ancestors', async () => {
    const page = await context.newPage();
    const response = await page.goto(`${server.base}/`);
    const meta = (await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content')) ?? '';
    expect(meta).toMatch(/default-src 'none'/);
    expect(meta).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(meta).not.toMatch(/unsafe-inline|'unsafe-eval'/);
    const headers = response!.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']?.replace(/; frame-ancestors 'none'$/, '').replace(/;\s*/g, ';')).toBe(
      meta.replace(/;\s*/g, ';').replace(/;$/, ''),
    );
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    await page.close();
  });

  it('the main page types load and run their scripts with no violation or error', async () => {
    const pages = mainPages();
    expect(pages.length).toBeGreaterThan(8);
    const problems: string[] = [];
    const page = await context.newPage();
    const w = watch(page);
    for (const path of pages) {
      w.errors.length = 0;
      await page.goto(`${server.base}${path}`, { waitUntil: 'networkidle' });
      // Exercise what the page's scripts offer: sort a table, open a glossary preview.
      const sortButton = page.locator('table[data-sortable] th button').first();
      if (await sortButton.count()) await sortButton.click();
      const term = page.locator('a.term-link').first();
      if (await term.count()) {
        await term.hover();
        await page.waitForTimeout(50);
      }
      for (const v of await violations(page)) problems.push(`${path}: ${v}`);
      for (const e of w.errors) problems.push(`${path}: ${e}`);
    }
    await page.close();
    expect(problems).toEqual([]);
  });

  it('search runs (Pagefind and its WebAssembly) with no violation or error', async () => {
    const page = await context.newPage();
    const w = watch(page);
    await page.goto(`${server.base}/search/`);
    await page.fill('#search-q', 'llama');
    await page.waitForSelector('#search-results li a');
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it("without 'wasm-unsafe-eval' search is blocked, and the checks above would see it", async () => {
    const page = await context.newPage();
    const w = watch(page);
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      const strip = (t: string) => t.replace(" 'wasm-unsafe-eval'", '');
      if (headers['content-security-policy'])
        headers['content-security-policy'] = strip(headers['content-security-policy']);
      const html = headers['content-type']?.startsWith('text/html');
      await route.fulfill({ response, headers, body: html ? strip(await response.text()) : await response.body() });
    });
    await page.goto(`${server.base}/search/`);
    await page.fill('#search-q', 'llama');
    await expect.poll(() => w.errors.join('\n'), { timeout: 15_000 }).toMatch(/WebAssembly[\s\S]*Content Security/);
    expect(await page.locator('#search-results li a').count()).toBe(0);
    await page.close();
  });

  it('the 404 page too', async () => {
    const page = await context.newPage();
    const w = watch(page);
    const response = await page.goto(`${server.base}/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await violations(page)).toEqual([]);
    expect(w.errors.filter((e) => !e.includes('404'))).toEqual([]);
    await page.close();
  });

  it('injected inline code is refused and reported (the listener works)', async () => {
    const page = await context.newPage();
    await page.route(`${server.base}/contribute/`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        '</main>',
        '<script>window.__pwned = 1</script><img src="/favicon.svg" alt="" onload="window.__pwned = 2"><p style="color: red">x</p></main>',
      );
      await route.fulfill({ response, body: html });
    });
    await page.goto(`${server.base}/contribute/`, { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const seen = (await violations(page)).join('\n');
    expect(seen).toMatch(/script-src-elem blocked inline/);
    expect(seen).toMatch(/script-src-attr blocked inline/);
    expect(seen).toMatch(/style-src-attr blocked inline/);
    await page.close();
  });
});
