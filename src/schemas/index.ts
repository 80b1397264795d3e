/**
 * The registry of collections: where each lives and which schema checks it.
 * content.config.ts, the validator and the tests all read this one table.
 */
import type { z } from 'astro/zod';
import { articleSchema } from './article.ts';
import { eventSchema } from './event.ts';
import { glossarySchema } from './glossary.ts';
import { labSchema } from './lab.ts';
import { licenseSchema } from './license.ts';
import { modelSchema } from './model.ts';
import { type CollectionName, type RefFn } from './shared.ts';
import { sourceSchema } from './source.ts';

export interface CollectionSpec {
  /** Folder under `content/`. */
  dir: string;
  /** File extension of its entries. */
  ext: 'mdx' | 'yaml';
  schema: (ref: RefFn) => z.ZodType;
}

export const COLLECTION_SPECS: Record<CollectionName, CollectionSpec> = {
  articles: { dir: 'articles', ext: 'mdx', schema: articleSchema },
  glossary: { dir: 'glossary', ext: 'mdx', schema: glossarySchema },
  models: { dir: 'models', ext: 'mdx', schema: modelSchema },
  labs: { dir: 'labs', ext: 'mdx', schema: labSchema },
  licenses: { dir: 'licenses', ext: 'mdx', schema: licenseSchema },
  events: { dir: 'events', ext: 'mdx', schema: eventSchema },
  sources: { dir: 'sources', ext: 'yaml', schema: () => sourceSchema() },
};

export { COLLECTIONS, SINGULAR, type CollectionName } from './shared.ts';

/** Where an entry's file lives in the repository, e.g. `content/models/llama-2.mdx` (for edit links and git history). */
export function repoPath(collection: CollectionName, id: string): string {
  const { dir, ext } = COLLECTION_SPECS[collection];
  return `content/${dir}/${id}.${ext}`;
}
