/**
 * Last-modified date and revision count of every content file, from ONE `git log` pass over
 * the content folder (not one process per file). Without git history (a tarball, a shallow
 * clone with no log) the map is empty and pages fall back to their frontmatter dates.
 */
import { execFileSync } from 'node:child_process';

export interface FileHistory {
  /** ISO date (YYYY-MM-DD) of the newest commit that touched the file. */
  lastModified: string;
  /** Number of commits that touched the file. */
  revisions: number;
}

const MARK = '\u0001';

/** Parses `git log --format=<MARK>%cs --name-only` output into per-file history (newest commit first). */
export function parseGitLog(output: string): Map<string, FileHistory> {
  const history = new Map<string, FileHistory>();
  let date = '';
  for (const line of output.split('\n')) {
    if (line.startsWith(MARK)) {
      date = line.slice(1).trim();
      continue;
    }
    const path = line.trim();
    if (!path || !date) continue;
    const known = history.get(path);
    if (known) known.revisions++;
    else history.set(path, { lastModified: date, revisions: 1 });
  }
  return history;
}

let cached: Map<string, FileHistory> | undefined;

/** History of every file under `dir` (paths relative to the repository root, as git prints them). */
export function gitHistory(dir = 'content'): Map<string, FileHistory> {
  if (cached) return cached;
  try {
    const out = execFileSync('git', ['log', `--format=${MARK}%cs`, '--name-only', '--no-renames', '--', dir], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    cached = parseGitLog(out);
  } catch {
    cached = new Map();
  }
  return cached;
}
