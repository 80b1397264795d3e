/** The entries of a collection as the exports read them, from the loaded site. */
import type { CollectionName } from '../schemas/shared.ts';

interface SiteLike {
  models: readonly { id: string; data: object; body?: string }[];
  labs: readonly { id: string; data: object; body?: string }[];
  licenses: readonly { id: string; data: object; body?: string }[];
  events: readonly { id: string; data: object; body?: string }[];
  glossary: readonly { id: string; data: object; body?: string }[];
  articles: readonly { id: string; data: object; body?: string }[];
  sources: readonly { id: string; data: object; body?: string }[];
}

export function collectionEntries(
  site: SiteLike,
  collection: CollectionName,
): readonly { id: string; data: object; body?: string }[] {
  return site[collection];
}
