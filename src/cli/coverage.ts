/**
 * `npm run coverage [-- --strict]`: how far the content is from the edition 2 targets (entries
 * per collection, facts recorded with their sources, openness cells known, citations needed).
 * Prints a Markdown table; with --strict, exits 1 while any target is not met.
 */
import { contentDir, readContentFiles } from '../checks/content-files.ts';
import { coverageTable, coverageTargets, met } from '../checks/coverage.ts';
import { validateFiles } from '../checks/validate.ts';

const { entries, gaps, problems } = validateFiles(readContentFiles(contentDir()));
const targets = coverageTargets(entries, gaps);
console.log(coverageTable(targets));
const unmet = targets.filter((t) => !met(t)).length;
console.log(
  `\n${targets.length - unmet} of ${targets.length} targets met` +
    (problems.length > 0 ? ` (${problems.length} entries with schema problems left out: run npm run validate)` : ''),
);
if (process.argv.includes('--strict') && unmet > 0) process.exit(1);
