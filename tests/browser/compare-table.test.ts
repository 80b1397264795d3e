/**
 * In Chromium, against the built site: the models table sorts every column (numbers as
 * numbers, unknowns last, aria-sort), filters by each facet and by text, keeps its state in
 * the URL, and is complete without JavaScript. The crosswalk sorts too. axe finds nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type serveDist, startSite } from '../support/browser.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
let js: BrowserContext;
let noJs: BrowserContext;
let page: Page;
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

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

const TABLE = '#models-table';

/** The visible rows: their model path and the sort value of a column. */
async function visible(p: Page, key?: string): Promise<{ id: string; value: string; row: Record<string, string> }[]> {
  return p.$$eval(
    `${TABLE} tbody tr`,
    (rows, key) => {
      const heads = [...document.querySelectorAll<HTMLElement>('#models-table thead th')];
      const index = key ? heads.findIndex((h) => h.dataset.key === key) : -1;
      return rows
        .filter((r) => !(r as HTMLElement).hidden && getComputedStyle(r).display !== 'none')
        .map((r) => ({
          id: (r.querySelector('th a') as HTMLAnchorElement).pathname.split('/')[2]!,
          value: index >= 0 ? ((r as HTMLTableRowElement).cells[index]!.dataset.sort ?? '') : '',
          row: { ...(r as HTMLElement).dataset } as Record<string, string>,
        }));
    },
    key,
  );
}

async function open(p: Page, query = '') {
  await p.goto(`${server.base}/models/${query}`);
  await p.waitForSelector('#model-filters:not([hidden])');
}

const ariaSort = (p: Page, key: string) => p.getAttribute(`${TABLE} th[data-key="${key}"]`, 'aria-sort');
const params = (p: Page) => new URL(p.url()).searchParams;

describe('models table, sorting', () => {
  it('sorts numbers as numbers, biggest first, unknowns last; again for ascending, unknowns still last', async () => {
    await open(page);
    await page.click(`${TABLE} th[data-key="total"] button`);
    expect(await ariaSort(page, 'total')).toBe('descending');
    expect(await ariaSort(page, 'released')).toBe(null);
    let rows = await visible(page, 'total');
    const known = rows.filter((r) => r.value !== '');
    expect(known.length).toBeGreaterThan(5);
    const nums = known.map((r) => Number(r.value));
    expect(nums).toEqual([...nums].sort((a, b) => b - a));
    // Numeric, not text: "1600" comes before "235" (text order would put "235" first).
    expect(rows.findIndex((r) => r.value === '')).toBe(known.length);
    expect(params(page).get('sort')).toBe('total');
    expect(params(page).get('dir')).toBe('desc');

    await page.click(`${TABLE} th[data-key="total"] button`);
    expect(await ariaSort(page, 'total')).toBe('ascending');
    rows = await visible(page, 'total');
    const asc = rows.filter((r) => r.value !== '').map((r) => Number(r.value));
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    expect(rows.slice(asc.length).every((r) => r.value === '')).toBe(true);
    expect(params(page).get('dir')).toBe('asc');
  });

  it('every column sorts, and says so with aria-sort', async () => {
    await open(page);
    const keys = await page.$$eval(`${TABLE} thead th`, (hs) => hs.map((h) => (h as HTMLElement).dataset.key!));
    expect(keys).toEqual([
      'name',
      'lab',
      'released',
      'total',
      'active',
      'arch',
      'context',
      'tokens',
      'license',
      'openness',
    ]);
    for (const key of keys) {
      await page.click(`${TABLE} th[data-key="${key}"] button`);
      const dir = await ariaSort(page, key);
      expect(['ascending', 'descending'], key).toContain(dir);
      expect(await page.$$eval(`${TABLE} th[aria-sort]`, (hs) => hs.length), key).toBe(1);
      const values = (await visible(page, key)).map((r) => r.value);
      const known = values.filter((v) => v !== '');
      expect(
        values.slice(known.length).every((v) => v === ''),
        `${key}: unknowns last`,
      ).toBe(true);
      const type = await page.getAttribute(`${TABLE} th[data-key="${key}"]`, 'data-type');
      const cmp =
        type === 'num'
          ? (a: string, b: string) => Number(a) - Number(b)
          : type === 'date'
            ? (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
            : (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true });
      const sorted = [...known].sort(cmp);
      expect(known, key).toEqual(dir === 'ascending' ? sorted : sorted.reverse());
    }
  });

  it('the sort buttons work from the keyboard', async () => {
    await open(page);
    await page.focus(`${TABLE} th[data-key="context"] button`);
    await page.keyboard.press('Enter');
    expect(await ariaSort(page, 'context')).toBe('descending');
    await page.keyboard.press('Space');
    expect(await ariaSort(page, 'context')).toBe('ascending');
  });
});

describe('models table, filters and URL state', () => {
  it('filters by lab, and the URL says so', async () => {
    await open(page);
    const total = (await visible(page)).length;
    await page.selectOption('#f-lab', 'meta');
    const rows = await visible(page);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(total);
    expect(rows.every((r) => r.row.lab === 'meta')).toBe(true);
    expect(params(page).get('lab')).toBe('meta');
    expect(await page.textContent('#model-filters-status')).toContain(`Showing ${rows.length} of ${total} models`);
  });

  it('filters by country, tier, license, size, architecture, year and OSAID verdict, each against the row values', async () => {
    for (const [field, name] of [
      ['#f-country', 'country'],
      ['#f-tier', 'tier'],
      ['#f-license', 'license'],
      ['#f-size', 'size'],
      ['#f-arch', 'arch'],
      ['#f-year', 'year'],
      ['#f-osaid', 'osaid'],
    ] as const) {
      await open(page);
      const value = await page.$eval(field, (s) => (s as HTMLSelectElement).options[1]!.value);
      await page.selectOption(field, value);
      const rows = await visible(page);
      expect(rows.length, `${name}=${value}`).toBeGreaterThan(0);
      // Tier, license and size hold one value per variant of the release: a row matches through any of them.
      expect(
        rows.every((r) => (r.row[name] ?? '').split(' ').includes(value)),
        `${name}=${value}`,
      ).toBe(true);
      expect(params(page).get(name)).toBe(value);
      // The count in the option label is the number of rows it leaves.
      const label = await page.$eval(field, (s) => (s as HTMLSelectElement).selectedOptions[0]!.textContent!);
      expect(label).toContain(`(${rows.length})`);
    }
  });

  it('filters by text, ignoring case', async () => {
    await open(page);
    await page.fill('#f-q', 'QWEN');
    const rows = await visible(page);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((r) => r.row.text!.toLowerCase().includes('qwen'))).toBe(true);
    expect(params(page).get('q')).toBe('QWEN');
    await page.fill('#f-q', 'no such model anywhere');
    expect(await visible(page)).toEqual([]);
    expect(await page.textContent('#model-filters-status')).toContain('No model matches');
  });

  it('filters by openness: only models whose record says the ticked components are open', async () => {
    await open(page);
    await page.click('#model-filters summary');
    await page.check('input.open-pick[value="trainingCode"]');
    const rows = await visible(page);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.row.open!.split(' ').includes('trainingCode'))).toBe(true);
    expect(params(page).getAll('open')).toEqual(['trainingCode']);
  });

  it('restores a linked view from the URL: filters in the form, rows filtered and sorted', async () => {
    await open(page, '?lab=meta&sort=released&dir=asc&q=llama');
    expect(await page.inputValue('#f-lab')).toBe('meta');
    expect(await page.inputValue('#f-q')).toBe('llama');
    expect(await ariaSort(page, 'released')).toBe('ascending');
    const rows = await visible(page, 'released');
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((r) => r.row.lab === 'meta' && r.row.text!.toLowerCase().includes('llama'))).toBe(true);
    const dates = rows.map((r) => r.value).filter(Boolean);
    expect(dates).toEqual([...dates].sort());
  });

  it('ignores parameters it does not know, and values no row has', async () => {
    await open(page, '?lab=no-such-lab&sort=evil&dir=up&x=1');
    expect(await page.inputValue('#f-lab')).toBe('');
    const rows = await visible(page);
    expect(rows.length).toBe(await page.$$eval(`${TABLE} tbody tr`, (r) => r.length));
    expect(await ariaSort(page, 'released')).toBe('descending');
  });

  it('clearing restores every row, the page order and a bare URL', async () => {
    await open(page, '?lab=meta&sort=total&dir=asc');
    await page.click('#model-filters button[type="reset"]');
    await page.waitForFunction(() => location.search === '');
    const rows = await visible(page, 'released');
    expect(rows.length).toBe(await page.$$eval(`${TABLE} tbody tr`, (r) => r.length));
    expect(await ariaSort(page, 'released')).toBe('descending');
    expect(await ariaSort(page, 'total')).toBe(null);
  });
});

describe('without JavaScript', () => {
  it('the table is complete and in page order, and no control that cannot work is shown', async () => {
    const p = await noJs.newPage();
    await p.goto(`${server.base}/models/?lab=meta&sort=total`);
    expect(await p.isVisible('#model-filters')).toBe(false);
    const rows = await p.$$eval(
      `${TABLE} tbody tr`,
      (rs) => rs.filter((r) => getComputedStyle(r).display !== 'none').length,
    );
    expect(rows).toBe(await p.$$eval(`${TABLE} tbody tr`, (r) => r.length));
    expect(await p.$$eval(`${TABLE} th button`, (b) => b.length)).toBe(0);
    expect(await p.getAttribute(`${TABLE} th[data-key="released"]`, 'aria-sort')).toBe('descending');
    await p.close();
  });
});

describe('openness crosswalk', () => {
  it('sorts by score with unknown ranks last', async () => {
    await page.goto(`${server.base}/compare/openness/`);
    await page.click('table.crosswalk th[data-key="score"] button');
    expect(await page.getAttribute('table.crosswalk th[data-key="score"]', 'aria-sort')).toBe('descending');
    const scores = await page.$$eval('table.crosswalk tbody tr', (rs) =>
      rs.map((r) => Number((r as HTMLTableRowElement).cells[10]!.dataset.sort)),
    );
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    await page.click('table.crosswalk th[data-key="trainingData"] button');
    const ranks = await page.$$eval('table.crosswalk tbody tr', (rs) =>
      rs.map((r) => (r as HTMLTableRowElement).cells[4]!.dataset.sort ?? ''),
    );
    const known = ranks.filter((r) => r !== '');
    expect(known).toEqual([...known].sort((a, b) => Number(b) - Number(a)));
    expect(ranks.slice(known.length).every((r) => r === '')).toBe(true);
  });
});

describe('accessibility', () => {
  async function axe(p: Page): Promise<string[]> {
    await p.addScriptTag({ content: AXE });
    const result = await p.evaluate(async () => {
      const a = (
        window as unknown as {
          axe: {
            run: (
              ctx: Document,
              opts: object,
            ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      return a.run(document, {
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

  const PATHS = [
    '/models/?lab=meta',
    '/compare/',
    '/compare/openness/',
    '/compare/models/?m=llama-2&m=mistral-7b',
    '/compare/methodology/',
    '/compare/open-source-ai/',
    '/compare/license-tiers/',
    '/compare/charts/',
    '/licenses/',
    '/timeline/?kind=release',
    '/data/',
    '/models/llama-3-1/',
    '/models/deepseek-r1-distill-llama-8b/',
  ];
  for (const scheme of ['light', 'dark'] as const) {
    for (const path of PATHS) {
      it(`axe finds no violation on ${path} (${scheme}, scripts running)`, async () => {
        const ctx = await browser.newContext({
          viewport: scheme === 'light' ? { width: 1280, height: 900 } : { width: 390, height: 844 },
          bypassCSP: true,
          colorScheme: scheme,
        });
        const p = await ctx.newPage();
        await p.goto(server.base + path);
        const found = await axe(p);
        await ctx.close();
        expect(found).toEqual([]);
      });
    }
  }
});
