/** /data/index.json: the machine-readable list of the data files, with counts and the license. */
import type { APIRoute } from 'astro';
import { getSite } from '../../site/entries.ts';
import { DATA_LICENSE } from '../../exports/records.ts';
import { DATA_FILES } from '../../exports/data-files.ts';
import { SITE, absolute } from '../../site.config.ts';
import { contentHistory, dataVersion } from '../../site/entry-history.ts';
import { commitUrl, dayAnchor } from '../../domain/changes.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const manifest = {
    name: `${SITE.name} data`,
    site: SITE.url,
    documentation: absolute('/data/'),
    license: DATA_LICENSE,
    // The data version: the day and commit of the newest change to content/, and the changes
    // since the previous version (null without git history, e.g. a shallow clone).
    version: versionRecord(),
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

function versionRecord() {
  const v = dataVersion(contentHistory());
  if (!v) return null;
  return {
    date: v.date,
    commit: v.commit,
    commitUrl: commitUrl(SITE.repo, v.commit) ?? null,
    changes: absolute(`/changes/#${dayAnchor(v.date)}`),
    previous: v.previous
      ? {
          date: v.previous.date,
          commit: v.previous.commit,
          compare: SITE.repo ? `${SITE.repo}/compare/${v.previous.commit}...${v.commit}` : null,
        }
      : null,
    feed: absolute('/changes.xml'),
  };
}
