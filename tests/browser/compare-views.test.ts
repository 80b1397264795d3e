/**
 * In Chromium, against the built site: the side-by-side view (a shareable URL with JavaScript,
 * a working choice without it), the timeline filters with their URL state, and the comparison
 * pages running under the site's Content-Security-Policy without a violation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type serveDist, startSite } from '../support/browser.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
let js: BrowserContext;
let noJs: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ server, browser } = await startSite());
  js = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  noJs = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
  page = await js.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Ids of the models whose column is showing, from the header row. */
const shownColumns = (p: Page) =>
  p.$$eval('.sbs-table thead th.sbs-col', (ths) =>
    ths
      .filter((th) => getComputedStyle(th).display !== 'none')
      .map((th) => [...th.classList].find((c) => c.startsWith('c-'))!.slice(2)),
  );
const chosenInUrl = (p: Page) => new URL(p.url()).searchParams.getAll('m');

describe('side by side, with JavaScript', () => {
  it('opens the comparison named in the URL', async () => {
    await page.goto(`${server.base}/compare/models/?m=llama-2&m=mistral-7b`);
    await page.waitForFunction(() => document.getElementById('sbs-status')?.textContent?.startsWith('Comparing'));
    expect((await shownColumns(page)).sort()).toEqual(['llama-2', 'mistral-7b']);
    expect(await page.isChecked('#pick-llama-2')).toBe(true);
    expect(await page.textContent('#sbs-status')).toContain('Comparing Llama 2 and Mistral 7B');
    // Every row has a cell for each chosen model, and the facts are the model's.
    const lab = await page.$eval('.sbs-table tbody tr:first-child td.c-llama-2', (td) => td.textContent);
    expect(lab).toContain('Meta');
  });

  it('records each choice in the URL, in the order chosen, so the link can be shared', async () => {
    await page.goto(`${server.base}/compare/models/`);
    expect(await page.isVisible('.sbs-table')).toBe(false);
    await page.check('#pick-deepseek-v3');
    await page.check('#pick-llama-3-1');
    expect(chosenInUrl(page)).toEqual(['deepseek-v3', 'llama-3-1']);
    expect((await shownColumns(page)).sort()).toEqual(['deepseek-v3', 'llama-3-1']);
    // The shared link opens the same comparison in a new tab.
    const other = await js.newPage();
    await other.goto(page.url());
    await other.waitForFunction(() => document.getElementById('sbs-status')?.textContent?.startsWith('Comparing'));
    expect((await shownColumns(other)).sort()).toEqual(['deepseek-v3', 'llama-3-1']);
    await other.close();
    await page.uncheck('#pick-deepseek-v3');
    expect(chosenInUrl(page)).toEqual(['llama-3-1']);
    expect(await page.textContent('#sbs-status')).toContain('choose at least one more');
  });

  it('allows four models at most', async () => {
    await page.goto(`${server.base}/compare/models/?m=llama-2&m=mistral-7b&m=qwen3&m=gemma-2&m=phi-4`);
    await page.waitForFunction(() => document.getElementById('sbs-status')?.textContent?.startsWith('Comparing'));
    expect(chosenInUrl(page)).toEqual(['llama-2', 'mistral-7b', 'qwen3', 'gemma-2']);
    expect((await shownColumns(page)).length).toBe(4);
    expect(await page.isDisabled('#pick-deepseek-v3')).toBe(true);
    expect(await page.isChecked('#pick-phi-4')).toBe(false);
    await page.uncheck('#pick-qwen3');
    expect(await page.isDisabled('#pick-deepseek-v3')).toBe(false);
  });

  it('finds a model in the list, and clears the choice', async () => {
    await page.goto(`${server.base}/compare/models/?m=llama-2`);
    await page.fill('#sbs-find', 'gemma');
    const visible = await page.$$eval('.sbs-list li', (lis) =>
      lis.filter((li) => !(li as HTMLElement).hidden).map((li) => li.textContent!),
    );
    expect(visible.length).toBeGreaterThan(1);
    // A chosen model stays in view whatever the search.
    expect(visible.every((t) => /gemma/i.test(t) || t.includes('Llama 2'))).toBe(true);
    await page.click('#sbs-clear');
    expect(chosenInUrl(page)).toEqual([]);
    expect(await shownColumns(page)).toEqual([]);
  });

  it('ignores ids that are not models', async () => {
    await page.goto(`${server.base}/compare/models/?m=not-a-model&m=llama-2&m=llama-2`);
    await page.waitForFunction(() => (document.getElementById('sbs-status')?.textContent ?? '') !== '');
    expect(chosenInUrl(page)).toEqual(['llama-2']);
  });
});

describe('side by side, without JavaScript', () => {
  it('lists every model and shows the ticked ones side by side (CSS only)', async () => {
    const p = await noJs.newPage();
    await p.goto(`${server.base}/compare/models/`);
    const boxes = await p.$$eval('input.sbs-pick', (b) => b.length);
    expect(boxes).toBeGreaterThan(40);
    expect(await shownColumns(p)).toEqual([]);
    expect(await p.isVisible('.sbs-empty')).toBe(true);
    await p.check('#pick-llama-2');
    await p.check('#pick-qwen3');
    expect((await shownColumns(p)).sort()).toEqual(['llama-2', 'qwen3']);
    expect(await p.isVisible('.sbs-empty')).toBe(false);
    // Controls that need the script stay out of the way.
    expect(await p.isVisible('#sbs-copy')).toBe(false);
    expect(await p.isVisible('#sbs-find')).toBe(false);
    await p.close();
  });
});

describe('timeline filters', () => {
  const visibleEvents = (p: Page) =>
    p.$$eval('.timeline li[data-kind]', (lis) =>
      lis
        .filter((li) => li.getClientRects().length > 0)
        .map((li) => ({
          id: li.id,
          kind: (li as HTMLElement).dataset.kind!,
          lab: (li as HTMLElement).dataset.lab!,
          year: (li as HTMLElement).dataset.year!,
        })),
    );

  it('filters by kind, lab and year, hides empty years, and keeps the state in the URL', async () => {
    await page.goto(`${server.base}/timeline/`);
    await page.waitForSelector('#timeline-filters:not([hidden])');
    const all = await visibleEvents(page);
    await page.selectOption('#t-kind', 'release');
    let shown = await visibleEvents(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(all.length);
    expect(shown.every((e) => e.kind === 'release')).toBe(true);
    expect(new URL(page.url()).searchParams.get('kind')).toBe('release');
    await page.selectOption('#t-lab', 'meta');
    shown = await visibleEvents(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((e) => e.kind === 'release' && e.lab.split(' ').includes('meta'))).toBe(true);
    const years = await page.$$eval('section.timeline-year', (ss) =>
      ss.filter((s) => !(s as HTMLElement).hidden).map((s) => (s as HTMLElement).dataset.year),
    );
    expect(new Set(years)).toEqual(new Set(shown.map((e) => e.year)));
    expect(await page.textContent('#timeline-status')).toContain(`Showing ${shown.length} of ${all.length} events`);
  });

  it('restores the filters from a link, and clears them', async () => {
    await page.goto(`${server.base}/timeline/?kind=policy&year=2025`);
    await page.waitForSelector('#timeline-filters:not([hidden])');
    expect(await page.inputValue('#t-kind')).toBe('policy');
    const shown = await visibleEvents(page);
    expect(shown.every((e) => e.kind === 'policy' && e.year === '2025')).toBe(true);
    await page.click('#timeline-filters button[type="reset"]');
    await page.waitForFunction(() => location.search === '');
    expect((await visibleEvents(page)).length).toBe(await page.$$eval('.timeline li[data-kind]', (l) => l.length));
  });

  it('without JavaScript, every event shows and the form does not', async () => {
    const p = await noJs.newPage();
    await p.goto(`${server.base}/timeline/?kind=release`);
    expect(await p.isVisible('#timeline-filters')).toBe(false);
    expect((await visibleEvents(p)).length).toBe(await p.$$eval('.timeline li[data-kind]', (l) => l.length));
    await p.close();
  });
});

describe('under the Content-Security-Policy', () => {
  it('the comparison pages run their scripts and styles with no violation or error', async () => {
    const ctx = await browser.newContext();
    await ctx.addInitScript(() => {
      (window as unknown as { __v: string[] }).__v = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __v: string[] }).__v.push(`${e.effectiveDirective} ${e.blockedURI || 'inline'}`),
      );
    });
    const p = await ctx.newPage();
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    for (const path of [
      '/models/?sort=total',
      '/compare/models/?m=llama-2&m=qwen3',
      '/compare/openness/',
      '/timeline/?kind=release',
      '/licenses/',
      '/compare/charts/',
      '/models/llama-3-1/',
    ]) {
      await p.goto(server.base + path, { waitUntil: 'networkidle' });
      for (const v of await p.evaluate(() => (window as unknown as { __v: string[] }).__v))
        errors.push(`${path}: ${v}`);
    }
    // The side-by-side stylesheet is allowed ('self') and applied.
    await p.goto(`${server.base}/compare/models/?m=llama-2&m=qwen3`);
    await p.waitForFunction(() => document.getElementById('sbs-status')?.textContent?.startsWith('Comparing'));
    expect((await shownColumns(p)).sort()).toEqual(['llama-2', 'qwen3']);
    await ctx.close();
    expect(errors).toEqual([]);
  });
});
