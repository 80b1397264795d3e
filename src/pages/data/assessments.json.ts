/** /data/assessments.json: every model's record beside OSAI and MOT, with the upstream notices. */
import type { APIRoute } from 'astro';
import { getSite } from '../../site/entries.ts';
import { exportAssessments } from '../../domain/upstream/export-assessments.ts';

export const GET: APIRoute = async () => {
  const { notices, records } = exportAssessments(await getSite());
  return new Response(`${JSON.stringify({ notices, records }, null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
