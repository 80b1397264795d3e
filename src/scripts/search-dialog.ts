/**
 * The search dialog (markup in SearchBox.astro): results as the reader types, as a combobox
 * with a listbox of links. Arrow keys move through the results (focus stays in the field),
 * Enter opens the chosen one (or the first), Escape closes, and focus returns to the opener.
 */
import { searchDelay, searchStateToQuery } from '../domain/search.ts';
import { el, excerptNodes, latestOnly, loadPagefind, toHits, type Hit } from './search-engine.ts';

const SHOWN = 8;

interface OpenOptions {
  /** Words to start with (what was typed in the header box). */
  query?: string;
  /** Where focus goes back on close. */
  opener?: HTMLElement | null;
  /** The header field: it shows the last words searched once the dialog closes. */
  source?: HTMLInputElement;
}

let wired: ReturnType<typeof wire> | undefined;

export function openSearchDialog(options: OpenOptions = {}): void {
  wired ??= wire();
  wired?.open(options);
}

function wire() {
  const dialog = document.getElementById('search-dialog') as HTMLDialogElement | null;
  const input = document.getElementById('sd-q') as HTMLInputElement | null;
  const status = document.getElementById('sd-status');
  const list = document.getElementById('sd-results');
  const all = document.getElementById('sd-all') as HTMLAnchorElement | null;
  if (!dialog || !input || !status || !list || !all) return undefined;

  // A combobox whose popup is the listbox of results (ARIA 1.2 pattern); focus stays in the field.
  for (const [k, v] of Object.entries({
    role: 'combobox',
    'aria-expanded': 'false',
    'aria-controls': 'sd-results',
    'aria-autocomplete': 'list',
  }))
    input.setAttribute(k, v);
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Results');

  let opener: HTMLElement | null = null;
  let source: HTMLInputElement | undefined;
  let ticket = 0;
  let active = -1;
  /** The words whose results are on screen. */
  let shown = '';

  const options = () => [...list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];

  function setActive(i: number) {
    const opts = options();
    active = opts.length ? (i + opts.length) % opts.length : -1;
    opts.forEach((o, k) => o.setAttribute('aria-selected', String(k === active)));
    const current = opts[active];
    if (current) {
      input!.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input!.removeAttribute('aria-activedescendant');
  }

  function render(hits: Hit[], total: number, q: string) {
    list!.replaceChildren(
      ...hits.map((h, i) =>
        el(
          'a',
          // Named by its type and title; the facts and excerpt are its description, read after a pause.
          {
            href: h.href,
            id: `sd-opt-${i}`,
            role: 'option',
            tabIndex: -1,
            'aria-selected': 'false',
            'aria-describedby': `sd-d-${i}`,
          },
          el('span', { className: 'hit-kind' }, h.type),
          el('span', { className: 'visually-hidden' }, ': '),
          el('span', { className: 'hit-title' }, h.title),
          el(
            'span',
            { className: 'hit-excerpt', id: `sd-d-${i}`, 'aria-hidden': 'true' },
            h.facts ? el('span', { className: 'hit-facts' }, `${h.facts}. `) : '',
            ...excerptNodes(h.excerpt),
          ),
        ),
      ),
    );
    list!.hidden = hits.length === 0;
    input!.setAttribute('aria-expanded', String(hits.length > 0));
    status!.textContent =
      total === 0
        ? `No results for “${q}”.`
        : total > hits.length
          ? `${hits.length} of ${total} results for “${q}”.`
          : `${total} result${total === 1 ? '' : 's'} for “${q}”.`;
    setActive(hits.length ? 0 : -1);
    shown = q;
    dialog!.dispatchEvent(new CustomEvent('search:rendered', { detail: { query: q, count: hits.length } }));
  }

  async function run() {
    const q = input!.value;
    const mine = ++ticket;
    if (searchDelay(q) === undefined) {
      shown = '';
      // One letter matches nearly everything: wait for a second one.
      list!.replaceChildren();
      list!.hidden = true;
      input!.setAttribute('aria-expanded', 'false');
      setActive(-1);
      status!.textContent = q.trim()
        ? 'Keep typing…'
        : 'Type to search models, labs, licenses, terms, articles and events.';
      return;
    }
    let pagefind;
    try {
      if (!status!.textContent || status!.dataset.state === 'error') status!.textContent = 'Loading search…';
      pagefind = await loadPagefind();
    } catch {
      status!.dataset.state = 'error';
      status!.textContent = 'Search could not load. Press Enter to try the search page.';
      return;
    }
    delete status!.dataset.state;
    const search = await pagefind.search(q);
    const hits = await toHits(search.results, q, SHOWN);
    if (mine === ticket) render(hits, search.results.length, q);
  }

  const schedule = latestOnly(run);
  let pause: ReturnType<typeof setTimeout> | undefined;
  const fullSearch = () => `/search/${searchStateToQuery({ q: input.value, filters: {}, sort: 'relevance' })}`;
  input.addEventListener('input', () => {
    all.href = fullSearch();
    clearTimeout(pause);
    const delay = searchDelay(input.value) ?? 0;
    if (delay) pause = setTimeout(schedule, delay);
    else schedule();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive(active + (e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === 'Enter' && !e.isComposing) {
      e.preventDefault();
      // The chosen result, if the results on screen are those of the words in the field.
      const target = shown === input.value ? options()[active] : undefined;
      location.assign(target ? target.href : fullSearch());
    } else if (e.key === 'Escape') {
      // A search field clears itself on Escape; here Escape closes the dialog.
      e.preventDefault();
      dialog.close();
    }
  });
  dialog.addEventListener('click', (e) => {
    // A click on the backdrop (the dialog box itself, outside its content) closes it.
    if (e.target === dialog) {
      const r = dialog.getBoundingClientRect();
      const inside = e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
      if (!inside) dialog.close();
    }
  });
  dialog.querySelector('[data-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    if (source) source.value = input.value;
    const back = opener?.isConnected ? opener : source;
    back?.focus();
  });

  return {
    open(o: OpenOptions) {
      opener = o.opener ?? null;
      source = o.source;
      if (o.query !== undefined && o.query !== '') input.value = o.query;
      if (!dialog.open) dialog.showModal();
      // Opening the dialog is the first use: Pagefind's code starts loading now, not before.
      void loadPagefind().catch(() => undefined);
      input.focus();
      // Caret at the end, so typing continues where the header box left off.
      input.setSelectionRange(input.value.length, input.value.length);
      all.href = fullSearch();
      schedule();
    },
  };
}
