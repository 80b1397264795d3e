/**
 * Pagefind in the browser, shared by the search dialog and the search page: loads it once (on
 * first use), turns its results into hits (type, title, facts, excerpt), with pages named by the
 * query first, and renders an excerpt as text nodes with <mark> around the matched words.
 */
import {
  RANKING,
  parseExcerpt,
  promoteExactNames,
  withHighlight,
  type PagefindFilters,
  type Segment,
} from '../domain/search.ts';

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
export type FilterCounts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: PagefindResult[];
  /** Counts per filter value among the results, when a filter was applied. */
  filters: FilterCounts;
  unfilteredResultCount: number;
}
interface SearchOptions {
  filters?: PagefindFilters;
  sort?: Record<string, 'asc' | 'desc'>;
}
export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: SearchOptions) => Promise<PagefindSearch>;
  filters: () => Promise<FilterCounts>;
  preload: (q: string, o?: SearchOptions) => Promise<void>;
}

let engine: Promise<Pagefind> | undefined;

/** Pagefind's own script, from the built site; loaded once, on first use. */
export function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  engine ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ ranking: RANKING, excerptLength: 26 });
    await pf.init();
    return pf;
  });
  engine.catch(() => (engine = undefined));
  return engine;
}

export interface Hit {
  /** Where the result leads, with the searched words attached for highlighting. */
  href: string;
  title: string;
  /** Entry type, e.g. "Model". */
  type: string;
  /** Key facts, e.g. "Mistral AI · 2023 · 46.7B · Apache 2.0". */
  facts?: string;
  excerpt: Segment[];
}

/**
 * The first `count` results as hits. Unless `inOrder` (date orders must not be reshuffled), pages
 * named by the query come first; the rule looks at a few more results than it shows, so such a
 * page ranked a little lower still comes first.
 */
export async function toHits(
  results: readonly PagefindResult[],
  query: string,
  count: number,
  inOrder = false,
): Promise<Hit[]> {
  const data = await Promise.all(results.slice(0, inOrder ? count : Math.max(count, 10)).map((r) => r.data()));
  return (inOrder ? data : promoteExactNames(query, data)).slice(0, count).map((d) => ({
    href: withHighlight(d.url, query),
    title: d.meta.title ?? d.url,
    type: d.filters.type?.[0] ?? 'Page',
    facts: d.meta.facts || undefined,
    excerpt: parseExcerpt(d.excerpt),
  }));
}

/**
 * `task`, run for the latest request only: while a run is in flight, further requests collapse
 * into one run after it. Typing fast never queues one search per keystroke, so on a large index
 * the results of the last keystroke wait for at most one earlier search.
 */
export function latestOnly(task: () => Promise<void>): () => void {
  let busy = false;
  let again = false;
  const go = () => {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    void task().finally(() => {
      busy = false;
      if (again) {
        again = false;
        go();
      }
    });
  };
  return go;
}

/** A node tree: `el('p', { className: 'x' }, 'text', child)`. Text is always text, never HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & Record<string, unknown> = {},
  ...children: (Node | string | false | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k.startsWith('aria-') || k.startsWith('data-') || k === 'role') node.setAttribute(k, String(v));
    else (node as unknown as Record<string, unknown>)[k] = v;
  }
  node.append(...children.filter((c): c is Node | string => c !== false && c !== undefined));
  return node;
}

/** An excerpt as text nodes and <mark> elements. */
export function excerptNodes(segments: readonly Segment[]): Node[] {
  return segments.map((s) => (s.mark ? el('mark', {}, s.text) : document.createTextNode(s.text)));
}
