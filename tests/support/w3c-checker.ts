/**
 * The W3C Nu HTML Checker (npm `vnu-jar`, run with Java 17+) over many HTML files in ONE
 * `java -jar vnu.jar` invocation: one JVM start (about 5 s) whatever the number of pages.
 * Fails loudly, never skips, when Java is missing (`.ci/run` installs a JRE).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface CheckerMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

const require = createRequire(import.meta.url);

/** Path of vnu.jar inside the installed package. */
function vnuJar(): string {
  return join(dirname(require.resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
}

/**
 * Checks every path given (files, or folders of which every .html file is checked) and returns
 * every message the checker prints. Warnings that only hold because the files are read from disk
 * rather than served are left out: a `'self'` Content-Security-Policy source never matches a
 * file: URL, so the checker warns that every stylesheet and script on every page is blocked.
 */
export function runW3cChecker(paths: readonly string[]): CheckerMessage[] {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0)
    throw new Error(
      'java is not installed: the W3C checker needs Java 17 or later (apt-get install default-jre-headless)',
    );
  const run = spawnSync(
    'java',
    ['-Xss4m', '-jar', vnuJar(), '--format', 'json', '--stdout', '--exit-zero-always', '--skip-non-html', ...paths],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 600_000 },
  );
  if (run.error || run.status !== 0) throw new Error(`vnu.jar failed: ${run.error?.message ?? run.stderr}`);
  const { messages } = JSON.parse(run.stdout) as { messages: CheckerMessage[] };
  return messages.filter((m) => !(m.type === 'info' && m.message.includes('violates Content Security Policy')));
}

/** A message as `file:line: type: message`, with the file relative to `root`. */
export function formatCheckerMessage(m: CheckerMessage, root: string): string {
  const file = decodeURIComponent(m.url.replace(/^file:/, '')).replace(`${root}/`, '');
  return `${file}:${m.lastLine ?? 0}: ${m.subType ?? m.type}: ${m.message}`;
}
