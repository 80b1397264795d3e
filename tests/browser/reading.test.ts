/**
 * Reading in Chromium, on the built site: the flagship article's header, contents, numbered
 * citations with back-links and references; glossary previews by mouse, keyboard and touch;
 * links that work without JavaScript; "mentioned in" on term pages; no layout shift; axe.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type serveDist, startSite } from '../support/browser.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
let context: BrowserContext;
let page: Page;
const ARTICLE = '/articles/open-weights/';
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

beforeAll(async () => {
  ({ server, browser } = await startSite());
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function axeViolations(p: Page): Promise<string[]> {
  // Evaluated through DevTools: an injected <script> would be refused by the Content-Security-Policy.
  await p.evaluate(AXE);
  const result = await p.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    return axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
  });
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

describe('the flagship article', () => {
  it('shows its metadata, contents and an edit link to its file', async () => {
    await page.goto(server.base + ARTICLE);
    const meta = await page.textContent('.article-meta');
    for (const label of ['Last reviewed', 'Last modified', 'Sources', 'Review status', 'Length'])
      expect(meta).toContain(label);
    expect(meta).toMatch(/\d[\d,]* words · \d+ min read/);
    expect(await page.isVisible('nav.toc-wide')).toBe(true);
    const edit = await page.getAttribute('.edit-links a:text("Improve this page")', 'href');
    expect(edit).toMatch(/\/edit\/main\/content\/articles\/open-weights\.mdx$/);
  });

  it('contents link to their sections', async () => {
    const href = (await page.getAttribute('nav.toc-wide li.toc-2:nth-child(2) a', 'href'))!;
    await page.click(`nav.toc-wide a[href="${href}"]`);
    expect(new URL(page.url()).hash).toBe(href);
    expect(await page.isVisible(href)).toBe(true);
  });

  it('a citation leads to its reference, and the reference back to the citation', async () => {
    await page.goto(server.base + ARTICLE);
    const cite = page.locator('sup.cite a').first();
    const target = (await cite.getAttribute('href'))!;
    const citeId = (await cite.getAttribute('id'))!;
    await cite.click();
    expect(new URL(page.url()).hash).toBe(target);
    const ref = page.locator(target);
    expect(await ref.locator('cite').textContent()).toBeTruthy();
    await ref.locator(`.ref-back a[href="#${citeId}"]`).click();
    expect(new URL(page.url()).hash).toBe(`#${citeId}`);
  });

  it('passes axe', async () => {
    await page.goto(server.base + ARTICLE);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('glossary previews', () => {
  const card = '.term-card';

  it('open on hover without moving the text, and offer the full entry', async () => {
    await page.goto(server.base + ARTICLE);
    await page.evaluate(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          (window as unknown as { shift: number }).shift += (e as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: false });
    });
    const link = page.locator('a.term-link').first();
    const definition = await link.getAttribute('data-definition');
    await link.hover();
    await page.waitForSelector(`${card}:not([hidden])`);
    expect(await page.textContent(`${card} .term-card-def`)).toBe(definition);
    expect(await page.getAttribute(`${card} a`, 'href')).toBe(await link.getAttribute('href'));
    await page.mouse.move(5, 5);
    await page.waitForSelector(card, { state: 'hidden' });
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
  });

  it('open on keyboard focus, are described to screen readers, and close with Escape', async () => {
    await page.goto(server.base + ARTICLE);
    const link = page.locator('a.term-link').first();
    await link.focus();
    await page.waitForSelector(`${card}:not([hidden])`);
    expect(await link.getAttribute('aria-describedby')).toBe('term-card-def');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.term-card') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForSelector(card, { state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.classList.contains('term-link'))).toBe(true);
  });

  it('pass axe with a card open', async () => {
    await page.goto(server.base + ARTICLE);
    await page.locator('a.term-link').first().focus();
    await page.waitForSelector(`${card}:not([hidden])`);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('open on the first tap on a touch screen, without leaving the page', async () => {
    const touch = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const p = await touch.newPage();
    await p.goto(server.base + ARTICLE);
    const link = p.locator('a.term-link').first();
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await p.waitForSelector(`${card}:not([hidden])`);
    expect(new URL(p.url()).pathname).toBe(ARTICLE);
    await p.locator(`${card} a`).tap();
    await p.waitForURL(/\/glossary\/[a-z0-9-]+\/$/);
    await touch.close();
  });

  it('are plain links without JavaScript', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(server.base + ARTICLE);
    const href = (await p.locator('a.term-link').first().getAttribute('href'))!;
    await p.locator('a.term-link').first().click();
    await p.waitForURL(server.base + href);
    expect(await p.textContent('h1')).toBeTruthy();
    await noJs.close();
  });
});

describe('term pages', () => {
  it('list the pages that mention the term, and pass axe', async () => {
    await page.goto(`${server.base}/glossary/mixture-of-experts/`);
    const mentions = page.locator('#mentioned-in + ul a');
    expect(await mentions.count()).toBeGreaterThan(3);
    const hrefs = await mentions.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/articles/mixture-of-experts-in-open-models/');
    expect(await axeViolations(page)).toEqual([]);
  });
});
