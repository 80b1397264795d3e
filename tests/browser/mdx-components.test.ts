/**
 * In Chromium, against the built site: a <ModelsTable> in a page body (the example on
 * /contribute/, rendered from the real entries) sorts by its columns with JavaScript, and
 * lists the same rows without it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { type serveDist, startSite } from '../support/browser.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
const TABLE = '#component-modelstable ~ .component-example table.model-table';

beforeAll(async () => {
  ({ server, browser } = await startSite());
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const rows = (p: Page, key: string) =>
  p.$$eval(
    `${TABLE} tbody tr`,
    (trs, key) => {
      const heads = [...trs[0]!.closest('table')!.querySelectorAll<HTMLElement>('thead th')];
      const i = heads.findIndex((h) => h.dataset.key === key);
      return trs.map((r) => ({
        id: (r.querySelector('th a') as HTMLAnchorElement).pathname,
        value: (r as HTMLTableRowElement).cells[i]!.dataset.sort ?? '',
      }));
    },
    key,
  );

describe('a models table in a page body', () => {
  it('sorts by a column when scripting is on', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.base}/contribute/`);
    await page.waitForSelector(`${TABLE} th[data-key="total"] button`);
    await page.click(`${TABLE} th[data-key="total"] button`);
    expect(await page.getAttribute(`${TABLE} th[data-key="total"]`, 'aria-sort')).toBe('descending');
    const values = (await rows(page, 'total'))
      .map((r) => r.value)
      .filter((v) => v !== '')
      .map(Number);
    expect(values.length).toBeGreaterThan(1);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('lists the same rows without scripting', async () => {
    const on = await (await browser.newContext()).newPage();
    const off = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await on.goto(`${server.base}/contribute/`);
    await off.goto(`${server.base}/contribute/`);
    const a = (await rows(on, 'name')).map((r) => r.id).sort();
    const b = (await rows(off, 'name')).map((r) => r.id).sort();
    expect(b.length).toBeGreaterThan(1);
    expect(b).toEqual(a);
    expect(await off.$(`${TABLE} th[data-key="total"] button`)).toBe(null);
  });
});
