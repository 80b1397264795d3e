/**
 * The data exports' records: every entry with its id, the path of its page and its fields
 * (references as ids), and the license of the data. Pure; the endpoints in src/pages/data/
 * only feed entries in.
 */
import { COLLECTION_SPECS } from '../schemas/index.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/shared.ts';
import { href } from '../domain/urls.ts';

export { COLLECTIONS };

export type { CollectionName };

/**
 * One exported entry: its id, the path of its page, its fields (references as ids) and, for
 * MDX entries, its Markdown body. (`page`, not `url`: licenses and sources have a `url` field.)
 */
export type ExportRecord = { id: string; page: string } & Record<string, unknown>;

/** Replaces Astro references ({ collection, id }) by their id, however deep; keeps everything else. */
export function plainValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainValue);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.collection === 'string' && typeof o.id === 'string' && Object.keys(o).length === 2) return o.id;
    return Object.fromEntries(
      Object.entries(o)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, plainValue(v)]),
    );
  }
  return value;
}

/** An entry as exported. */
function exportRecord(collection: CollectionName, entry: { id: string; data: object; body?: string }): ExportRecord {
  const record: ExportRecord = {
    id: entry.id,
    page: href(collection, entry.id),
    ...(plainValue(entry.data) as Record<string, unknown>),
  };
  if (COLLECTION_SPECS[collection].ext === 'mdx') record.body = (entry.body ?? '').trim();
  return record;
}

/** Entries sorted by id, so an export's order never depends on display order. */
export function exportRecords(
  collection: CollectionName,
  entries: readonly { id: string; data: object; body?: string }[],
): ExportRecord[] {
  return [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((e) => exportRecord(collection, e));
}

/** The license of the data exports, stated on /data/ and in /data/index.json. An editorial choice, set here once. */
export const DATA_LICENSE = {
  name: 'Creative Commons Attribution 4.0 International',
  spdx: 'CC-BY-4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** The derived verdicts of one model, flat, for /data/model-verdicts.json and .csv. */
export interface VerdictRecord {
  id: string;
  page: string;
  name: string;
  score: number;
  scoreMax: number;
  partsRecorded: number;
  parts: number;
  osaid: string;
  [requirement: `osaid.${string}`]: string;
  mofClass: string;
  mofPossible: string;
  lineageCheck: string;
}
