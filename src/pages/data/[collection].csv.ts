/** /data/<collection>.csv: the same records as the JSON, one row each, nested fields as dotted columns, bodies left out. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../lib/entries.ts';
import { COLLECTIONS, collectionJsonSchema, csvColumns, exportRecords, toCsv, type CollectionName } from '../../lib/exports.ts';

export const getStaticPaths = (() => COLLECTIONS.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const collection = params.collection as CollectionName;
  const records = exportRecords(collection, (await getSite())[collection]);
  const columns = csvColumns(collectionJsonSchema(collection, 'output').items!);
  return new Response(toCsv(records, columns), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
