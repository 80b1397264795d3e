/** Shared by the search browser tests: axe, the header dialog, and reading results. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe violations on the page (or inside `include`), as "rule: targets" strings. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(
    async ([include, tags]) => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: unknown,
              opts: object,
            ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      return axe.run(include ? { include: [include] } : document, { runOnly: { type: 'tag', values: tags } });
    },
    [include, WCAG] as const,
  );
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/** Waits until the dialog shows the results of exactly `query`. */
export async function dialogResults(page: Page, query: string): Promise<string[]> {
  await page.waitForFunction((q) => document.getElementById('sd-status')?.textContent?.includes(`“${q}”`), query);
  return page.$$eval('#sd-results [role="option"]', (as) =>
    as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

/** Types `query` into the open dialog and returns the result paths, best first. */
export async function searchInDialog(page: Page, query: string): Promise<string[]> {
  await page.fill('#sd-q', query);
  return dialogResults(page, query);
}

/** Waits until the search page has rendered the state in its URL; returns the status line. */
export async function pageSettled(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const s = document.getElementById('search-status')?.textContent ?? '';
    return /result|No results|Type some words/.test(s) && !/Searching/.test(s);
  });
  return (await page.textContent('#search-status')) ?? '';
}

/** The results listed on the search page: path, type and facts line. */
export async function pageResults(page: Page): Promise<{ path: string; type: string; facts: string }[]> {
  return page.$$eval('#search-results li', (lis) =>
    lis.map((li) => ({
      path: new URL((li.querySelector('h2 a') as HTMLAnchorElement).href).pathname,
      type: li.querySelector('.hit-kind')?.textContent ?? '',
      facts: li.querySelector('.hit-facts')?.textContent ?? '',
    })),
  );
}

/** The count shown beside a facet value, or undefined when the value is not listed. */
export async function facetCount(page: Page, facet: string, value: string): Promise<number | undefined> {
  const box = page.locator(`#facet-groups input[name="${facet}"][value="${value}"]`);
  if ((await box.count()) === 0) return undefined;
  const text = await box.locator('xpath=..').locator('.facet-count').textContent();
  return Number.parseInt(text ?? '', 10);
}

/** The number in the status line ("12 results for …"). */
export function statusCount(status: string): number {
  const m = /^(\d+) results?/.exec(status);
  if (!m) throw new Error(`no count in status "${status}"`);
  return Number(m[1]);
}
