/**
 * The side-by-side assessments table: filters and sorting, state in the URL
 * (?q=&lab=&covered=&disagree=&sort=&dir=). Without this script the table is complete.
 */
import { itemMatches, readState, writeState, type ListState } from '../domain/table-state.ts';
import { enhanceSortable } from './sortable-table.ts';

const FILTERS = ['q', 'lab', 'covered', 'disagree'];

export function initAssessmentTable(): void {
  const form = document.getElementById('assessment-filters') as HTMLFormElement | null;
  const table = form && (document.getElementById(form.dataset.table ?? '') as HTMLTableElement | null);
  const status = document.getElementById('assessment-filters-status');
  if (!form || !table || !status) return;
  const rows = [...(table.tBodies[0]?.rows ?? [])];
  const sorts = [...table.querySelectorAll<HTMLElement>('thead th[data-key]')].map((th) => th.dataset.key!);
  let state: ListState = readState(new URLSearchParams(location.search), { filters: FILTERS, sorts });

  const update = () => {
    let shown = 0;
    for (const row of rows) {
      const d = row.dataset;
      const match = itemMatches(
        { text: d.text ?? '', lab: d.lab ?? '', covered: d.covered ?? '', disagree: d.disagree ?? '' },
        state,
      );
      row.hidden = !match;
      if (match) shown++;
    }
    status.textContent = `Showing ${shown} of ${rows.length} models.`;
    const query = writeState(state).toString();
    history.replaceState(history.state, '', query ? `${location.pathname}?${query}` : location.pathname);
  };
  const sorter = enhanceSortable(table, (key, dir) => {
    state = { ...state, sort: key, dir };
    update();
  });
  const read = () => {
    const data = new FormData(form);
    const filters: Record<string, string> = {};
    for (const name of FILTERS) filters[name] = String(data.get(name) ?? '').trim();
    state = { ...state, filters };
  };
  for (const name of FILTERS) {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (field) field.value = state.filters[name] ?? '';
  }
  sorter.sort(state.sort, state.dir);
  update();
  form.addEventListener('input', () => {
    read();
    update();
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('reset', () =>
    setTimeout(() => {
      read();
      state = { ...state, sort: '', dir: 'desc' };
      sorter.sort('', 'desc');
      update();
    }),
  );
}
