/**
 * Last-modified date and revision count of every content file, from ONE `git log` pass over
 * the content folder (not one process per file). Without git history (a tarball, a shallow
 * clone with no log) the map is empty and pages fall back to their frontmatter dates.
 */
import { execFileSync } from 'node:child_process';
import { contentDir } from '../checks/content-files.ts';
import { repoRelative } from '../domain/edit-links.ts';

export interface FileHistory {
  /** ISO date (YYYY-MM-DD) of the newest commit that touched the file. */
  lastModified: string;
  /** Number of commits that touched the file. */
  revisions: number;
}

const MARK = '\u0001';

/**
 * Parses `git log --format=<MARK>%cs --name-only` output into per-file history (newest commit
 * first), keyed by the path from the `content/` folder on (as `repoRelative` gives it).
 */
export function parseGitLog(output: string): Map<string, FileHistory> {
  const history = new Map<string, FileHistory>();
  let date = '';
  for (const line of output.split('\n')) {
    if (line.startsWith(MARK)) {
      date = line.slice(1).trim();
      continue;
    }
    const path = line.trim() && repoRelative(line.trim());
    if (!path || !date) continue;
    const known = history.get(path);
    if (known) known.revisions++;
    else history.set(path, { lastModified: date, revisions: 1 });
  }
  return history;
}

const cache = new Map<string, Map<string, FileHistory>>();

/**
 * History of every file of the content folder being built (`OWE_CONTENT_DIR` or `content/`),
 * keyed as `content/models/llama-2.mdx`: one `git log` for the whole folder, once per process.
 * A folder outside any git repository has no history (an empty map).
 */
export function gitHistory(dir: string = contentDir()): Map<string, FileHistory> {
  let history = cache.get(dir);
  if (history) return history;
  try {
    const out = execFileSync(
      'git',
      ['-C', dir, 'log', `--format=${MARK}%cs`, '--name-only', '--no-renames', '--', '.'],
      {
        encoding: 'utf8',
        maxBuffer: 1024 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    history = parseGitLog(out);
  } catch {
    history = new Map();
  }
  cache.set(dir, history);
  return history;
}
