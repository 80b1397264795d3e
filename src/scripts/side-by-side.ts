/**
 * The side-by-side view: the choice of models lives in the URL (?m=a&m=b), so it can be shared;
 * at most four models; a box to find a model in the list; a button to copy the link.
 * The columns themselves are shown by CSS (works without this script).
 */
import { readState, textMatches } from '../domain/table-state.ts';

const MAX_MODELS = 4;

export function initSideBySide(): void {
  const form = document.getElementById('sbs-form');
  const clear = document.getElementById('sbs-clear') as HTMLButtonElement | null;
  const status = document.getElementById('sbs-status');
  const copy = document.getElementById('sbs-copy') as HTMLButtonElement | null;
  const find = document.getElementById('sbs-find') as HTMLInputElement | null;
  if (!form || !status) return;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input.sbs-pick')];
  const byId = new Map(boxes.map((b) => [b.value, b]));
  const nameOf = (b: HTMLInputElement) => b.dataset.name ?? b.value;
  // The order of choice, kept for the URL and the announcement.
  let chosen: string[] = [];

  const sync = (message = '') => {
    for (const b of boxes) b.disabled = !b.checked && chosen.length >= MAX_MODELS;
    const params = new URLSearchParams();
    for (const id of chosen) params.append('m', id);
    const query = params.toString();
    history.replaceState(history.state, '', query ? `${location.pathname}?${query}` : location.pathname);
    const names = chosen.map((id) => nameOf(byId.get(id)!));
    const what =
      names.length === 0
        ? 'No model chosen.'
        : names.length === 1
          ? `${names[0]} chosen: choose at least one more.`
          : `Comparing ${names.slice(0, -1).join(', ')} and ${names.at(-1)}.`;
    status.textContent = `${message}${what}${chosen.length >= MAX_MODELS ? ' That is the most: untick one to choose another.' : ''}`;
    if (copy) copy.disabled = chosen.length === 0;
    if (clear) clear.disabled = chosen.length === 0;
  };

  const initial = readState(new URLSearchParams(location.search), { filters: [], multi: ['m'] }).multi.m ?? [];
  for (const id of initial) {
    const box = byId.get(id);
    if (box && !chosen.includes(id) && chosen.length < MAX_MODELS) {
      box.checked = true;
      chosen.push(id);
    }
  }
  // Boxes the browser restored on its own (back button) that the URL did not name.
  for (const b of boxes) if (b.checked && !chosen.includes(b.value)) b.checked = false;

  form.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    if (!box.classList.contains('sbs-pick')) return;
    if (box.checked) {
      if (chosen.length >= MAX_MODELS) {
        box.checked = false;
        sync('Four models at most. ');
        return;
      }
      chosen.push(box.value);
    } else chosen = chosen.filter((id) => id !== box.value);
    sync();
  });
  if (clear) {
    clear.hidden = false;
    clear.addEventListener('click', () => {
      for (const b of boxes) b.checked = false;
      chosen = [];
      sync();
    });
  }

  if (find?.parentElement) {
    find.parentElement.hidden = false;
    find.addEventListener('input', () => {
      for (const b of boxes) {
        const item = b.closest('li');
        if (item) item.hidden = !b.checked && !textMatches(item.textContent ?? '', find.value);
      }
    });
  }
  if (copy) {
    copy.hidden = false;
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(location.href);
        sync('Link copied. ');
      } catch {
        sync('Copy the address from the address bar: it holds this comparison. ');
      }
    });
  }
  sync();
}
