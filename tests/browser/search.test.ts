/** In Chromium, against the built site: the search page finds entries by name and by body text. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { type serveDist, startSite } from '../support/browser.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
let page: Page;

beforeAll(async () => {
  // Never skip quietly: a browser suite that cannot run is a failure.
  ({ server, browser } = await startSite());
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function firstResults(query: string, n = 3): Promise<string[]> {
  await page.goto(`${server.base}/search/`);
  await page.fill('#search-q', query);
  await page.waitForFunction(() =>
    /result|No results/.test(document.getElementById('search-status')?.textContent ?? ''),
  );
  return page.$$eval(
    '#search-results li h2 a',
    (as, n) => as.slice(0, n).map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    n,
  );
}

describe('search page', () => {
  it('finds a model by its name, first', async () => {
    expect((await firstResults('Llama 2'))[0]).toBe('/models/llama-2/');
  });

  it('finds a page by words of its body', async () => {
    // "7B, 13B and 70B" appears in the body of the Llama 2 entry.
    expect(await firstResults('13B 70B sizes', 10)).toContain('/models/llama-2/');
  });

  it('reads the query from the URL and shows highlighted excerpts', async () => {
    await page.goto(`${server.base}/search/?q=Llama`);
    await page.waitForSelector('#search-results li mark');
    expect(await page.inputValue('#search-q')).toBe('Llama');
    expect(await page.textContent('#search-results li mark')).toMatch(/llama/i);
  });

  it('the header box opens the search dialog, which leads to this page with the same words', async () => {
    await page.goto(`${server.base}/`);
    await page.fill('#header-q', 'Llama');
    await page.waitForSelector('#search-dialog[open] #sd-results [role="option"]');
    expect(await page.inputValue('#sd-q')).toBe('Llama');
    await page.click('#sd-all');
    await page.waitForURL(/\/search\/\?q=Llama/);
    await page.waitForSelector('#search-results li');
  });
});
