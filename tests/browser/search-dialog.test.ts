/**
 * In Chromium, against the built site: the header search dialog. It opens by click, by typing,
 * by `/` and by Ctrl/Cmd+K; loads Pagefind only then; arrow keys choose a result, Enter opens it
 * (and the page highlights the words), Escape closes and gives focus back; axe finds nothing.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type serveDist, startSite } from '../support/browser.ts';
import { axeViolations, dialogResults, searchInDialog } from '../support/search-browser.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ server, browser } = await startSite());
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});
beforeEach(async () => {
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
});

// The search page has no dialog at all (its own field takes the shortcuts): absent counts as closed.
const isOpen = async (p: Page) => (await p.$('#search-dialog[open]')) !== null;
const focusedId = (p: Page) => p.evaluate(() => document.activeElement?.id ?? '');

describe('the header search dialog', () => {
  it('loads nothing of search before it is used, then opens on a click in the header box', async () => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${server.base}/models/llama-2/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => u.startsWith('/pagefind/') || /search-(dialog|engine)/.test(u))).toEqual([]);
    expect(await isOpen(page)).toBe(false);

    await page.click('#header-q');
    await page.waitForSelector('#search-dialog[open]');
    expect(await focusedId(page)).toBe('sd-q');
    expect(await searchInDialog(page, 'mixtral')).not.toEqual([]);
    expect(requests).toContain('/pagefind/pagefind.js');
  });

  it('carries what is typed in the header box into the dialog', async () => {
    await page.goto(`${server.base}/`);
    await page.focus('#header-q');
    await page.keyboard.type('gguf');
    await page.waitForSelector('#search-dialog[open]');
    const results = await dialogResults(page, 'gguf');
    expect(await page.inputValue('#sd-q')).toBe('gguf');
    expect(results[0]).toBe('/glossary/gguf/');
  });

  it('opens with "/" and with Ctrl+K or Cmd+K, but "/" typed in a field stays in the field', async () => {
    await page.goto(`${server.base}/glossary/`);
    await page.keyboard.press('/');
    await page.waitForSelector('#search-dialog[open]');
    expect(await focusedId(page)).toBe('sd-q');
    await page.keyboard.press('Escape');
    expect(await isOpen(page)).toBe(false);

    await page.keyboard.press('Control+k');
    await page.waitForSelector('#search-dialog[open]');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Meta+k');
    await page.waitForSelector('#search-dialog[open]');
    await page.keyboard.press('Escape');

    await page.goto(`${server.base}/search/`);
    await page.focus('#search-q');
    await page.keyboard.type('a/b');
    expect(await page.inputValue('#search-q')).toBe('a/b');
  });

  it('on the search page, sends the header box and the shortcuts to the page’s own field (no dialog there)', async () => {
    await page.goto(`${server.base}/search/`);
    expect(await page.locator('#search-dialog').count()).toBe(0);
    await page.keyboard.press('Control+k');
    expect(await focusedId(page)).toBe('search-q');
    await page.keyboard.press('Tab');
    await page.focus('#header-q');
    await page.keyboard.type('gguf');
    expect(await focusedId(page)).toBe('search-q');
    expect(await page.inputValue('#search-q')).toMatch(/^g/);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'gguf');
    expect(await page.inputValue('#header-q')).toBe('');
  });

  it('moves through results with the arrow keys, and Enter opens the chosen one with its words highlighted', async () => {
    await page.goto(`${server.base}/`);
    await page.keyboard.press('/');
    const results = await searchInDialog(page, 'mixture of experts');
    expect(results.length).toBeGreaterThan(2);
    const active = () => page.$eval('#sd-q', (i) => i.getAttribute('aria-activedescendant'));
    const selected = () => page.$$eval('#sd-results [aria-selected="true"]', (os) => os.map((o) => o.id));
    expect(await active()).toBe('sd-opt-0');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await active()).toBe('sd-opt-2');
    expect(await selected()).toEqual(['sd-opt-2']);
    await page.keyboard.press('ArrowUp');
    expect(await active()).toBe('sd-opt-1');
    expect(await page.$eval('#sd-q', (i) => i.getAttribute('aria-expanded'))).toBe('true');

    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === results[1]);
    expect(new URL(page.url()).searchParams.get('highlight')).toBe('mixture of experts');
    await page.waitForSelector('[data-pagefind-body] mark.search-highlight');
    const marked = await page.$$eval('mark.search-highlight', (ms) => ms.map((m) => m.textContent!.toLowerCase()));
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((w) => /^(mixture|of|experts?)/.test(w))).toBe(true);
  });

  it('Enter with no results for the words in the field goes to the search page with those words', async () => {
    await page.goto(`${server.base}/`);
    await page.keyboard.press('/');
    await page.waitForSelector('#search-dialog[open]');
    await page.keyboard.type('Q');
    expect(await page.textContent('#sd-status')).toMatch(/Keep typing/);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === '/search/' && u.searchParams.get('q') === 'Q');
  });

  it('closes with Escape, the Close button or a click outside, and gives focus back to the opener', async () => {
    await page.goto(`${server.base}/labs/`);
    await page.focus('.site-nav a[href="/models/"]');
    await page.keyboard.press('Control+k');
    await page.waitForSelector('#search-dialog[open]');
    await page.keyboard.press('Escape');
    expect(await isOpen(page)).toBe(false);
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'))).toBe(
      '/models/',
    );

    await page.click('#header-q');
    await page.waitForSelector('#search-dialog[open]');
    await page.click('#search-dialog [data-close]');
    expect(await isOpen(page)).toBe(false);
    expect(await focusedId(page)).toBe('header-q');

    await page.click('#header-q');
    await page.waitForSelector('#search-dialog[open]');
    await page.mouse.click(5, 790);
    expect(await isOpen(page)).toBe(false);
  });

  it('leads to the full search page with the same words', async () => {
    await page.goto(`${server.base}/`);
    await page.keyboard.press('/');
    await searchInDialog(page, 'Apache 2.0');
    await page.click('#sd-all');
    await page.waitForURL((u) => u.pathname === '/search/' && u.searchParams.get('q') === 'Apache 2.0');
  });

  it('shows each result’s type, title, key facts and a highlighted excerpt', async () => {
    await page.goto(`${server.base}/`);
    await page.keyboard.press('/');
    await searchInDialog(page, 'Mixtral 8x7B');
    const first = page.locator('#sd-results [role="option"]').first();
    expect(await first.locator('.hit-kind').textContent()).toBe('Model');
    expect(await first.locator('.hit-title').textContent()).toBe('Mixtral 8x7B');
    expect(await first.locator('.hit-facts').textContent()).toMatch(/Mistral AI · 2023 · 46\.7B · Apache 2\.0/);
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
  });

  it('passes axe while open with results, in light and dark mode', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${server.base}/models/`);
      await page.keyboard.press('/');
      await searchInDialog(page, 'llama');
      await page.keyboard.press('ArrowDown');
      expect(await axeViolations(page, '#search-dialog'), colorScheme).toEqual([]);
    }
  });

  it('fits a phone screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${server.base}/`);
    await page.click('#header-q');
    await searchInDialog(page, 'open weights');
    const box = await page.locator('#search-dialog').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
