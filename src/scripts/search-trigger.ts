/**
 * On every page but the search page, and small: wires the header search box and the shortcuts
 * (`/`, Ctrl/Cmd+K) to the search dialog, whose code (and Pagefind's) loads on first use only.
 * Arriving from a search result (`?highlight=`) loads the highlighter.
 */
import { isField, isSearchShortcut } from '../domain/search-keys.ts';

type DialogModule = typeof import('./search-dialog.ts');
let dialog: Promise<DialogModule> | undefined;

export function wireSearchTrigger(): void {
  const form = document.querySelector<HTMLFormElement>('form.header-search');
  const input = document.getElementById('header-q') as HTMLInputElement | null;
  if (!form || !input) return;

  let pending: Element | null | undefined;
  /**
   * Opens the dialog with the words of the header box; falls back to the form if the code cannot
   * load. Until the dialog's code has arrived, the header box holds focus, so nothing typed in
   * the meantime is lost: the dialog starts from what the box holds when it opens.
   */
  const open = (opener: Element | null) => {
    const shown = document.querySelector<HTMLDialogElement>('#search-dialog[open]');
    if (shown) return shown.querySelector('input')?.select();
    if (pending !== undefined) return;
    pending = opener;
    if (document.activeElement !== input) input.focus();
    dialog ??= import('./search-dialog.ts');
    dialog.then(
      (m) => {
        m.openSearchDialog({ query: input.value, opener: pending as HTMLElement | null, source: input });
        pending = undefined;
      },
      () => form.submit(),
    );
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    open(input);
  });
  input.addEventListener('click', () => open(input));
  input.addEventListener('input', () => {
    if (input.value) open(input);
  });
  document.addEventListener('keydown', (e) => {
    if (!isSearchShortcut(e, isField(e.target as HTMLElement | null))) return;
    e.preventDefault();
    open(document.activeElement === document.body ? input : document.activeElement);
  });

  if (new URLSearchParams(location.search).has('highlight'))
    void import('./search-highlight.ts').then((m) => m.highlightFromUrl());
}
