/**
 * `npm run upstream:check`: for every model mapped to OSAI or MOT, compares our license, release
 * date and parameter count with what the upstream file states, and prints each mismatch with both
 * values and both sources, then the counts. Exits 0: upstream data has errors too; each mismatch
 * is to be fixed here or explained.
 */
import { contentDir, readContentFiles } from '../checks/content-files.ts';
import { crossCheck } from '../domain/upstream/cross-check.ts';
import { assessModel } from '../domain/upstream/assessments.ts';
import { readMapping } from '../domain/upstream/mapping.ts';
import { readSnapshot } from '../domain/upstream/snapshot.ts';
import { validateFiles } from '../checks/validate.ts';
import type { ModelData } from '../schemas/model.ts';
import type { LicenseData } from '../schemas/license.ts';
import { href } from '../domain/urls.ts';

const { entries } = validateFiles(readContentFiles(contentDir()));
const models = new Map(
  entries.filter((e) => e.file.collection === 'models').map((e) => [e.file.id, e.data as unknown as ModelData]),
);
const licenses = new Map(
  entries.filter((e) => e.file.collection === 'licenses').map((e) => [e.file.id, e.data as unknown as LicenseData]),
);
const snapshots = { osai: readSnapshot('osai'), mot: readSnapshot('mot') };
const { mapping } = readMapping(new Set(models.keys()), snapshots);
const mismatches = crossCheck(
  models,
  (id) => {
    const l = licenses.get(id);
    return l && { id, name: l.name, shortName: l.shortName, spdx: l.spdx };
  },
  snapshots,
  mapping,
);

const explanation = (m: (typeof mismatches)[number]) => mapping.checks.get(`${m.model}.${m.field}.${m.index}`);
for (const m of mismatches) {
  const why = explanation(m);
  console.log(
    `${m.model} ${m.field} (${m.index}): ours "${m.ours}"${m.ourSource ? ` [${m.ourSource}]` : ''}; theirs "${m.theirs}" [${m.theirSource}]`,
  );
  console.log(why ? `    explained: ${why}` : '    not yet fixed or explained');
}
const count = (index: string, field?: string) =>
  mismatches.filter((m) => m.index === index && (!field || m.field === field)).length;
const explained = (index: string) => mismatches.filter((m) => m.index === index && explanation(m)).length;
console.log(`\nmapped: ${mapping.osai.size} OSAI families, ${mapping.mot.size} MOT models`);
for (const index of ['osai', 'mot'])
  console.log(
    `${index}: ${count(index)} mismatches (license ${count(index, 'license')}, release date ${count(index, 'released')}, parameters ${count(index, 'parameters')}); ${explained(index)} explained`,
  );

// The disagreements between the indexes and our record: each is resolved in the content or kept with a note.
const disagreements = [...models.keys()].flatMap(
  (id) =>
    assessModel(
      id,
      (c) => {
        const r = models.get(id)!.openness[c];
        return { status: r?.status ?? 'unknown', href: r?.source ? href('sources', r.source.id) : undefined };
      },
      snapshots,
      mapping,
      mapping.notes,
    ).disagreements,
);
if (process.argv.includes('--disagreements')) {
  console.log('');
  for (const d of disagreements)
    console.log(
      `${d.model}.${d.component}: ${d.a.index} ${d.a.item} ${d.a.value} [${d.a.href ?? ''}] / ${d.b.index} ${d.b.item} ${d.b.value} [${d.b.href ?? ''}]` +
        (d.note ? `\n    kept: ${d.note}` : '\n    not yet resolved or noted'),
    );
}
console.log(
  `disagreements: ${disagreements.length}, ${disagreements.filter((d) => d.note).length} kept with a note (list them with -- --disagreements)`,
);
