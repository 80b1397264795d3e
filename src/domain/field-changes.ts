/**
 * Which frontmatter fields changed between two revisions of an entry, from what to what:
 * `license: deepseek-license → mit`, `openness.trainingData.status: unknown → closed`.
 * Pure: both sides come in as parsed YAML.
 *
 * Nested groups are flattened to dotted paths. A list of plain values (modalities, aliases) is
 * one value. A list of records is keyed by each record's `id` or `name` when those are unique
 * (`variants[Example 8B].parameters.total`), else by position (`sources[2]`).
 */

/** A leaf value: a string, number, boolean, or a list of those. */
export type Leaf = string | number | boolean | null | readonly (string | number | boolean | null)[];

export interface FieldChange {
  /** Dotted path of the field, e.g. `parameters.total`. */
  field: string;
  /** The value before; undefined when the field was added. */
  before?: Leaf;
  /** The value after; undefined when the field was removed. */
  after?: Leaf;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPlain = (v: unknown): v is string | number | boolean | null =>
  v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

function recordKey(
  list: readonly Record<string, unknown>[],
): ((r: Record<string, unknown>, i: number) => string) | undefined {
  for (const k of ['id', 'name']) {
    const keys = list.map((r) => r[k]);
    if (keys.every((x) => typeof x === 'string' && x) && new Set(keys).size === keys.length) return (r) => String(r[k]);
  }
  return undefined;
}

/** Every leaf of a parsed YAML value, by dotted path. */
export function flatten(value: unknown, prefix = '', out = new Map<string, Leaf>()): Map<string, Leaf> {
  if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (Array.isArray(value)) {
    if (value.every(isPlain)) out.set(prefix, value);
    else if (value.every(isRecord)) {
      const key = recordKey(value);
      value.forEach((r, i) => flatten(r, `${prefix}[${key ? key(r, i) : i}]`, out));
    } else value.forEach((v, i) => flatten(v, `${prefix}[${i}]`, out));
  } else if (value instanceof Date) out.set(prefix, value.toISOString().slice(0, 10));
  else if (isPlain(value)) out.set(prefix, value);
  else if (value !== undefined) out.set(prefix, String(value));
  return out;
}

const same = (a: Leaf | undefined, b: Leaf | undefined): boolean =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;

/** The fields that differ between two parsed frontmatters, in the order the newer one lists them. */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const a = flatten(before ?? {});
  const b = flatten(after ?? {});
  const out: FieldChange[] = [];
  for (const [field, value] of b) {
    const old = a.get(field);
    if (!a.has(field)) out.push({ field, after: value });
    else if (!same(old, value)) out.push({ field, before: old, after: value });
  }
  for (const [field, value] of a) if (!b.has(field)) out.push({ field, before: value });
  return out;
}

/** A value as the history shows it: lists joined with commas, long text shortened. */
export function showValue(v: Leaf | undefined, max = 80): string {
  if (v === undefined) return '(none)';
  if (v === null) return '(empty)';
  const s = Array.isArray(v) ? v.map((x) => String(x)).join(', ') : String(v);
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one || '(empty)';
}

/** One change as a line of text: `license: deepseek-license → mit`. */
export function describeChange(c: FieldChange): string {
  if (c.before === undefined) return `${c.field}: added ${showValue(c.after)}`;
  if (c.after === undefined) return `${c.field}: removed (was ${showValue(c.before)})`;
  return `${c.field}: ${showValue(c.before)} → ${showValue(c.after)}`;
}

/** What kind of fact a change is about, for the site-wide list of changes. */
export type FactKind = 'license' | 'openness' | 'figure' | 'terms' | 'status';

const FIGURE =
  /^(parameters|contextWindow|trainingTokens|trainingCompute|architecture\.(experts|activeExperts)|released)(\.|$)|^variants\[[^\]]*\]\.parameters(\.|$)/;

/**
 * The kind of fact a field change records, or undefined for bookkeeping (evidence, notes,
 * sources, prose): a model's license, an openness status, a figure; a license's terms.
 */
export function factKind(collection: string, c: FieldChange): FactKind | undefined {
  const f = c.field;
  if (
    /(^|\.)(evidence|sources|source|note|notes|section|at|summary|accessed)(\.|\[|$)/.test(f) &&
    !/\.status$/.test(f)
  ) {
    if (!(collection === 'licenses' && /^clauses\.[^.]+\.(value|amount)$/.test(f))) return undefined;
  }
  if (collection === 'models') {
    if (f === 'license' || /^variants\[[^\]]*\]\.license$/.test(f)) return 'license';
    if (/^openness\.[^.]+(\.status)?$/.test(f)) return 'openness';
    if (FIGURE.test(f)) return 'figure';
    if (f === 'availability') return 'status';
    return undefined;
  }
  if (collection === 'licenses') {
    if (/^(tier|osiApproved|spdx)$/.test(f) || /^clauses\.[^.]+\.(value|amount)$/.test(f)) return 'terms';
    return undefined;
  }
  return undefined;
}
