/**
 * In Chromium, against the built site: the full search page. Facets show counts and narrow the
 * results (any value within a facet, all facets together), the state lives in the URL and in
 * the history, date orders put dated pages first, the page does not shift, axe finds nothing,
 * and without JavaScript the header form still reaches the page, which says what to do instead.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type serveDist, startSite } from '../support/browser.ts';
import { axeViolations, facetCount, pageResults, pageSettled, statusCount } from '../support/search-browser.ts';
import { TYPE_ORDER } from '../../src/domain/entry-kinds.ts';

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
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});

/** Results per page (search-page.ts). */
const PAGE = 12;
const TYPES = TYPE_ORDER;

async function open(query: string): Promise<string> {
  await page.goto(`${server.base}/search/${query}`);
  return pageSettled(page);
}

/** Ticks or unticks a facet value and waits for the results to follow. */
async function toggle(facet: string, value: string): Promise<string> {
  const before = await page.textContent('#search-status');
  await page.click(`#facet-groups input[name="${facet}"][value="${value}"]`);
  await page.waitForFunction((b) => document.getElementById('search-status')?.textContent !== b, before);
  return pageSettled(page);
}

describe('facets', () => {
  it('count the results of each type, and the counts add up to the total', async () => {
    const total = statusCount(await open('?q=open'));
    expect(total).toBeGreaterThan(20);
    const counts = await Promise.all(TYPES.map((t) => facetCount(page, 'type', t)));
    expect(counts.reduce<number>((a, b) => a + (b ?? 0), 0)).toBe(total);
  });

  it('narrow the results to the ticked value, with as many results as the count said, and put it in the URL', async () => {
    await open('?q=open');
    const terms = (await facetCount(page, 'type', 'Glossary term'))!;
    expect(terms).toBeGreaterThan(0);
    const status = await toggle('type', 'Glossary term');
    expect(statusCount(status)).toBe(terms);
    expect((await pageResults(page)).every((r) => r.type === 'Glossary term')).toBe(true);
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['Glossary term']);
    // The other values of the same facet keep their counts, so a second one can be added.
    const articles = (await facetCount(page, 'type', 'Article'))!;
    expect(articles).toBeGreaterThan(0);
    expect(statusCount(await toggle('type', 'Article'))).toBe(terms + articles);
    expect(new Set((await pageResults(page)).map((r) => r.type))).toEqual(new Set(['Glossary term', 'Article']));
  });

  it('combine across facets: models of one lab in one year', async () => {
    await open('?q=model&type=Model');
    const meta = (await facetCount(page, 'lab', 'Meta'))!;
    expect(meta).toBeGreaterThan(1);
    expect(statusCount(await toggle('lab', 'Meta'))).toBe(meta);
    const results = await pageResults(page);
    expect(results.every((r) => r.type === 'Model' && r.facts.startsWith('Meta'))).toBe(true);
    const year = (
      await page.$$eval('#facet-groups input[name="year"]', (is) => is.map((i) => (i as HTMLInputElement).value))
    )[0]!;
    const inYear = (await facetCount(page, 'year', year))!;
    expect(statusCount(await toggle('year', year))).toBe(inYear);
    expect((await pageResults(page)).every((r) => r.facts.includes(year))).toBe(true);
    const url = new URL(page.url());
    expect([
      url.searchParams.get('q'),
      url.searchParams.get('type'),
      url.searchParams.get('lab'),
      url.searchParams.get('year'),
    ]).toEqual(['model', 'Model', 'Meta', year]);
  });

  it('offer license tiers and glossary categories', async () => {
    await open('?q=license');
    expect(await facetCount(page, 'tier', 'Permissive')).toBeGreaterThan(0);
    expect(await facetCount(page, 'category', 'Licensing')).toBeGreaterThan(0);
    const status = await toggle('tier', 'Permissive');
    expect((await pageResults(page)).length).toBe(Math.min(PAGE, statusCount(status)));
  });

  it('list every page of a facet value without any words, and clear back to nothing', async () => {
    const status = await open('?type=License');
    expect(statusCount(status)).toBe(await facetCount(page, 'type', 'License'));
    expect((await pageResults(page)).every((r) => r.type === 'License')).toBe(true);
    await page.click('.facets-clear');
    expect(await pageSettled(page)).toMatch(/Type some words/);
    expect(new URL(page.url()).search).toBe('');
  });

  it('follow the Back button', async () => {
    const all = statusCount(await open('?q=release'));
    const events = statusCount(await toggle('type', 'Event'));
    expect(events).toBeLessThan(all);
    await page.goBack();
    await page.waitForFunction(
      () => !(document.querySelector('#facet-groups input[value="Event"]') as HTMLInputElement | null)?.checked,
    );
    expect(statusCount(await pageSettled(page))).toBe(all);
  });
});

describe('results', () => {
  it('read the words and filters from the URL, with type, title, facts and highlighted excerpt', async () => {
    await open('?q=Mixtral&type=Model');
    expect(await page.inputValue('#search-q')).toBe('Mixtral');
    expect(await page.isChecked('#facet-groups input[name="type"][value="Model"]')).toBe(true);
    const first = page.locator('#search-results li').first();
    expect(await first.locator('.hit-kind').textContent()).toBe('Model');
    expect(await first.locator('h2 a').textContent()).toMatch(/^Mixtral/);
    expect(await first.locator('.hit-facts').textContent()).toMatch(/^Mistral AI · .*Apache 2\.0$/);
    expect((await first.locator('.hit-excerpt mark').first().textContent())?.toLowerCase()).toBe('mixtral');
  });

  it('sort by date, newest or oldest first, with undated pages after the dated ones', async () => {
    const yearOf = (facts: string) => Number(/\b(19|20)\d\d\b/.exec(facts)?.[0]);
    for (const [sort, ordered] of [
      ['newest', (a: number, b: number) => a >= b],
      ['oldest', (a: number, b: number) => a <= b],
    ] as const) {
      const status = await open(`?q=llama&sort=${sort}`);
      const dated = Number(/; (\d+) dated/.exec(status)?.[1]);
      expect(dated, status).toBeGreaterThan(3);
      const years = (await pageResults(page)).slice(0, Math.min(dated, PAGE)).map((r) => yearOf(r.facts));
      expect(
        years.every((y) => y > 1990),
        years.join(),
      ).toBe(true);
      expect(
        years.every((y, i) => i === 0 || ordered(years[i - 1]!, y)),
        `${sort}: ${years.join()}`,
      ).toBe(true);
      expect(await page.inputValue('#search-sort')).toBe(sort);
    }
    await page.selectOption('#search-sort', 'relevance');
    await pageSettled(page);
    expect(new URL(page.url()).searchParams.has('sort')).toBe(false);
  });

  it('show more results on demand, moving focus to the first new one', async () => {
    const total = statusCount(await open('?q=the'));
    expect(total).toBeGreaterThan(2 * PAGE);
    expect(await page.locator('#search-results li').count()).toBe(PAGE);
    await page.click('#search-more');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length === n, 2 * PAGE);
    expect(
      await page.evaluate(
        (n) => document.activeElement?.closest('li') === document.querySelectorAll('#search-results li')[n],
        PAGE,
      ),
    ).toBe(true);
  });

  it('lead to pages that highlight the searched words', async () => {
    await open('?q=quantization');
    await page.click('#search-results li h2 a');
    await page.waitForSelector('mark.search-highlight');
    expect((await page.textContent('mark.search-highlight'))?.toLowerCase()).toMatch(/^quantiz/);
  });

  it('never shift the layout while results and facets arrive', async () => {
    await page.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!e.hadRecentInput) (window as unknown as { shifts: number }).shifts += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 800 });
      await open('?q=llama');
      await page.waitForTimeout(100);
      expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts), `at ${width}px`).toBeLessThan(
        0.01,
      );
    }
  });
});

describe('accessibility and fallbacks', () => {
  it('passes axe with results and filters, in light and dark mode', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await open('?q=license&type=License');
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
  });

  it('passes axe on a phone, with the filters folded', async () => {
    await page.setViewportSize({ width: 390, height: 800 });
    await open('?q=llama');
    expect(await page.$eval('#search-facets', (d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('without JavaScript, the header form reaches the search page, which says why it cannot search and where to go', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    try {
      const p = await noJs.newPage();
      await p.goto(`${server.base}/models/llama-2/`);
      expect(await p.isVisible('#search-dialog')).toBe(false);
      await p.fill('#header-q', 'mixtral');
      await p.press('#header-q', 'Enter');
      await p.waitForURL((u) => u.pathname === '/search/' && u.searchParams.get('q') === 'mixtral');
      expect(await p.textContent('.search-nojs')).toMatch(/needs JavaScript/);
      expect(await p.$$eval('.search-nojs a', (as) => as.map((a) => a.getAttribute('href')))).toEqual(
        expect.arrayContaining(['/models/', '/glossary/', '/timeline/']),
      );
      expect(await p.isVisible('#search-facets')).toBe(false);
      expect(await p.isVisible('#search-sort')).toBe(false);
    } finally {
      await noJs.close();
    }
  });
});
