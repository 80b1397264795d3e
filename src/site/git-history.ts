/**
 * Last-modified date and revision count of every content file, from ONE `git log` pass over
 * the content folder (not one process per file). Without git history (a tarball, a shallow
 * clone with no log) the map is empty and pages fall back to their frontmatter dates.
 */
import { contentDir } from '../checks/content-files.ts';
import { contentHistory } from './entry-history.ts';
import { repoRelative } from '../domain/edit-links.ts';

export interface FileHistory {
  /** ISO date (YYYY-MM-DD) of the newest commit that touched the file. */
  lastModified: string;
  /** Number of commits that touched the file. */
  revisions: number;
}

const MARK = '\u0001';

/**
 * Parses `git log --format=<MARK>%cs --name-only` output (the short form, without renames) into per-file history (newest commit
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

/**
 * History of every file of the content folder being built (`OWE_CONTENT_DIR` or `content/`),
 * keyed as `content/models/llama-2.mdx`, from the one `git log` pass of `entry-history.ts`
 * (renames followed). A folder outside any git repository, or a shallow clone, has no
 * history (an empty map): no count or date rather than a wrong one.
 */
export function gitHistory(dir: string = contentDir()): Map<string, FileHistory> {
  const history = new Map<string, FileHistory>();
  for (const entry of contentHistory(dir).entries.values()) {
    const newest = entry.revisions[0];
    if (!newest || newest.change === 'deleted') continue;
    history.set(`content/${newest.path}`, { lastModified: newest.date, revisions: entry.revisions.length });
  }
  return history;
}
