/**
 * What the encyclopedia asks of an entry beyond its schema: that every value names the document
 * stating it. A model's infobox figures need `evidence`, every openness status but "unknown"
 * needs a source, every license clause names the section that decides it, and every source can
 * be found again (URL, date, accessed date). Pure: the validator turns each gap into a problem
 * at the field's line, and `npm run coverage` counts them.
 */
import { CLAUSE_KEYS } from '../schemas/license.ts';
import { EVIDENCED_FIELDS, OPENNESS_COMPONENTS } from '../schemas/model.ts';
import type { CollectionName } from '../schemas/shared.ts';

export interface Gap {
  /** Path of the field in the frontmatter. */
  path: (string | number)[];
  message: string;
}

type Data = Record<string, unknown>;
const has = (v: unknown): boolean => v !== undefined && v !== null;

function modelGaps(d: Data): Gap[] {
  const gaps: Gap[] = [];
  const evidence = (d.evidence ?? {}) as Data;
  for (const field of EVIDENCED_FIELDS) {
    if (has(d[field]) && !has(evidence[field]))
      gaps.push({
        path: [field],
        message: `no source for this value: add "${field}: <source id>" under evidence (or { source, at } to name the section)`,
      });
  }
  const openness = (d.openness ?? {}) as Record<string, { status: string; source?: unknown } | undefined>;
  for (const key of OPENNESS_COMPONENTS) {
    const c = openness[key];
    if (c && c.status !== 'unknown' && !has(c.source))
      gaps.push({
        path: ['openness', key, 'source'],
        message: `status "${c.status}" needs the document that shows it: add source: <source id> (or set status: unknown)`,
      });
  }
  return gaps;
}

function licenseGaps(d: Data): Gap[] {
  const clauses = (d.clauses ?? {}) as Record<string, { value: string; section?: string } | undefined>;
  const gaps: Gap[] = [];
  for (const key of CLAUSE_KEYS) {
    const c = clauses[key];
    if (c && c.value !== 'unknown' && !has(c.section))
      gaps.push({
        path: ['clauses', key, 'section'],
        message: `name the section of the license that decides this clause, e.g. section: "§2 Additional Commercial Terms"`,
      });
  }
  return gaps;
}

function sourceGaps(d: Data): Gap[] {
  const gaps: Gap[] = [];
  if (!has(d.url) && !has(d.noUrl))
    gaps.push({
      path: ['url'],
      message: 'a source needs its https URL (only a document with no address at all may write noUrl: <why> instead)',
    });
  if (!has(d.date))
    gaps.push({ path: ['date'], message: 'a source needs its publication date: YYYY, YYYY-MM or YYYY-MM-DD' });
  if (has(d.url) && !has(d.accessed))
    gaps.push({ path: ['accessed'], message: 'a source needs the day its URL was read: accessed: YYYY-MM-DD' });
  return gaps;
}

/** Every gap in one validated entry of `collection`. */
export function completenessGaps(collection: CollectionName, data: Data): Gap[] {
  if (collection === 'models') return modelGaps(data);
  if (collection === 'licenses') return licenseGaps(data);
  if (collection === 'sources') return sourceGaps(data);
  return [];
}
