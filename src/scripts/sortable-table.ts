/**
 * Progressive enhancement of server-rendered tables marked `data-sortable`: each header
 * with a `data-key` becomes a button that sorts the rows by that column (numbers as
 * numbers, unknown values last), and `aria-sort` says how the table is sorted.
 * A cell's sort value is its `data-sort` attribute, else its text.
 */
import { firstDir, sortOrder, type SortDir, type SortType } from '../domain/table-state.ts';

export interface SortableTable {
  /** Sorts by a column key; '' restores the page's own order. */
  sort(key: string, dir: SortDir): void;
}

const ARIA: Record<SortDir, 'ascending' | 'descending'> = { asc: 'ascending', desc: 'descending' };

export function enhanceSortable(
  table: HTMLTableElement,
  onSort?: (key: string, dir: SortDir, label: string) => void,
): SortableTable {
  const headRow = table.tHead?.rows[0];
  const body = table.tBodies[0];
  if (!headRow || !body) return { sort: () => {} };
  const headers = [...headRow.cells];
  const original = [...body.rows];
  const initial = headers.map((th) => th.getAttribute('aria-sort'));

  const apply = (key: string, dir: SortDir) => {
    const index = headers.findIndex((th) => th.dataset.key === key);
    const th = headers[index];
    if (!key || !th) {
      body.append(...original);
      headers.forEach((h, i) =>
        initial[i] ? h.setAttribute('aria-sort', initial[i]!) : h.removeAttribute('aria-sort'),
      );
      return;
    }
    const values = original.map((row) => {
      const cell = row.cells[index];
      return (cell?.dataset.sort ?? cell?.textContent ?? '').trim();
    });
    body.append(...sortOrder(values, (th.dataset.type as SortType) ?? 'text', dir).map((i) => original[i]!));
    for (const h of headers) h.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', ARIA[dir]);
  };

  for (const th of headers) {
    const key = th.dataset.key;
    if (!key) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...th.childNodes);
    const icon = document.createElement('span');
    icon.className = 'sort-icon';
    icon.setAttribute('aria-hidden', 'true');
    button.append(icon);
    th.append(button);
    button.addEventListener('click', () => {
      const current = th.getAttribute('aria-sort');
      const dir: SortDir =
        current === 'ascending'
          ? 'desc'
          : current === 'descending'
            ? 'asc'
            : firstDir((th.dataset.type as SortType) ?? 'text');
      apply(key, dir);
      onSort?.(key, dir, th.textContent?.trim() ?? key);
    });
  }
  table.classList.add('is-sortable');
  return { sort: apply };
}

/** Enhances every `table[data-sortable]` not claimed by another script (`data-sortable="manual"`). */
export function enhanceSortableTables(root: ParentNode = document): void {
  for (const table of root.querySelectorAll<HTMLTableElement>(
    'table[data-sortable]:not([data-sortable="manual"]):not(.is-sortable)',
  ))
    enhanceSortable(table);
}
