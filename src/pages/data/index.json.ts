/** /data/index.json: the machine-readable list of the data files, with counts and the license. */
import type { APIRoute } from 'astro';
import { getSite } from '../../site/entries.ts';
import { DATA_LICENSE } from '../../exports/records.ts';
import { DATA_FILES } from '../../exports/data-files.ts';
import { SITE, absolute } from '../../site.config.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const manifest = {
    name: `${SITE.name} data`,
    site: SITE.url,
    documentation: absolute('/data/'),
    license: DATA_LICENSE,
    files: DATA_FILES.map((f) => ({
      name: f.name,
      entries: f.collection ? site[f.collection].length : site.models.length,
      json: absolute(f.json),
      csv: absolute(f.csv),
      ...(f.schema ? { schema: absolute(f.schema) } : {}),
      ...(f.inputSchema ? { frontmatterSchema: absolute(f.inputSchema) } : {}),
    })),
  };
  return new Response(`${JSON.stringify(manifest, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
