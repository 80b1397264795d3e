/** /data/assessments.csv: the same records as the JSON, one row per model (the notices are in the JSON and on /data/). */
import type { APIRoute } from 'astro';
import { getSite } from '../../site/entries.ts';
import { toCsv } from '../../exports/csv.ts';
import { exportAssessments } from '../../domain/upstream/export-assessments.ts';

export const GET: APIRoute = async () => {
  const { records, columns } = exportAssessments(await getSite());
  // Keys such as "ours.weights" are flat: read them as they are, not as paths.
  const csv = toCsv(records, columns, (r, c) => (r as unknown as Record<string, unknown>)[c]);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
