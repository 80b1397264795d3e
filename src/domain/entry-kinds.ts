/**
 * The kinds of entry page, from the collection names: the word above each entry's title and
 * the search's `type` facet. A new collection fails to compile here until it has a word.
 */
import type { CollectionName } from '../schemas/shared.ts';

/** Collections with a page per entry (sources are anchors on /sources/). */
export type PageCollection = Exclude<CollectionName, 'sources'>;

/** What one entry of each collection is, in the order readers look for them in search. */
export const ENTRY_KINDS = {
  models: 'Model',
  labs: 'Lab',
  licenses: 'License',
  glossary: 'Glossary term',
  articles: 'Article',
  events: 'Event',
} as const satisfies Record<PageCollection, string>;

export type EntryKind = (typeof ENTRY_KINDS)[PageCollection];

/** The `type` facet's values in display order. */
export const TYPE_ORDER: readonly EntryKind[] = Object.values(ENTRY_KINDS);
