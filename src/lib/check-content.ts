/**
 * The whole content check in one call: read every file, validate schemas and references,
 * parse bodies through the MDX guard, run the integrity rules. Shared by the build integration and `npm run validate`.
 */
import { bodyProblems } from './body-check.ts';
import { contentDir, readContentFiles } from './content-files.ts';
import { integrityProblems } from './integrity.ts';
import { lineageProblems } from './lineage.ts';
import { formatProblems, validateFiles, type Problem } from './validate.ts';

export function checkContent(dir: string = contentDir()): {
  report: string;
  entries: number;
  problems: number;
  list: Problem[];
} {
  const files = readContentFiles(dir);
  const { problems, entries } = validateFiles(files);
  const list = [...problems, ...bodyProblems(files), ...integrityProblems(entries), ...lineageProblems(entries)];
  return { report: formatProblems(list), entries: files.length, problems: list.length, list };
}
