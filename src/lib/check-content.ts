/**
 * The whole content check in one call: read every file, validate schemas and references,
 * run the integrity rules. Shared by the build integration and `npm run validate`.
 */
import { readContentFiles } from './content-files.ts';
import { integrityProblems } from './integrity.ts';
import { formatProblems, validateFiles, type Problem } from './validate.ts';

export function checkContent(root: string): { report: string; entries: number; problems: number; list: Problem[] } {
  const files = readContentFiles(root);
  const { problems, entries } = validateFiles(files);
  const list = [...problems, ...integrityProblems(entries)];
  return { report: formatProblems(list), entries: files.length, problems: list.length, list };
}
