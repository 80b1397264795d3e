/** /data/model-verdicts.csv: the derived verdicts of every model, one row each. */
import type { APIRoute } from 'astro';
import { getSite } from '../../site/entries.ts';
import { toCsv, verdictColumns } from '../../exports/csv.ts';
import { VERDICT_REQUIREMENTS, verdictRecords } from '../../exports/verdict-records.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const records = verdictRecords(site.modelRecord.values());
  // The keys are flat (osaid.weights is one key): read them as they are, not as paths.
  const csv = toCsv(records, verdictColumns(VERDICT_REQUIREMENTS), (r, c) => (r as unknown as Record<string, unknown>)[c]);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
