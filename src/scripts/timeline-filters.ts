/**
 * Timeline filters by kind, lab and year, their state in the URL (?kind=&lab=&year=).
 * Without this script the timeline is complete; with it, events and empty years hide.
 */
import { itemMatches, readState } from '../domain/table-state.ts';

const FILTERS = ['kind', 'lab', 'year'];

export function initTimelineFilters(): void {
  const form = document.getElementById('timeline-filters') as HTMLFormElement | null;
  const status = document.getElementById('timeline-status');
  if (!form || !status) return;
  const sections = [...document.querySelectorAll<HTMLElement>('section.timeline-year')];
  const years = [...document.querySelectorAll<HTMLElement>('nav.letters li[data-year]')];
  const total = document.querySelectorAll('.timeline li[data-kind]').length;
  const state = readState(new URLSearchParams(location.search), { filters: FILTERS });
  for (const name of FILTERS) {
    const field = form.elements.namedItem(name) as HTMLSelectElement | null;
    if (!field) continue;
    field.value = state.filters[name] ?? '';
    if (field.value !== state.filters[name]) state.filters[name] = '';
  }

  const update = () => {
    let shown = 0;
    for (const section of sections) {
      let inYear = 0;
      for (const li of section.querySelectorAll<HTMLElement>('li[data-kind]')) {
        const d = li.dataset;
        const match = itemMatches({ kind: d.kind ?? '', lab: (d.lab ?? '').split(' '), year: d.year ?? '' }, state);
        li.hidden = !match;
        if (match) inYear++;
      }
      section.hidden = inYear === 0;
      shown += inYear;
      const nav = years.find((y) => y.dataset.year === section.dataset.year);
      if (nav) nav.hidden = inYear === 0;
    }
    status.textContent = `Showing ${shown} of ${total} events.${shown === 0 ? ' No event matches: clear a filter.' : ''}`;
    const params = new URLSearchParams();
    for (const name of FILTERS) if (state.filters[name]) params.set(name, state.filters[name]!);
    const query = params.toString();
    history.replaceState(history.state, '', query ? `${location.pathname}?${query}` : location.pathname);
  };

  form.addEventListener('change', () => {
    const data = new FormData(form);
    for (const name of FILTERS) state.filters[name] = String(data.get(name) ?? '');
    update();
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('reset', () => {
    for (const name of FILTERS) state.filters[name] = '';
    setTimeout(update);
  });
  form.hidden = false;
  update();
}
