/**
 * What the history pages, the "Changes to the record" sections, /changes/ and its feed show,
 * computed from the one history pass (src/site/entry-history.ts). Pure: the history, the
 * entries' names and the repository come in.
 */
import { href } from './urls.ts';
import type { CollectionName } from '../schemas/shared.ts';
import type { ContentHistory, EntryHistory, Revision } from '../site/entry-history.ts';
import { describeChange, factKind, type FactKind, type FieldChange } from './field-changes.ts';

/** The commit on GitHub, or undefined when no repository is known. */
export function commitUrl(repo: string | undefined, commit: string): string | undefined {
  return repo ? `${repo}/commit/${commit}` : undefined;
}

/** The history page of an entry: `/models/llama-2/history/`. */
export const historyPath = (collection: Exclude<CollectionName, 'sources'>, id: string): string =>
  `${href(collection, id)}history/`;

/** Revisions that changed the entry's recorded fields (the "Changes to the record"), newest first. */
export function recordChanges(h: EntryHistory | undefined): Revision[] {
  return (h?.revisions ?? []).filter((r) => r.fields.length > 0);
}

export type ChangeKind = FactKind | 'new';

/** One change to facts on the site, for /changes/ and the feed. */
export interface SiteChange {
  kind: ChangeKind;
  collection: 'models' | 'licenses';
  id: string;
  /** The entry's name now. */
  name: string;
  commit: string;
  date: string;
  time: string;
  subject: string;
  /** The fact fields the commit changed (none for a new entry). */
  fields: FieldChange[];
}

const PRIORITY: ChangeKind[] = ['new', 'license', 'terms', 'openness', 'status', 'figure'];

export const KIND_LABELS: Record<ChangeKind, { models: string; licenses: string }> = {
  new: { models: 'New model', licenses: 'New license' },
  license: { models: 'License changed', licenses: 'License changed' },
  terms: { models: 'Terms changed', licenses: 'Terms changed' },
  openness: { models: 'Openness status changed', licenses: 'Openness status changed' },
  status: { models: 'Availability changed', licenses: 'Availability changed' },
  figure: { models: 'Figure corrected', licenses: 'Figure corrected' },
};

/**
 * Every change to facts across the site, newest first: new models and licenses, a model's
 * license, openness statuses, figures, availability; a license's tier and clauses. Only
 * entries that exist now are listed (`names` holds them, by `<collection>/<id>`).
 */
export function siteChanges(h: ContentHistory, names: ReadonlyMap<string, string>): SiteChange[] {
  const out: SiteChange[] = [];
  for (const entry of h.entries.values()) {
    const [collection, id] = entry.key.split('/') as [string, string];
    if (collection !== 'models' && collection !== 'licenses') continue;
    const name = names.get(entry.key);
    if (name === undefined) continue;
    const oldest = entry.revisions.at(-1);
    for (const r of entry.revisions) {
      const base = { collection, id, name, commit: r.commit, date: r.date, time: r.time, subject: r.subject } as const;
      if (r === oldest && r.change === 'added') {
        out.push({ ...base, kind: 'new', fields: [] });
        continue;
      }
      const facts = r.fields.filter((f) => factKind(collection, f));
      if (facts.length === 0) continue;
      const kinds = new Set(facts.map((f) => factKind(collection, f)!));
      out.push({ ...base, kind: PRIORITY.find((k) => kinds.has(k as FactKind))!, fields: facts });
    }
  }
  return out.sort((a, b) => b.time.localeCompare(a.time) || a.name.localeCompare(b.name));
}

/** A change in one line: `Llama 2: license llama-2-community → mit`. */
export function changeTitle(c: SiteChange): string {
  if (c.kind === 'new') return `${KIND_LABELS.new[c.collection]}: ${c.name}`;
  const first = c.fields.slice(0, 2).map(describeChange).join('; ');
  const more = c.fields.length > 2 ? ` (+${c.fields.length - 2} more)` : '';
  return `${c.name}: ${first}${more}`;
}

/** Changes grouped by day, newest day first. */
export function byDay<T extends { date: string }>(list: readonly T[]): [string, T[]][] {
  const days = new Map<string, T[]>();
  for (const c of list) {
    const day = days.get(c.date);
    if (day) day.push(c);
    else days.set(c.date, [c]);
  }
  return [...days];
}

/** The anchor of a day on /changes/: `d-2026-11-29`. */
export const dayAnchor = (date: string): string => `d-${date}`;

/** How many of the site's changes the /changes/ page lists (older ones are on each entry's history page). */
export const CHANGES_PAGE_LIMIT = 400;
/** How many items the feed carries. */
export const CHANGES_FEED_LIMIT = 100;
