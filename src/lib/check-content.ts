/**
 * The whole content check in one call: read every file, validate schemas and references,
 * parse bodies through the MDX guard, run the integrity rules. Shared by the build integration and `npm run validate`.
 */
import { bodyProblems, contentLookup } from './body-check.ts';
import { contentDir, readContentFiles } from './content-files.ts';
import { integrityProblems } from './integrity.ts';
import { lineageProblems } from './lineage.ts';
import { formatProblems, validateFiles, type Problem } from './validate.ts';
import { readMapping } from './upstream/mapping.ts';
import { readSnapshot, upstreamDir } from './upstream/snapshot.ts';

export function checkContent(dir: string = contentDir()): {
  report: string;
  entries: number;
  problems: number;
  list: Problem[];
} {
  const files = readContentFiles(dir);
  const { problems, entries, gaps } = validateFiles(files);
  const modelIds = new Set(files.filter((f) => f.collection === 'models').map((f) => f.id));
  const up = upstreamDir(dir);
  const snapshots = { osai: readSnapshot('osai', up), mot: readSnapshot('mot', up) };
  const upstream = readMapping(modelIds, snapshots, up).problems;
  const list = [
    ...problems,
    // A value without the document that states it is refused like any other problem.
    ...gaps,
    ...bodyProblems(files, contentLookup(files, entries)),
    ...integrityProblems(entries),
    ...lineageProblems(entries),
    ...upstream,
  ];
  return { report: formatProblems(list), entries: files.length, problems: list.length, list };
}
