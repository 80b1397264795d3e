/**
 * Search, the pure part: the state of a search as it lives in the URL, the facets and the order
 * of their values, the filters handed to Pagefind, Pagefind excerpts as safe segments, the
 * exact-name rule that puts the page about a thing first, and the words to highlight on arrival.
 * Shared by the search page, the header dialog and the highlighter; no DOM, no Astro.
 */
import { TYPE_ORDER } from './entry-kinds.ts';

/** The facets of the search page, in display order. Keys are the `data-pagefind-filter` names. */
export const FACETS = [
  { key: 'type', label: 'Type' },
  { key: 'lab', label: 'Lab' },
  { key: 'tier', label: 'License tier' },
  { key: 'category', label: 'Glossary category' },
  { key: 'year', label: 'Year' },
] as const;
export type FacetKey = (typeof FACETS)[number]['key'];
const FACET_KEYS: readonly FacetKey[] = FACETS.map((f) => f.key);

/** Result orders. Only models and events carry a date, so date orders put undated pages last. */
export const SORTS = { relevance: 'Relevance', newest: 'Newest first', oldest: 'Oldest first' } as const;
type Sort = keyof typeof SORTS;

/**
 * Search-time ranking: matches in the title and in the entry's other names (`aliases` metadata,
 * set by EntryLayout) are worth more than body text; the `facts` line is for display only.
 */
export const RANKING = { metaWeights: { title: 8, aliases: 8, facts: 0 } } as const;

/**
 * How long to wait after a keystroke before searching, in milliseconds. One character matches
 * nearly everything: never. Two ("R1", "AI") are a complete query only when the reader pauses;
 * searching them at once would fetch index and results that the next keystroke throws away.
 * Three or more: at once.
 */
export function searchDelay(query: string): number | undefined {
  const n = [...query.trim()].length;
  return n < 2 ? undefined : n === 2 ? 200 : 0;
}

/** The query parameter that carries the searched words to the page a result opens. */
const HIGHLIGHT_PARAM = 'highlight';

export interface SearchState {
  /** The words typed, as typed. */
  q: string;
  /** Selected values per facet: any value within a facet, every facet together. */
  filters: Partial<Record<FacetKey, string[]>>;
  sort: Sort;
}

const isSort = (s: string | null): s is Sort => s !== null && Object.hasOwn(SORTS, s);

/** Reads a search from a query string such as `?q=llama&type=Model&type=Lab&sort=newest`. */
export function parseSearchState(query: string | URLSearchParams): SearchState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const filters: SearchState['filters'] = {};
  for (const key of FACET_KEYS) {
    const values = [
      ...new Set(
        params
          .getAll(key)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
    if (values.length) filters[key] = values;
  }
  const sort = params.get('sort');
  return { q: params.get('q') ?? '', filters, sort: isSort(sort) ? sort : 'relevance' };
}

/** The query string of a search (with `?`, or '' when empty), in a stable order; the default sort is left out. */
export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q);
  for (const key of FACET_KEYS) for (const v of state.filters[key] ?? []) params.append(key, v);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** True when the search has words or at least one selected filter value. */
export function hasCriteria(state: SearchState): boolean {
  return state.q.trim() !== '' || FACET_KEYS.some((k) => (state.filters[k]?.length ?? 0) > 0);
}

export type PagefindFilters = Record<string, { any: string[] }>;

/**
 * Pagefind filters for a search, optionally without one facet (to count that facet's values as
 * if it were not selected). Every indexed page has a type, so a search always filters on type:
 * Pagefind only counts filter values when a filter is applied.
 */
export function pagefindFilters(state: SearchState, except?: FacetKey): PagefindFilters {
  const out: PagefindFilters = {};
  for (const key of FACET_KEYS) {
    const values = state.filters[key];
    if (key !== except && values?.length) out[key] = { any: [...values] };
  }
  out.type ??= { any: [...TYPE_ORDER] };
  return out;
}

export interface FacetValue {
  value: string;
  count: number;
  selected: boolean;
}

/**
 * The values of a facet to show: those with results, and the selected ones even at zero.
 * Types in reading order, years newest first, others by count then name.
 */
export function facetValues(
  key: FacetKey,
  counts: Record<string, number>,
  selected: readonly string[] = [],
): FacetValue[] {
  const names = new Set([...Object.keys(counts).filter((v) => (counts[v] ?? 0) > 0), ...selected]);
  const values = [...names].map((value) => ({ value, count: counts[value] ?? 0, selected: selected.includes(value) }));
  const typeRank = (v: string) => {
    const i = (TYPE_ORDER as readonly string[]).indexOf(v);
    return i < 0 ? TYPE_ORDER.length : i;
  };
  return values.sort((a, b) => {
    if (key === 'type') return typeRank(a.value) - typeRank(b.value) || a.value.localeCompare(b.value);
    if (key === 'year') return b.value.localeCompare(a.value);
    return b.count - a.count || a.value.localeCompare(b.value, 'en');
  });
}

export interface Segment {
  text: string;
  /** A matched word, shown highlighted. */
  mark: boolean;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#39': "'",
  '#x27': "'",
  nbsp: '\u00a0',
};
const decode = (s: string) => s.replace(/&(#?\w+);/g, (m, e: string) => ENTITIES[e.toLowerCase()] ?? m);

/**
 * A Pagefind excerpt (escaped text with `<mark>` around matches) as plain segments, to be
 * rendered as text nodes: no HTML from the index ever reaches the page as HTML.
 */
export function parseExcerpt(excerpt: string): Segment[] {
  const out: Segment[] = [];
  for (const part of excerpt.split(/(<mark>[\s\S]*?<\/mark>)/g)) {
    if (!part) continue;
    const m = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    const text = decode((m ? m[1]! : part).replace(/<[^>]*>/g, ''));
    if (!text) continue;
    const last = out.at(-1);
    if (last && last.mark === Boolean(m)) last.text += text;
    else out.push({ text, mark: Boolean(m) });
  }
  return out;
}

/** A name reduced for comparison: case, accents, spaces and punctuation ignored ("Llama-2" = "llama 2"). */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The names of a result: its title and the `aliases` metadata (separated by `;`). */
function namesOf(meta: Record<string, string | undefined>): string[] {
  return [meta.title ?? '', ...(meta.aliases ?? '').split(';')].map((s) => s.trim()).filter(Boolean);
}

/**
 * Results named by the query come first: those whose title is exactly the query, then those
 * with it as another name (an alias, a family, a short name); each group, and the rest, keep
 * their ranked order. "R1" finds DeepSeek-R1 before the pages that mention it; "Llama" finds the
 * model called LLaMA, then the models of the Llama family.
 */
export function promoteExactNames<T extends { meta: Record<string, string | undefined> }>(
  query: string,
  results: readonly T[],
): T[] {
  const key = nameKey(query);
  if (!key) return [...results];
  const tier = (r: T) => {
    if (nameKey(r.meta.title ?? '') === key) return 0;
    return namesOf({ aliases: r.meta.aliases }).some((n) => nameKey(n) === key) ? 1 : 2;
  };
  const tiers = results.map((r) => ({ r, t: tier(r) }));
  return [0, 1, 2].flatMap((t) => tiers.filter((x) => x.t === t).map((x) => x.r));
}

/** The result URL with the searched words attached, for highlighting on arrival. */
export function withHighlight(url: string, query: string): string {
  const q = query.trim();
  if (!q) return url;
  const [path, hash] = url.split('#', 2) as [string, string | undefined];
  const sep = path.includes('?') ? '&' : '?';
  return `${path}${sep}${HIGHLIGHT_PARAM}=${encodeURIComponent(q)}${hash ? `#${hash}` : ''}`;
}

/** The words to highlight, from a page's query string: at least two characters each, no duplicates. */
export function highlightTerms(query: string | URLSearchParams): string[] {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const words = params
    .getAll(HIGHLIGHT_PARAM)
    .flatMap((v) => v.split(/[^\p{L}\p{N}.+#]+/u))
    .map((w) => w.replace(/^[.+#]+|[.]+$/g, ''))
    .filter((w) => [...w].length >= 2);
  const seen = new Set<string>();
  return words.filter((w) => !seen.has(w.toLowerCase()) && seen.add(w.toLowerCase())).slice(0, 10);
}

/**
 * A pattern matching the highlight words at the start of a word, as Pagefind matches them
 * (prefixes: "quantiz" finds "quantized"), longest first; undefined when there is nothing to find.
 */
export function highlightPattern(terms: readonly string[]): RegExp | undefined {
  if (!terms.length) return undefined;
  const escaped = [...terms].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
}
