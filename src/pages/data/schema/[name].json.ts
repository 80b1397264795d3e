/**
 * /data/schema/<collection>.json: the JSON Schema of an export file (an array of records);
 * /data/schema/<collection>.input.json: the schema of the frontmatter a contributor writes.
 * Both generated from the zod schemas in src/schemas/ by zod 4's toJSONSchema.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { COLLECTIONS, type CollectionName } from '../../../exports/records.ts';
import { collectionJsonSchema, docsByPath, withDescriptions } from '../../../exports/json-schema.ts';
import { schemaDocs } from '../../../checks/schema-docs.ts';

export const getStaticPaths = (() =>
  COLLECTIONS.flatMap((collection) => [
    { params: { name: collection }, props: { collection, io: 'output' as const } },
    { params: { name: `${collection}.input` }, props: { collection, io: 'input' as const } },
  ])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { collection, io } = props as { collection: CollectionName; io: 'input' | 'output' };
  // The words of each field come from its JSDoc in src/schemas/ (the same text as /contribute/).
  const docs = docsByPath(schemaDocs().get(collection)?.fields ?? []);
  return new Response(`${JSON.stringify(withDescriptions(collectionJsonSchema(collection, io), docs), null, 1)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
