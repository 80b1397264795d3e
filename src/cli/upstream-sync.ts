/**
 * `npm run upstream:sync -- <osai|mot> <local clone or git URL>`: reads the index's files at the
 * clone's HEAD, checks every file, and replaces data/upstream/<name>/ only when all of it is
 * sound, then prints what changed (models added, removed, or with changed classes). On any
 * problem it prints file, line and field and leaves the old snapshot as it was.
 */

import { createRequire } from 'node:module';
import { readContentFiles } from '../checks/content-files.ts';
import { readMapping } from '../domain/upstream/mapping.ts';
import { MOT_FILES, parseMot } from '../domain/upstream/mot.ts';
import { parseOsai } from '../domain/upstream/osai.ts';
import { readRepository } from '../domain/upstream/repository.ts';
import {
  compareSnapshots,
  readSnapshot,
  UPSTREAM_NAMES,
  writeSnapshot,
  type UpstreamName,
} from '../domain/upstream/snapshot.ts';
import {
  formatUpstreamProblem,
  type MotSnapshot,
  type OsaiSnapshot,
  type UpstreamProblem,
} from '../domain/upstream/types.ts';
import { formatProblem } from '../checks/validate.ts';

const REPOSITORIES: Record<UpstreamName, string> = {
  osai: 'https://github.com/Language-Technology-Assessment/main-database',
  mot: 'https://github.com/lfai/model_openness_tool',
};

const [name, location] = process.argv.slice(2);
if (!(UPSTREAM_NAMES as readonly string[]).includes(name ?? '') || !location) {
  console.error(`usage: npm run upstream:sync -- <${UPSTREAM_NAMES.join('|')}> <local clone or git URL>`);
  process.exit(2);
}
const which = name as UpstreamName;

function osaiLicense(): string {
  // The CC BY 4.0 legal code, from the SPDX license list package.
  const cc = createRequire(import.meta.url)('spdx-license-list/licenses/CC-BY-4.0.json') as { licenseText: string };
  return [
    '# European Open Source AI Index database: license and attribution',
    '',
    'The files of this snapshot are derived from the European Open Source AI Index database',
    `(${REPOSITORIES.osai}), by Andreas Liesenfeld, Dick Blankvoort, Nityaa Kalra and Mark Dingemanse`,
    '(Radboud University Nijmegen), licensed under Creative Commons Attribution 4.0 International.',
    'Attribution asked for by the index: a citation of the index files, doi:10.5281/zenodo.15386042',
    '(https://doi.org/10.5281/zenodo.15386042), and a link to https://osai-index.eu/.',
    'Changes: only the structured fields are kept (classes, evidence links, system fields); the',
    'upstream notes are left out. The encyclopedia links each model to its upstream file for them.',
    '',
    '---',
    '',
    cc.licenseText,
  ].join('\n');
}

let problems: UpstreamProblem[];
let snapshot: OsaiSnapshot | MotSnapshot | undefined;
let license = '';
try {
  const keep =
    which === 'osai'
      ? (p: string) => !p.includes('/') && /\.ya?ml$/.test(p)
      : (p: string) => p.startsWith('models/') || (Object.values(MOT_FILES) as string[]).includes(p) || p === 'LICENSE';
  const repo = readRepository(location, keep);
  const source = { repository: REPOSITORIES[which], commit: repo.commit, date: repo.date };
  ({ snapshot, problems } = which === 'osai' ? parseOsai(repo.files, source) : parseMot(repo.files, source));
  license =
    which === 'osai'
      ? osaiLicense()
      : `# Model Openness Tool: license\n\nFrom ${REPOSITORIES.mot}.\n\n${repo.files.get('LICENSE') ?? ''}`;
} catch (e) {
  console.error(`upstream:sync ${which}: ${(e as Error).message}`);
  process.exit(1);
}
if (!snapshot || problems.length > 0) {
  console.error(`upstream:sync ${which}: ${problems.length} problem(s); the snapshot was not changed:`);
  for (const p of problems) console.error(`  ${formatUpstreamProblem(p)}`);
  process.exit(1);
}

// The mapping must still hold against the new snapshot.
const modelIds = new Set(readContentFiles(undefined, ['models']).map((f) => f.id));
const { problems: mappingProblems } = readMapping(modelIds, {
  osai: which === 'osai' ? (snapshot as OsaiSnapshot) : readSnapshot('osai'),
  mot: which === 'mot' ? (snapshot as MotSnapshot) : readSnapshot('mot'),
});
if (mappingProblems.length > 0) {
  console.error(`upstream:sync ${which}: the mapping does not fit the new snapshot; the snapshot was not changed:`);
  for (const p of mappingProblems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}

const before = readSnapshot(which);
const changes = compareSnapshots(which, before, snapshot);
writeSnapshot(which, snapshot, license);
console.log(
  `${which}: ${snapshot.models.length} models from ${snapshot.source.repository} at ${snapshot.source.commit.slice(0, 12)} (${snapshot.source.date})`,
);
// A first sync adds everything: name the files only when there are few enough to read.
const some = (files: string[]) => (files.length > 0 && files.length <= 30 ? ` (${files.join(', ')})` : '');
console.log(`  added: ${changes.added.length}${some(changes.added)}`);
console.log(`  removed: ${changes.removed.length}${some(changes.removed)}`);
console.log(`  classes changed: ${changes.changed.length}`);
for (const c of changes.changed) console.log(`    ${c.name}: ${c.changes.join('; ')}`);
