/**
 * The search page: results as the reader types, facets with counts (any value within a facet,
 * every facet together), an order (relevance, or by date for the pages that have one), all in
 * the URL. Pagefind loads on first use, which on this page is on arrival.
 */
import {
  FACETS,
  SORTS,
  facetValues,
  hasCriteria,
  pagefindFilters,
  parseSearchState,
  searchStateToQuery,
  type FacetKey,
  type SearchState,
} from '../domain/search.ts';
import { isField, isSearchShortcut } from '../domain/search-keys.ts';
import {
  el,
  excerptNodes,
  latestOnly,
  loadPagefind,
  toHits,
  type FilterCounts,
  type Hit,
  type Pagefind,
  type PagefindResult,
} from './search-engine.ts';

const PAGE = 12;
/** Values shown per facet before "more". */
const VISIBLE_VALUES = 8;

export function runSearchPage(): void {
  const form = document.getElementById('search-form') as HTMLFormElement;
  const input = document.getElementById('search-q') as HTMLInputElement;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results') as HTMLOListElement;
  const more = document.getElementById('search-more') as HTMLButtonElement;
  const facets = document.getElementById('search-facets') as HTMLDetailsElement;
  const groups = document.getElementById('facet-groups')!;
  const activeCount = document.getElementById('facets-active')!;
  const sort = document.getElementById('search-sort') as HTMLSelectElement;
  const layout = document.getElementById('search-layout')!;

  let state: SearchState = parseSearchState(location.search);
  const baseTitle = document.title;
  let ticket = 0;
  let ordered: PagefindResult[] = [];
  let shown = 0;
  const expanded = new Set<FacetKey>();
  let allFilters: Promise<FilterCounts> | undefined;

  // Filters stay open beside the results on wide screens, folded above them on narrow ones.
  facets.open = matchMedia('(min-width: 56rem)').matches || FACETS.some((f) => state.filters[f.key]?.length);
  layout.classList.add('ready');

  function syncControls() {
    if (input.value !== state.q) input.value = state.q;
    sort.value = state.sort;
  }

  function commit(next: SearchState, push: boolean) {
    state = next;
    const url = `${location.pathname}${searchStateToQuery(state)}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
    schedule();
  }

  function hitItem(h: Hit): HTMLLIElement {
    return el(
      'li',
      { className: 'hit' },
      el(
        'p',
        { className: 'hit-meta' },
        el('span', { className: 'hit-kind' }, h.type),
        h.facts ? el('span', { className: 'hit-facts' }, h.facts) : '',
      ),
      el('h2', {}, el('a', { href: h.href }, h.title)),
      el('p', { className: 'hit-excerpt' }, ...excerptNodes(h.excerpt)),
    );
  }

  async function showMore(focusFirst: boolean) {
    const mine = ticket;
    const next = ordered.slice(shown, shown + PAGE);
    const hits = await toHits(next, state.q, next.length, true);
    if (mine !== ticket) return;
    const items = hits.map(hitItem);
    list.append(...items);
    shown += next.length;
    more.hidden = shown >= ordered.length;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  function renderFacets(counts: FilterCounts) {
    const focused =
      document.activeElement instanceof HTMLInputElement && document.activeElement.type === 'checkbox'
        ? document.activeElement
        : null;
    const refocus = focused ? [focused.name, focused.value] : undefined;
    const active = FACETS.reduce((n, f) => n + (state.filters[f.key]?.length ?? 0), 0);
    activeCount.textContent = active ? `(${active} active)` : '';
    const fieldsets = FACETS.flatMap(({ key, label }) => {
      const selected = state.filters[key] ?? [];
      const values = facetValues(key, counts[key] ?? {}, selected);
      if (!values.length) return [];
      const option = (v: (typeof values)[number]) =>
        el(
          'label',
          { className: 'facet-value' },
          el('input', { type: 'checkbox', name: key, value: v.value, checked: v.selected }),
          el('span', { className: 'facet-label' }, v.value),
          el(
            'span',
            { className: 'facet-count' },
            String(v.count),
            el('span', { className: 'visually-hidden' }, v.count === 1 ? ' result' : ' results'),
          ),
        );
      const first = values.filter((v, i) => i < VISIBLE_VALUES || v.selected);
      const rest = values.filter((v) => !first.includes(v));
      const fieldset = el('fieldset', { className: 'facet' }, el('legend', {}, label), ...first.map(option));
      if (rest.length) {
        const details = el(
          'details',
          { className: 'facet-more', open: expanded.has(key) },
          el('summary', {}, `${rest.length} more`),
          ...rest.map(option),
        );
        details.addEventListener('toggle', () => (details.open ? expanded.add(key) : expanded.delete(key)));
        fieldset.append(details);
      }
      return [fieldset];
    });
    if (active) {
      const clear = el('button', { type: 'button', className: 'facets-clear' }, 'Clear all filters');
      clear.addEventListener('click', () => {
        commit({ ...state, filters: {} }, true);
        input.focus();
      });
      fieldsets.push(clear as unknown as HTMLFieldSetElement);
    }
    groups.replaceChildren(...fieldsets);
    if (refocus)
      groups
        .querySelector<HTMLInputElement>(`input[name="${CSS.escape(refocus[0]!)}"][value="${CSS.escape(refocus[1]!)}"]`)
        ?.focus();
  }

  /** Counts per facet: a selected facet is counted as if it were not selected, so its other values stay visible. */
  async function facetCounts(pagefind: Pagefind, q: string | null, base: FilterCounts): Promise<FilterCounts> {
    const counts: FilterCounts = { ...base };
    await Promise.all(
      FACETS.filter((f) => state.filters[f.key]?.length).map(async ({ key }) => {
        const without = await pagefind.search(q, { filters: pagefindFilters(state, key) });
        counts[key] = without.filters[key] ?? {};
      }),
    );
    return counts;
  }

  async function run() {
    const mine = ++ticket;
    syncControls();
    // The words in the tab and in the history list, so a search can be found again.
    document.title = state.q.trim() ? `“${state.q.trim()}” · ${baseTitle}` : baseTitle;
    if (!hasCriteria(state)) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = 'Type some words, or choose a filter to list its pages.';
    } else status.textContent = 'Searching…';
    let pagefind: Pagefind;
    try {
      pagefind = await loadPagefind();
      // Pagefind counts only the filters whose data is loaded: load them all once, first.
      allFilters ??= pagefind.filters();
      await allFilters;
    } catch {
      status.textContent = 'Search could not load. Reload the page to try again, or browse the indexes from the menu.';
      return;
    }
    if (!hasCriteria(state)) {
      const totals = await allFilters!;
      if (mine === ticket) renderFacets(totals);
      return;
    }
    const q = state.q.trim() || null;
    const filters = pagefindFilters(state);
    const relevance = await pagefind.search(q, { filters });
    let results = relevance.results;
    let dated = 0;
    if (state.sort !== 'relevance') {
      const byDate = await pagefind.search(q, { filters, sort: { date: state.sort === 'newest' ? 'desc' : 'asc' } });
      const ids = new Set(byDate.results.map((r) => r.id));
      dated = byDate.results.length;
      results = [...byDate.results, ...relevance.results.filter((r) => !ids.has(r.id))];
    }
    const counts = await facetCounts(pagefind, q, relevance.filters);
    const firstHits = await toHits(results, state.q, Math.min(PAGE, results.length), state.sort !== 'relevance' || !q);
    if (mine !== ticket) return;

    ordered = results;
    shown = firstHits.length;
    list.replaceChildren(...firstHits.map(hitItem));
    more.hidden = shown >= ordered.length;
    renderFacets(counts);
    const n = results.length;
    const words = q ? ` for “${state.q.trim()}”` : '';
    const filtered = FACETS.some((f) => state.filters[f.key]?.length) ? ' with these filters' : '';
    const order =
      state.sort === 'relevance'
        ? ''
        : dated === 0
          ? '; none has a date, so they are listed by relevance'
          : `; ${dated} dated, ${SORTS[state.sort].toLowerCase()}${n > dated ? ', then the rest by relevance' : ''}`;
    status.textContent =
      n === 0
        ? `No results${words}${filtered}. Try other words${filtered ? ' or fewer filters' : ''}.`
        : `${n} result${n === 1 ? '' : 's'}${words}${filtered}${order}.`;
    document.dispatchEvent(new CustomEvent('search:rendered', { detail: { query: state.q, count: n } }));
  }

  const schedule = latestOnly(run);
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => commit({ ...state, q: input.value }, false), 60);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(typing);
    commit({ ...state, q: input.value }, false);
  });
  sort.addEventListener('change', () => commit({ ...state, sort: parseSearchState(`sort=${sort.value}`).sort }, true));
  groups.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    if (box.type !== 'checkbox') return;
    const key = box.name as FacetKey;
    const current = new Set(state.filters[key] ?? []);
    if (box.checked) current.add(box.value);
    else current.delete(box.value);
    commit({ ...state, filters: { ...state.filters, [key]: [...current] } }, true);
  });
  more.addEventListener('click', () => void showMore(true));
  addEventListener('popstate', () => {
    state = parseSearchState(location.search);
    schedule();
  });

  syncControls();
  schedule();
  headerLeadsHere(input);
}

/** On this page the header box and the search keys lead to the page's own field (there is no dialog here). */
function headerLeadsHere(field: HTMLInputElement) {
  const form = document.querySelector<HTMLFormElement>('form.header-search');
  const header = document.getElementById('header-q') as HTMLInputElement | null;
  const take = () => {
    if (header?.value) {
      field.value = header.value;
      header.value = '';
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.focus();
    } else {
      // A shortcut: the words are selected, so typing replaces them.
      field.focus();
      field.select();
    }
  };
  form?.addEventListener('submit', (e) => {
    e.preventDefault();
    take();
  });
  header?.addEventListener('input', take);
  document.addEventListener('keydown', (e) => {
    if (!isSearchShortcut(e, isField(e.target as HTMLElement | null))) return;
    e.preventDefault();
    take();
  });
}
