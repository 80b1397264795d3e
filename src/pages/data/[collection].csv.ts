/** /data/<collection>.csv: the same records as the JSON, one row each, nested fields as dotted columns, bodies left out. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../site/entries.ts';
import { COLLECTIONS, exportRecords, type CollectionName } from '../../exports/records.ts';
import { collectionJsonSchema } from '../../exports/json-schema.ts';
import { csvColumns, toCsv } from '../../exports/csv.ts';

export const getStaticPaths = (() => COLLECTIONS.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const collection = params.collection as CollectionName;
  const records = exportRecords(collection, (await getSite())[collection]);
  const columns = csvColumns(collectionJsonSchema(collection, 'output').items!);
  return new Response(toCsv(records, columns), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
