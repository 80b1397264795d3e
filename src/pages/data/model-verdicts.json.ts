/** /data/model-verdicts.json: each model's derived verdicts (score, OSAID 1.0 checklist, MOF-style class, lineage check). */
import type { APIRoute } from 'astro';
import { getSite } from '../../site/entries.ts';
import { verdictRecords } from '../../exports/verdict-records.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(`${JSON.stringify(verdictRecords(site.modelRecord.values()), null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
