/**
 * `npm run validate`: checks all content in seconds, without a build.
 * Prints every problem as `file:line field: message` and exits 1 when there is any.
 * Then lists warnings that do not fail the check: sources no page cites, and placeholders
 * left by `npm run new`.
 */
import { checkContent } from '../checks/check-content.ts';
import { contentDir } from '../checks/content-files.ts';
import { contentWarnings, formatWarnings } from '../checks/warnings.ts';

const started = performance.now();
const dir = contentDir();
const { report, entries, problems, files, validation } = checkContent(dir);
const warnings = formatWarnings(contentWarnings(files, validation.entries));
const ms = Math.round(performance.now() - started);
if (problems > 0) {
  console.error(report);
  if (warnings) console.error(`\n${warnings}`);
  console.error(
    `\n${problems} problem${problems === 1 ? '' : 's'} in ${entries} entries (${ms} ms): fix them and run npm run validate again.`,
  );
  process.exit(1);
}
if (warnings) console.log(`${warnings}\n`);
console.log(`content ok: ${entries} entries checked in ${ms} ms`);
