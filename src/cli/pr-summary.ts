/**
 * `npm run pr-summary -- --base <commit>`: the job summary of a pull request's content check,
 * in Markdown: every problem (also shown on its line by `npm run validate -- --format github`)
 * and the pages the pull request adds, changes, renames or removes, as site paths a reviewer
 * can open in the preview artifact or a local build. Appends to $GITHUB_STEP_SUMMARY when set,
 * else prints. Always exits 0: the validate step is the one that fails.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { checkContent } from '../checks/check-content.ts';
import { contentDir } from '../checks/content-files.ts';
import { changedPages, jobSummary } from '../checks/github-annotations.ts';
import { contentWarnings } from '../checks/warnings.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--base');
const base = (at >= 0 ? args[at + 1] : undefined) ?? process.env.BASE_SHA;

let nameStatus = '';
if (base) {
  try {
    nameStatus = execFileSync('git', ['diff', '--name-status', '-M', `${base}...HEAD`, '--', 'content/'], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch (e) {
    console.error(`git diff against ${base} failed (is the history fetched? fetch-depth: 0): ${(e as Error).message}`);
  }
} else console.error('no --base commit (or BASE_SHA): the list of changed pages is left empty');

const dir = contentDir();
const { list, files, validation } = checkContent(dir);
const warnings = contentWarnings(files, validation.entries);
const md = jobSummary(list, changedPages(nameStatus), warnings);
if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, md);
else process.stdout.write(md);
