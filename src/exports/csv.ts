/** The CSV exports: columns from the record schema, cells as text, written by csv-stringify (RFC 4180). */
import { stringify } from 'csv-stringify/sync';
import { inertCell } from './csv-cell.ts';
import { type JsonSchema } from './json-schema.ts';

/**
 * The CSV columns of a collection, from its record schema: one per leaf field, nested
 * objects as dotted paths (`parameters.total`), arrays as one column. The body is left out.
 */
export function csvColumns(recordSchema: JsonSchema): string[] {
  const columns: string[] = [];
  const walk = (s: JsonSchema, prefix: string) => {
    for (const [key, child] of Object.entries(s.properties ?? {})) {
      if (!prefix && key === 'body') continue;
      const path = prefix ? `${prefix}.${key}` : key;
      const obj = resolveObject(child);
      if (obj) walk(obj, path);
      else columns.push(path);
    }
  };
  walk(recordSchema, '');
  return columns;
}

/** The object schema inside a property, if it is one (optional objects come wrapped in anyOf). */
export function resolveObject(s: JsonSchema): JsonSchema | undefined {
  if (s.properties) return s;
  for (const alt of (s.anyOf as JsonSchema[] | undefined) ?? []) if (alt.properties) return alt;
  return undefined;
}

/** The value at a dotted path. */
export function valueAt(record: Record<string, unknown>, path: string): unknown {
  let v: unknown = record;
  for (const k of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

/** A cell as text: arrays joined with "; ", objects as JSON, nothing as empty. */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(cellText).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * Records as CSV text (RFC 4180, csv-stringify): a header row of column names, one row per
 * record, CRLF line ends. A text cell that a spreadsheet would run as a formula starts with an
 * apostrophe (src/exports/csv-cell.ts). Columns are dotted paths unless `get` says otherwise.
 */
export function toCsv<R extends object>(
  records: readonly R[],
  columns: readonly string[],
  get: (record: R, column: string) => unknown = (r, c) => valueAt(r as Record<string, unknown>, c),
): string {
  const rows = records.map((r) =>
    columns.map((c) => {
      const value = get(r, c);
      return inertCell(value, cellText(value));
    }),
  );
  return stringify([[...columns], ...rows], { record_delimiter: 'windows' });
}

/** Columns of the verdicts export, in order. */
export function verdictColumns(requirementKeys: readonly string[]): string[] {
  return [
    'id',
    'page',
    'name',
    'score',
    'scoreMax',
    'partsRecorded',
    'parts',
    'osaid',
    ...requirementKeys.map((k) => `osaid.${k}`),
    'mofClass',
    'mofPossible',
    'lineageCheck',
  ];
}
