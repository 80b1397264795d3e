/** /data/<collection>.json: every entry of a collection, sorted by id, references as ids. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../site/entries.ts';
import { COLLECTIONS, exportRecords, type CollectionName } from '../../exports/records.ts';

export const getStaticPaths = (() => COLLECTIONS.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const collection = params.collection as CollectionName;
  const records = exportRecords(collection, (await getSite())[collection]);
  return new Response(`${JSON.stringify(records, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
