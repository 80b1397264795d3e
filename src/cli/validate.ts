/**
 * `npm run validate`: checks all content in seconds, without a build.
 * Prints every problem as `file:line field: message` and exits 1 when there is any.
 * Then lists warnings that do not fail the check: sources no page cites, and placeholders
 * left by `npm run new`.
 *
 * `npm run validate -- --format github` prints each problem as a GitHub Actions workflow
 * command instead (`::error file=…,line=…,title=…::…`, warnings as `::warning`), which GitHub
 * shows on the line of the pull request's changed file (src/checks/github-annotations.ts).
 */
import { checkContent } from '../checks/check-content.ts';
import { contentDir } from '../checks/content-files.ts';
import { formatAnnotations } from '../checks/github-annotations.ts';
import { contentWarnings, formatWarnings } from '../checks/warnings.ts';

const FORMATS = ['text', 'github'] as const;
type Format = (typeof FORMATS)[number];

function formatArg(argv: string[]): Format {
  let value: string | undefined = 'text';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--format') value = argv[++i];
    else if (a.startsWith('--format=')) value = a.slice('--format='.length);
    else {
      console.error(`unknown argument "${a}"; usage: npm run validate [-- --format text|github]`);
      process.exit(2);
    }
  }
  if (!FORMATS.includes(value as Format)) {
    console.error(`--format must be one of ${FORMATS.join(', ')} (got "${value ?? ''}")`);
    process.exit(2);
  }
  return value as Format;
}

const format = formatArg(process.argv.slice(2));
const started = performance.now();
const dir = contentDir();
const { report, entries, problems, list, files, validation } = checkContent(dir);
const warningList = contentWarnings(files, validation.entries);
const warnings = formatWarnings(warningList);
const ms = Math.round(performance.now() - started);
const summary =
  problems > 0
    ? `${problems} problem${problems === 1 ? '' : 's'} in ${entries} entries (${ms} ms): fix them and run npm run validate again.`
    : `content ok: ${entries} entries checked in ${ms} ms`;

if (format === 'github') {
  // Workflow commands are read from standard output.
  const annotations = formatAnnotations(list, warningList);
  if (annotations) console.log(annotations);
  console.log(summary);
  process.exit(problems > 0 ? 1 : 0);
}
if (problems > 0) {
  console.error(report);
  if (warnings) console.error(`\n${warnings}`);
  console.error(`\n${summary}`);
  process.exit(1);
}
if (warnings) console.log(`${warnings}\n`);
console.log(summary);
