/**
 * The models table with filters and sorting, its state in the URL (?q=&lab=&...&sort=&dir=).
 * The server table is complete without this script; it only hides rows and reorders them.
 */
import { itemMatches, readState, writeState, type ListState } from '../domain/table-state.ts';
import { enhanceSortable } from './sortable-table.ts';
import { MODEL_FILTERS, MODEL_MULTI_FILTERS } from '../domain/model-filters.ts';

const FILTERS: readonly string[] = MODEL_FILTERS;
const MULTI: readonly string[] = MODEL_MULTI_FILTERS;

export function initModelTable(): void {
  const form = document.getElementById('model-filters') as HTMLFormElement | null;
  const table = form && (document.getElementById(form.dataset.table ?? '') as HTMLTableElement | null);
  const status = document.getElementById('model-filters-status');
  if (!form || !table || !status) return;
  const rows = [...(table.tBodies[0]?.rows ?? [])];
  const sorts = [...table.querySelectorAll<HTMLElement>('thead th[data-key]')].map((th) => th.dataset.key!);
  const spec = { filters: FILTERS, multi: MULTI, sorts };
  let state: ListState = readState(new URLSearchParams(location.search), spec);
  let sortNote = '';

  const sorter = enhanceSortable(table, (key, dir, label) => {
    state = { ...state, sort: key, dir };
    sortNote = ` Sorted by ${label}, ${dir === 'asc' ? 'ascending' : 'descending'}.`;
    update();
  });

  /** Puts the state into the form's fields. */
  const fill = () => {
    for (const name of FILTERS) {
      const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
      if (!field) continue;
      field.value = state.filters[name] ?? '';
      // A value the page does not offer (an old link) falls back to "Any".
      if (field.value !== (state.filters[name] ?? '')) state.filters[name] = '';
    }
    for (const box of form.querySelectorAll<HTMLInputElement>('input.open-pick'))
      box.checked = state.multi.open?.includes(box.value) ?? false;
    const details = form.querySelector('details');
    if (details && (state.multi.open?.length ?? 0) > 0) details.open = true;
  };

  /** Reads the form's fields into the state. */
  const read = () => {
    const data = new FormData(form);
    const filters: Record<string, string> = {};
    for (const name of FILTERS) filters[name] = String(data.get(name) ?? '').trim();
    // The checkboxes have no name (one name on many boxes trips validators): read them directly.
    const open = [...form.querySelectorAll<HTMLInputElement>('input.open-pick:checked')].map((b) => b.value);
    state = { ...state, filters, multi: { open } };
  };

  const update = () => {
    let shown = 0;
    for (const row of rows) {
      const d = row.dataset;
      const item = {
        text: d.text ?? '',
        lab: d.lab ?? '',
        country: d.country ?? '',
        // A release matches through any of its variants: these hold several values.
        tier: (d.tier ?? '').split(' '),
        license: (d.license ?? '').split(' '),
        size: (d.size ?? '').split(' '),
        arch: d.arch ?? '',
        year: d.year ?? '',
        osaid: d.osaid ?? '',
        open: (d.open ?? '').split(' '),
      };
      const match = itemMatches(item, state);
      row.hidden = !match;
      if (match) shown++;
    }
    status.textContent = `Showing ${shown} of ${rows.length} models.${shown === 0 ? ' No model matches: clear a filter.' : ''}${sortNote}`;
    sortNote = '';
    const query = writeState(state).toString();
    history.replaceState(history.state, '', query ? `${location.pathname}?${query}` : location.pathname);
  };

  fill();
  sorter.sort(state.sort, state.dir);
  form.hidden = false;
  update();

  form.addEventListener('input', () => {
    read();
    update();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    read();
    update();
  });
  form.addEventListener('reset', () => {
    // After the browser has reset the fields.
    setTimeout(() => {
      read();
      state = { ...state, sort: '', dir: 'desc' };
      sorter.sort('', 'desc');
      update();
    });
  });
}
