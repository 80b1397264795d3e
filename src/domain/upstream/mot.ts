/**
 * Reads the LF AI & Data Model Openness Tool (MOT) from its repository's files: the MOF
 * components and the class each belongs to (the module's settings), the licenses it counts as
 * open (the SPDX list it ships, its open-data list and additions), and one release per file
 * under models/ with the license of each component. Malformed input is a problem naming the
 * file and field, and the sync keeps the old snapshot.
 */
import { parseUpstreamYaml, upstreamText as text } from './read-yaml.ts';
import type { MotComponent, MotModel, MotSnapshot, SnapshotSource, UpstreamProblem } from './types.ts';

export const MOT_FILES = {
  settings: 'web/modules/mof/config/install/mof.settings.yml',
  spdx: 'web/modules/mof/licenses.json',
  handler: 'web/modules/mof/src/LicenseHandler.php',
} as const;

function parseComponents(source: string, problems: UpstreamProblem[]): MotComponent[] {
  const file = MOT_FILES.settings;
  const data = parseUpstreamYaml(file, source, problems, false)?.doc.toJS({ maxAliasCount: 0 }) as
    { components?: unknown } | undefined;
  if (!data) return [];
  if (!Array.isArray(data.components)) {
    problems.push({ file, field: 'components', message: 'expected the list of MOF components' });
    return [];
  }
  const out: MotComponent[] = [];
  data.components.forEach((c: Record<string, unknown>, i: number) => {
    const cls = Number(c.class);
    const type = text(c.content_type);
    if (
      typeof c.id !== 'number' ||
      !text(c.name) ||
      ![1, 2, 3].includes(cls) ||
      !['code', 'data', 'document'].includes(type ?? '')
    ) {
      problems.push({
        file,
        field: `components.${i}`,
        message: 'expected id, name, class 1-3 and content_type code, data or document',
      });
      return;
    }
    out.push({
      id: c.id,
      name: text(c.name)!,
      class: cls as 1 | 2 | 3,
      required: c.required === true,
      contentType: type as MotComponent['contentType'],
    });
  });
  return out;
}

/** The quoted ids of a PHP array constant, e.g. `const OPEN_DATA_LICENSES = ['CC0-1.0', ...];`. */
function phpList(source: string, name: string): string[] | undefined {
  const m = new RegExp(`const\\s+${name}\\s*=\\s*\\[([^\\]]*)\\]`).exec(source);
  return m ? [...m[1]!.matchAll(/'([^']+)'/g)].map((x) => x[1]!) : undefined;
}

function parseOpenLicenses(spdx: string, handler: string, problems: UpstreamProblem[]): string[] {
  const open = new Set<string>();
  try {
    const list = JSON.parse(spdx) as {
      licenses?: { licenseId?: string; isOsiApproved?: boolean; isFsfLibre?: boolean }[];
    };
    for (const l of list.licenses ?? []) if (l.licenseId && (l.isOsiApproved || l.isFsfLibre)) open.add(l.licenseId);
  } catch (e) {
    problems.push({ file: MOT_FILES.spdx, field: '', message: `not valid JSON: ${(e as Error).message}` });
  }
  for (const name of ['OPEN_DATA_LICENSES', 'OPEN_LICENSES']) {
    const ids = phpList(handler, name);
    if (!ids)
      problems.push({
        file: MOT_FILES.handler,
        field: name,
        message: 'list not found: has MOT changed how it decides what is open?',
      });
    for (const id of ids ?? []) open.add(id);
  }
  return [...open].sort();
}

function parseModel(
  file: string,
  source: string,
  known: ReadonlySet<string>,
  problems: UpstreamProblem[],
): MotModel | undefined {
  const data = parseUpstreamYaml(file, source, problems, false)?.doc.toJS({ maxAliasCount: 0 }) as
    { release?: Record<string, unknown> } | undefined;
  if (data === undefined) return undefined;
  const r = data?.release;
  if (!r || typeof r !== 'object') {
    problems.push({ file, field: 'release', message: 'missing (is the file empty or truncated?)' });
    return undefined;
  }
  const name = text(r.name);
  if (!name) problems.push({ file, field: 'release.name', message: 'missing' });
  const license: MotModel['license'] = {};
  const lic = r.license as Record<string, { name?: unknown } | undefined> | null | undefined;
  for (const key of ['distribution', 'code', 'data', 'document'] as const) {
    const n = text(lic?.[key]?.name);
    if (n) license[key] = n;
  }
  const components: MotModel['components'] = [];
  const list = r.components ?? [];
  if (!Array.isArray(list)) problems.push({ file, field: 'release.components', message: 'expected a list' });
  else
    list.forEach((c: Record<string, unknown>, i: number) => {
      const n = text(c?.name);
      if (!n || !known.has(n)) {
        problems.push({
          file,
          field: `release.components.${i}.name`,
          message: `unknown component "${n ?? ''}": expected one of MOT's ${known.size}`,
        });
        return;
      }
      const l = text(c.license);
      components.push(l ? { name: n, license: l } : { name: n });
    });
  return {
    file,
    name: name ?? file,
    version: text(r.version),
    date: text(r.date),
    producer: text(r.producer),
    type: text(r.type),
    huggingface: text(r.huggingface),
    repository: text(r.repository),
    license,
    components,
  };
}

/** The whole tool's data from its files (repository path → text). */
export function parseMot(
  files: ReadonlyMap<string, string>,
  source: SnapshotSource,
): { snapshot?: MotSnapshot; problems: UpstreamProblem[] } {
  const problems: UpstreamProblem[] = [];
  for (const f of Object.values(MOT_FILES))
    if (!files.has(f)) problems.push({ file: f, field: '', message: 'not found: is this the MOT repository?' });
  if (problems.length > 0) return { problems };
  const components = parseComponents(files.get(MOT_FILES.settings)!, problems);
  const openLicenses = parseOpenLicenses(files.get(MOT_FILES.spdx)!, files.get(MOT_FILES.handler)!, problems);
  const known = new Set(components.map((c) => c.name));
  const models: MotModel[] = [];
  for (const [file, body] of [...files].sort(([a], [b]) => a.localeCompare(b, 'en'))) {
    if (!/^models\/[^/]+\.ya?ml$/.test(file)) continue;
    const m = parseModel(file.slice('models/'.length), body, known, problems);
    if (m) models.push(m);
  }
  if (models.length === 0) problems.push({ file: 'models/', field: '', message: 'no model files found' });
  return problems.length > 0 ? { problems } : { snapshot: { source, components, openLicenses, models }, problems };
}
