/**
 * Reads the European Open Source AI Index (OSAI) from its repository's files: the criteria
 * from _parameters.yml, then one family per YAML file, each criterion with its class and
 * evidence links. Any malformed or truncated file, unknown class or missing criterion is a
 * problem naming the file, line and field: the sync then keeps the old snapshot.
 */
import { isMap, type Document, type LineCounter } from 'yaml';
import { parseUpstreamYaml, upstreamText as text } from './read-yaml.ts';
import {
  OSAI_CLASSES,
  type OsaiClass,
  type OsaiCriterion,
  type OsaiModel,
  type OsaiSnapshot,
  type SnapshotSource,
  type UpstreamProblem,
} from './types.ts';

const SKIP = /^(_|a_submission_template|readme)/i;

/** The line of a top-level key, for messages. */
function lineOfKey(doc: Document, lines: LineCounter, key: string): number | undefined {
  if (!isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((p) => (p.key as { value?: unknown })?.value === key);
  const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
  return range ? lines.linePos(range[0]).line : undefined;
}

/** Evidence links: a URL, a list of URLs, or nothing. Only http(s) addresses are kept. */
function links(v: unknown): string[] {
  const all = Array.isArray(v) ? v : v === null || v === undefined ? [] : [v];
  return all.map((x) => String(x).trim()).filter((x) => /^https?:\/\//.test(x));
}

/** The criteria, in the index's order, from _parameters.yml. */
function parseOsaiCriteria(source: string, problems: UpstreamProblem[]): OsaiCriterion[] {
  const parsed = parseUpstreamYaml('_parameters.yml', source, problems);
  if (!parsed) return [];
  const groups = parsed.doc.toJS({ maxAliasCount: 0 }) as unknown;
  const criteria: OsaiCriterion[] = [];
  if (!Array.isArray(groups)) {
    problems.push({ file: '_parameters.yml', field: '', message: 'expected a list of criteria groups' });
    return [];
  }
  for (const g of groups as { name?: unknown; params?: unknown }[]) {
    for (const p of (Array.isArray(g.params) ? g.params : []) as { ref?: unknown; name?: unknown }[]) {
      const ref = text(p.ref);
      if (ref) criteria.push({ ref, name: text(p.name) ?? ref, group: text(g.name) ?? '' });
    }
  }
  if (criteria.length === 0)
    problems.push({ file: '_parameters.yml', field: '', message: 'no criteria found (is the file truncated?)' });
  return criteria;
}

/** One family file. */
function parseOsaiModel(
  file: string,
  source: string,
  criteria: readonly OsaiCriterion[],
  problems: UpstreamProblem[],
): OsaiModel | undefined {
  const parsed = parseUpstreamYaml(file, source, problems);
  if (!parsed) return undefined;
  const { doc, lines } = parsed;
  const data = doc.toJS({ maxAliasCount: 0 }) as Record<string, unknown> | null;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file, field: '', message: 'expected a map of fields (is the file empty or truncated?)' });
    return undefined;
  }
  const system = (data.system ?? {}) as Record<string, unknown>;
  const name = text(system.name);
  if (!name) problems.push({ file, line: lineOfKey(doc, lines, 'system'), field: 'system.name', message: 'missing' });
  const result: OsaiModel = {
    file,
    name: name ?? file,
    link: text(system.link),
    type: text(system.type),
    organization: text((data.org as Record<string, unknown> | undefined)?.name),
    releaseDate: text(system.releasedate),
    baseModel: text(system.basemodelname),
    endModel: text(system.endmodelname),
    endModelLicense: text(system.endmodellicense),
    criteria: {},
  };
  for (const c of criteria) {
    const entry = data[c.ref] as Record<string, unknown> | null | undefined;
    if (entry === undefined || entry === null || typeof entry !== 'object') {
      problems.push({
        file,
        field: c.ref,
        message: `criterion "${c.ref}" is missing (every family states all ${criteria.length})`,
      });
      continue;
    }
    const raw = text(entry.class)?.toLowerCase();
    if (raw !== undefined && !(OSAI_CLASSES as readonly string[]).includes(raw)) {
      problems.push({
        file,
        line: lineOfKey(doc, lines, c.ref),
        field: `${c.ref}.class`,
        message: `unknown class "${raw}": expected ${OSAI_CLASSES.join(', ')} or empty`,
      });
      continue;
    }
    result.criteria[c.ref] = { class: (raw as OsaiClass | undefined) ?? null, links: links(entry.link) };
  }
  return result;
}

/** The whole index from its files (name → text). */
export function parseOsai(
  files: ReadonlyMap<string, string>,
  source: SnapshotSource,
): { snapshot?: OsaiSnapshot; problems: UpstreamProblem[] } {
  const problems: UpstreamProblem[] = [];
  const params = files.get('_parameters.yml');
  if (params === undefined)
    return { problems: [{ file: '_parameters.yml', field: '', message: 'not found: is this the OSAI repository?' }] };
  const criteria = parseOsaiCriteria(params, problems);
  const models: OsaiModel[] = [];
  for (const [file, body] of [...files].sort(([a], [b]) => a.localeCompare(b, 'en'))) {
    if (!/\.ya?ml$/.test(file) || file.includes('/') || SKIP.test(file)) continue;
    const m = parseOsaiModel(file, body, criteria, problems);
    if (m) models.push(m);
  }
  if (models.length === 0) problems.push({ file: '.', field: '', message: 'no model files found' });
  return problems.length > 0 ? { problems } : { snapshot: { source, criteria, models }, problems };
}
