/**
 * In Chromium: the side-by-side assessments table filters and sorts with its state in the URL,
 * restores that state from a link, and is complete (filters hidden) without JavaScript.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type serveDist, startSite } from '../support/browser.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
let js: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ server, browser } = await startSite());
  js = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await js.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The shown rows' data attributes and disagreement counts. */
const shown = (p: Page) =>
  p.$$eval('#assessment-table tbody tr', (rows) =>
    rows
      .filter((r) => !(r as HTMLElement).hidden)
      .map((r) => ({
        covered: (r as HTMLElement).dataset.covered,
        disagree: (r as HTMLElement).dataset.disagree,
        count: Number((r as HTMLTableRowElement).cells[5]!.textContent),
        name: (r as HTMLTableRowElement).cells[0]!.textContent!.trim(),
      })),
  );

describe('assessments side by side', () => {
  it('filters by coverage and disagreements, saying how many are shown, with the state in the URL', async () => {
    await page.goto(`${server.base}/compare/assessments/`);
    const all = (await shown(page)).length;
    await page.selectOption('#a-covered', 'both');
    const both = await shown(page);
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(all);
    expect(both.every((r) => r.covered === 'both')).toBe(true);
    await page.selectOption('#a-disagree', 'yes');
    const disagreeing = await shown(page);
    expect(disagreeing.every((r) => r.covered === 'both' && r.disagree === 'yes' && r.count > 0)).toBe(true);
    expect(await page.textContent('#assessment-filters-status')).toBe(
      `Showing ${disagreeing.length} of ${all} models.`,
    );
    const url = new URL(page.url());
    expect(url.searchParams.get('covered')).toBe('both');
    expect(url.searchParams.get('disagree')).toBe('yes');
  });

  it('sorts by the number of disagreements and restores filters and order from a link', async () => {
    await page.goto(`${server.base}/compare/assessments/?covered=osai&sort=disagree&dir=desc`);
    expect(await page.$eval('#a-covered', (s) => (s as HTMLSelectElement).value)).toBe('osai');
    const rows = await shown(page);
    expect(rows.every((r) => r.covered === 'osai')).toBe(true);
    const counts = rows.map((r) => r.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(await page.getAttribute('#assessment-table th[data-key="disagree"]', 'aria-sort')).toBe('descending');
  });

  it('is complete without JavaScript, the filters not shown', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(`${server.base}/compare/assessments/?covered=both`);
    const rows = await p.$$eval('#assessment-table tbody tr', (r) => r.length);
    expect(rows).toBeGreaterThan(100);
    expect(await p.isVisible('#assessment-filters')).toBe(false);
    await noJs.close();
  });
});
