/**
 * The search page: queries the Pagefind index in the browser and lists results.
 * Pagefind's own code loads only here, on first use. The query lives in the URL (?q=).
 */

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}
interface Pagefind {
  search: (q: string) => Promise<{ results: PagefindResult[] }>;
  options?: (o: Record<string, unknown>) => Promise<void>;
}

let engine: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  engine ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
  return engine;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Pagefind excerpts are HTML with only <mark> elements: rebuild them as nodes, never as HTML. */
function excerptNodes(excerpt: string): Node[] {
  return excerpt.split(/(<mark>.*?<\/mark>)/g).filter(Boolean).map((part) => {
    const m = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = (m ? m[1] : part)!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    return m ? el('mark', {}, text) : document.createTextNode(text);
  });
}

export function runSearchPage(): void {
  const form = document.getElementById('search-form') as HTMLFormElement;
  const input = document.getElementById('search-q') as HTMLInputElement;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  let latest = 0;

  async function run(q: string) {
    const ticket = ++latest;
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!q.trim()) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    const pagefind = await loadPagefind();
    const search = await pagefind.search(q);
    const top = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
    if (ticket !== latest) return;
    status.textContent = search.results.length === 0 ? `No results for “${q}”.` : `${search.results.length} result${search.results.length === 1 ? '' : 's'} for “${q}”.`;
    list.replaceChildren(
      ...top.map((r) =>
        el(
          'li',
          {},
          el('p', { className: 'meta' }, r.filters.type?.[0] ?? 'Page', r.meta.facts ? ` · ${r.meta.facts}` : ''),
          el('h2', {}, el('a', { href: r.url }, r.meta.title ?? r.url)),
          el('p', {}, ...excerptNodes(r.excerpt)),
        ),
      ),
    );
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 120);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(input.value);
  });
  const q = new URLSearchParams(location.search).get('q') ?? '';
  input.value = q;
  if (q) void run(q);
}
