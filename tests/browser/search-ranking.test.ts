/**
 * In Chromium, against the built site: for each query of the table in
 * tests/support/search-queries.ts (names, aliases, abbreviations, figures, phrases from bodies),
 * the header dialog lists the expected page first; the full search page agrees.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { type serveDist, startSite } from '../support/browser.ts';
import { pageResults, pageSettled, searchInDialog } from '../support/search-browser.ts';
import { SEARCH_CASES } from '../support/search-queries.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
let page: Page;

beforeAll(async () => {
  ({ server, browser } = await startSite());
  page = await browser.newPage();
  await page.goto(`${server.base}/`);
  await page.click('#header-q');
  await page.waitForSelector('#search-dialog[open]');
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const matches = (expected: string | RegExp, path: string | undefined) =>
  typeof expected === 'string' ? path === expected : expected.test(path ?? '');

describe('the page about a thing comes first', () => {
  it('the table covers every kind of query, at least twenty in all', () => {
    expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(SEARCH_CASES.map((c) => c.kind))).toEqual(
      new Set(['name', 'alias', 'abbreviation', 'figure', 'phrase']),
    );
  });

  it.each(SEARCH_CASES)('$kind: "$query" → $first', async ({ query, first }) => {
    const results = await searchInDialog(page, query);
    expect(matches(first, results[0]), `first results: ${results.slice(0, 3).join(', ')}`).toBe(true);
  });

  it('the search page ranks the same way as the dialog', async () => {
    const p = await browser.newPage();
    try {
      for (const { query, first } of SEARCH_CASES.filter((_, i) => i % 5 === 0)) {
        await p.goto(`${server.base}/search/?q=${encodeURIComponent(query)}`);
        await pageSettled(p);
        const results = await pageResults(p);
        expect(
          matches(first, results[0]?.path),
          `${query}: ${results
            .slice(0, 3)
            .map((r) => r.path)
            .join(', ')}`,
        ).toBe(true);
      }
    } finally {
      await p.close();
    }
  });
});
