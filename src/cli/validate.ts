/**
 * `npm run validate`: checks all content in seconds, without a build.
 * Prints every problem as `file:line field: message` and exits 1 when there is any.
 */
import { checkContent } from '../lib/check-content.ts';

const started = performance.now();
const { report, entries, problems } = checkContent();
if (problems > 0) {
  console.error(report);
  process.exit(1);
}
console.log(`content ok: ${entries} entries checked in ${Math.round(performance.now() - started)} ms`);
