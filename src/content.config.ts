/**
 * Wiring only: each collection is a glob over its folder in ../content, checked by the
 * schema in src/schemas. References are Astro's `reference()`; that they point at entries
 * that exist is checked before the build starts (src/integrations/content-check.ts).
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { eventSchema } from './schemas/event.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { COLLECTION_SPECS, type CollectionName } from './schemas/index.ts';
import { contentDir } from './checks/content-files.ts';
import { labSchema } from './schemas/lab.ts';
import { licenseSchema } from './schemas/license.ts';
import { modelSchema } from './schemas/model.ts';
import type { EntryRef, RefFn } from './schemas/shared.ts';
import type { z } from 'astro/zod';
import { sourceSchema } from './schemas/source.ts';

// Astro's reference() parses to { id, collection }, the EntryRef our schemas declare.
const ref: RefFn = (collection) => reference(collection) as unknown as z.ZodType<EntryRef>;

/** One folder level, like the validator; files whose name starts with `_` are never published. */
const files = (name: CollectionName) => {
  const { dir, ext } = COLLECTION_SPECS[name];
  return glob({ base: `${contentDir()}/${dir}`, pattern: `[!_]*.${ext}` });
};

export const collections = {
  articles: defineCollection({ loader: files('articles'), schema: articleSchema(ref) }),
  glossary: defineCollection({ loader: files('glossary'), schema: glossarySchema(ref) }),
  models: defineCollection({ loader: files('models'), schema: modelSchema(ref) }),
  labs: defineCollection({ loader: files('labs'), schema: labSchema(ref) }),
  licenses: defineCollection({ loader: files('licenses'), schema: licenseSchema(ref) }),
  events: defineCollection({ loader: files('events'), schema: eventSchema(ref) }),
  sources: defineCollection({ loader: files('sources'), schema: sourceSchema() }),
};
