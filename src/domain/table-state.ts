/**
 * The state of a filterable, sortable list as it lives in the URL, and the comparisons the
 * browser scripts use. Pure and tiny: shared by src/scripts/* and the unit tests.
 */

export type SortType = 'num' | 'date' | 'text';
export type SortDir = 'asc' | 'desc';

export interface ListState {
  /** Single-valued filters, by name ('' = any). */
  filters: Record<string, string>;
  /** Multi-valued filters (repeated URL parameters), by name. */
  multi: Record<string, string[]>;
  /** Sort column key, '' for the page's own order. */
  sort: string;
  dir: SortDir;
}

export interface StateSpec {
  /** Names of single-valued filters, e.g. ['q', 'lab']. */
  filters: readonly string[];
  /** Names of multi-valued filters, e.g. ['open']. */
  multi?: readonly string[];
  /** Sortable column keys; anything else in ?sort= is ignored. */
  sorts?: readonly string[];
}

/** Reads the state from URL parameters; unknown parameters and sort keys are ignored. */
export function readState(params: URLSearchParams, spec: StateSpec): ListState {
  const filters: Record<string, string> = {};
  for (const k of spec.filters) filters[k] = (params.get(k) ?? '').trim();
  const multi: Record<string, string[]> = {};
  for (const k of spec.multi ?? [])
    multi[k] = [
      ...new Set(
        params
          .getAll(k)
          .flatMap((v) => v.split(','))
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
  const sortParam = params.get('sort') ?? '';
  const sort = spec.sorts?.includes(sortParam) ? sortParam : '';
  const dir: SortDir = params.get('dir') === 'asc' ? 'asc' : 'desc';
  return { filters, multi, sort, dir };
}

/** Writes the state as URL parameters, leaving out everything empty. */
export function writeState(state: ListState): URLSearchParams {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(state.filters)) if (v) params.set(k, v);
  for (const [k, values] of Object.entries(state.multi)) for (const v of values) params.append(k, v);
  if (state.sort) {
    params.set('sort', state.sort);
    params.set('dir', state.dir);
  }
  return params;
}

/** Lower case without accents, for matching typed text. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Every word of the query occurs in the text (case and accents ignored). */
export function textMatches(haystack: string, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const text = fold(haystack);
  return words.every((w) => text.includes(w));
}

/** An item's values for the filters: each filter name to one value or a list of values. */
export type ItemValues = Record<string, string | readonly string[]>;

/**
 * True when the item passes every filter: a single filter matches one of the item's values
 * (the text filter `q` matches words in `text`); a multi filter needs every chosen value.
 */
export function itemMatches(item: ItemValues, state: Pick<ListState, 'filters' | 'multi'>, textKey = 'q'): boolean {
  for (const [k, want] of Object.entries(state.filters)) {
    if (!want) continue;
    const have = item[k === textKey ? 'text' : k];
    if (k === textKey) {
      if (!textMatches(typeof have === 'string' ? have : (have ?? []).join(' '), want)) return false;
      continue;
    }
    const values = typeof have === 'string' ? [have] : (have ?? []);
    if (!values.includes(want)) return false;
  }
  for (const [k, wants] of Object.entries(state.multi)) {
    if (wants.length === 0) continue;
    const have = item[k];
    const values = typeof have === 'string' ? have.split(' ') : (have ?? []);
    if (!wants.every((w) => values.includes(w))) return false;
  }
  return true;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Compares two sort values of a column. Empty means unknown and always sorts last, in both
 * directions; numbers compare as numbers, dates as ISO text, text by collation.
 */
export function compareValues(a: string, b: string, type: SortType, dir: SortDir): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  let c: number;
  if (type === 'num') c = Number(a) - Number(b);
  else if (type === 'date') c = a < b ? -1 : a > b ? 1 : 0;
  else c = collator.compare(a, b);
  return dir === 'asc' ? c : -c;
}

/** Sorts indices of rows by a column, stable (ties keep the page's order). */
export function sortOrder(values: readonly string[], type: SortType, dir: SortDir): number[] {
  return values.map((_, i) => i).sort((i, j) => compareValues(values[i]!, values[j]!, type, dir) || i - j);
}

/** The first direction of a column: numbers and dates biggest or newest first, text A to Z. */
export function firstDir(type: SortType): SortDir {
  return type === 'text' ? 'asc' : 'desc';
}
