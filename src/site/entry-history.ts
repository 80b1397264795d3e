/**
 * The history of every entry, from ONE `git log` pass over the content folder (not one process
 * per file), with renames followed (`--raw -M`): each revision's commit, date, message, and
 * which frontmatter fields changed from what to what.
 *
 * Three git processes per build, whatever the number of entries:
 *   1. `git rev-parse --is-shallow-repository` (a shallow clone's history would be wrong);
 *   2. `git log --raw -M --no-abbrev` over the folder: every commit, with each file's old and
 *      new blob ids and renames;
 *   3. `git cat-file --batch`, fed every blob id at once: the file at each revision, whose
 *      frontmatter is parsed to compare fields.
 *
 * Without history (not a repository, no commits) or with a shallow one, the map is empty and
 * `state` says why: pages then show no revision counts or dates rather than wrong ones.
 */
import { execFileSync } from 'node:child_process';
import { contentDir } from '../checks/content-files.ts';
import { parseYaml, splitFrontmatter } from '../checks/frontmatter.ts';
import { fieldChanges, type FieldChange } from '../domain/field-changes.ts';

type HistoryState = 'full' | 'shallow' | 'none';

export interface Revision {
  /** Full commit id. */
  commit: string;
  /** Committer date, `YYYY-MM-DD`. */
  date: string;
  /** Committer date and time, ISO 8601. */
  time: string;
  author: string;
  /** The first line of the commit message. */
  subject: string;
  change: 'added' | 'modified' | 'renamed' | 'deleted';
  /** The file at this revision, relative to the content folder, e.g. `models/llama-2.mdx`. */
  path: string;
  /** For a rename, the former path. */
  from?: string;
  /** Frontmatter fields changed by this revision (none for an addition or deletion). */
  fields: FieldChange[];
  /** Whether the body (the text after the frontmatter) changed. */
  bodyChanged: boolean;
}

export interface EntryHistory {
  /** `<collection>/<id>` of the entry as it is named now, e.g. `models/llama-2`. */
  key: string;
  /** Newest first. */
  revisions: Revision[];
  /** Ids the entry had before a rename, newest first. */
  formerIds: string[];
}

export interface ContentHistory {
  state: HistoryState;
  /** By `<collection>/<id>`. */
  entries: Map<string, EntryHistory>;
  /** Every commit that changed the content folder, newest first (the data versions). */
  commits: CommitInfo[];
}

interface CommitInfo {
  commit: string;
  /** `YYYY-MM-DD`. */
  date: string;
  time: string;
  subject: string;
}

interface RawFile {
  status: string;
  oldBlob: string;
  newBlob: string;
  path: string;
  from?: string;
}

export interface RawCommit {
  commit: string;
  time: string;
  author: string;
  subject: string;
  files: RawFile[];
}

const MARK = '\u0001';
const SEP = '\u001f';
const ZERO = /^0+$/;

/** The `--format` the parser expects. */
export const LOG_FORMAT = `${MARK}%H${SEP}%cI${SEP}%an${SEP}%s`;

/** Parses `git log --format=LOG_FORMAT --raw --no-abbrev [-M]` output, newest commit first. */
export function parseRawLog(output: string): RawCommit[] {
  const commits: RawCommit[] = [];
  let current: RawCommit | undefined;
  for (const line of output.split('\n')) {
    if (line.startsWith(MARK)) {
      const [commit = '', time = '', author = '', subject = ''] = line.slice(1).split(SEP);
      current = { commit, time, author, subject, files: [] };
      commits.push(current);
      continue;
    }
    if (!current || !line.startsWith(':')) continue;
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const [, , oldBlob = '', newBlob = '', status = ''] = line.slice(1, tab).split(' ');
    const paths = line.slice(tab + 1).split('\t');
    if (status.startsWith('R') || status.startsWith('C'))
      current.files.push({ status: status[0]!, oldBlob, newBlob, from: paths[0], path: paths[1] ?? paths[0]! });
    else current.files.push({ status, oldBlob, newBlob, path: paths[0]! });
  }
  return commits;
}

/** `models/llama-2.mdx` → `models/llama-2`; undefined for files that are not entries. */
function entryKey(path: string): string | undefined {
  const m = /^([a-z]+)\/([^/]+)\.(mdx|md|ya?ml)$/.exec(path);
  return m ? `${m[1]}/${m[2]}` : undefined;
}

/** Parses the `git cat-file --batch` output for the requested ids, in order. */
function parseCatFile(out: Buffer, ids: readonly string[]): Map<string, string> {
  const blobs = new Map<string, string>();
  let at = 0;
  for (const id of ids) {
    const nl = out.indexOf(10, at);
    if (nl < 0) break;
    const header = out.subarray(at, nl).toString('utf8').split(' ');
    at = nl + 1;
    if (header[1] === 'missing' || header.length < 3) continue;
    const size = Number(header[2]);
    blobs.set(id, out.subarray(at, at + size).toString('utf8'));
    at += size + 1;
  }
  return blobs;
}

interface Parsed {
  data: unknown;
  body: string;
}

function parseBlob(text: string | undefined, path: string): Parsed | undefined {
  if (text === undefined) return undefined;
  const yamlFile = /\.ya?ml$/.test(path);
  const { yaml, body } = yamlFile ? { yaml: text, body: '' } : splitFrontmatter(text);
  // Read as untrusted plain data, like the content check (no aliases, tags or duplicate keys):
  // a revision that does not read is kept, with fields that cannot be compared.
  const parsed = parseYaml(yaml);
  return { data: parsed.ok ? (parsed.data ?? {}) : undefined, body };
}

const CHANGE: Record<string, Revision['change']> = {
  A: 'added',
  M: 'modified',
  R: 'renamed',
  D: 'deleted',
  C: 'added',
};

/**
 * Each entry's history from the parsed log (newest first) and the blobs it names. A rename
 * moves the older revisions to the entry's current name and records the former id.
 */
export function assembleHistory(
  commits: readonly RawCommit[],
  blobs: ReadonlyMap<string, string>,
): Map<string, EntryHistory> {
  const entries = new Map<string, EntryHistory>();
  /** A path in older commits → the key of the entry it became. */
  const becomes = new Map<string, string>();
  const parsed = new Map<string, Parsed | undefined>();
  const read = (blob: string, path: string) => {
    if (ZERO.test(blob)) return undefined;
    if (!parsed.has(blob)) parsed.set(blob, parseBlob(blobs.get(blob), path));
    return parsed.get(blob);
  };
  for (const c of commits) {
    for (const f of c.files) {
      const ownKey = entryKey(f.path);
      if (!ownKey) continue;
      const key = becomes.get(f.path) ?? ownKey;
      let entry = entries.get(key);
      if (!entry) entries.set(key, (entry = { key, revisions: [], formerIds: [] }));
      const before = f.status === 'A' || f.status === 'C' ? undefined : read(f.oldBlob, f.from ?? f.path);
      const after = f.status === 'D' ? undefined : read(f.newBlob, f.path);
      const comparable = before?.data !== undefined && after?.data !== undefined;
      entry.revisions.push({
        commit: c.commit,
        date: c.time.slice(0, 10),
        time: c.time,
        author: c.author,
        subject: c.subject,
        change: CHANGE[f.status] ?? 'modified',
        path: f.path,
        ...(f.from ? { from: f.from } : {}),
        fields: comparable ? fieldChanges(before.data, after.data) : [],
        bodyChanged: before !== undefined && after !== undefined && before.body !== after.body,
      });
      if (f.status === 'R' && f.from) {
        becomes.set(f.from, key);
        const old = entryKey(f.from);
        const [collection] = key.split('/');
        if (old && old !== key && old.startsWith(`${collection}/`))
          entry.formerIds.push(old.slice(collection!.length + 1));
      }
      // Older commits that touched this path were about whatever had the name before it was added.
      if (f.status === 'A') becomes.delete(f.path);
    }
  }
  return entries;
}

function git(dir: string, args: string[], input?: string): Buffer {
  return execFileSync('git', ['-C', dir, '-c', 'core.quotepath=off', ...args], {
    input,
    maxBuffer: 2 * 1024 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'ignore'],
  });
}

/** Reads the history of the content folder `dir`: the three git processes described above. */
export function readContentHistory(dir: string): ContentHistory {
  let shallow: string;
  try {
    shallow = git(dir, ['rev-parse', '--is-shallow-repository']).toString('utf8').trim();
  } catch {
    return { state: 'none', entries: new Map(), commits: [] };
  }
  if (shallow === 'true') return { state: 'shallow', entries: new Map(), commits: [] };
  let commits: RawCommit[];
  try {
    const log = git(dir, ['log', `--format=${LOG_FORMAT}`, '--raw', '-M', '--no-abbrev', '--relative', '--', '.']);
    commits = parseRawLog(log.toString('utf8'));
  } catch {
    return { state: 'none', entries: new Map(), commits: [] };
  }
  if (commits.length === 0) return { state: 'none', entries: new Map(), commits: [] };
  const ids = [
    ...new Set(
      commits.flatMap((c) =>
        c.files.filter((f) => entryKey(f.path)).flatMap((f) => [f.oldBlob, f.newBlob].filter((b) => !ZERO.test(b))),
      ),
    ),
  ];
  const blobs = ids.length ? parseCatFile(git(dir, ['cat-file', '--batch'], `${ids.join('\n')}\n`), ids) : new Map();
  return {
    state: 'full',
    entries: assembleHistory(commits, blobs),
    commits: commits.map((c) => ({ commit: c.commit, date: c.time.slice(0, 10), time: c.time, subject: c.subject })),
  };
}

export interface DataVersion {
  /** The day of the newest content commit, `YYYY-MM-DD`: the data version. */
  date: string;
  /** The newest commit that changed the content folder. */
  commit: string;
  /** The previous version: the newest content commit of an earlier day. */
  previous?: { date: string; commit: string };
}

/** The data version (date and commit) and the one before it; undefined without history. */
export function dataVersion(h: ContentHistory): DataVersion | undefined {
  const [latest] = h.commits;
  if (!latest) return undefined;
  const before = h.commits.find((c) => c.date < latest.date);
  return {
    date: latest.date,
    commit: latest.commit,
    ...(before ? { previous: { date: before.date, commit: before.commit } } : {}),
  };
}

/** Kept on `globalThis`: the config's integrations and the pages share one pass per process. */
const CACHE = Symbol.for('owe.contentHistory');
type Cache = Map<string, ContentHistory>;

/** The history of the content folder being built (`OWE_CONTENT_DIR` or `content/`), read once per process. */
export function contentHistory(dir: string = contentDir()): ContentHistory {
  const g = globalThis as { [CACHE]?: Cache };
  const cache = (g[CACHE] ??= new Map());
  let h = cache.get(dir);
  if (!h) cache.set(dir, (h = readContentHistory(dir)));
  return h;
}

/** What the build says, once, when the history cannot be shown; undefined when it can. */
export function historyNotice(h: ContentHistory = contentHistory(), dir: string = contentDir()): string | undefined {
  if (h.state === 'shallow')
    return `The git history of ${dir} is shallow (a shallow clone): pages show no revision counts, dates or changes. Fetch the whole history (git fetch --unshallow, or fetch-depth: 0 in GitHub Actions).`;
  if (h.state === 'none') return `No git history for ${dir}: pages show no revision counts, dates or changes.`;
  return undefined;
}

/** The history of one entry, or undefined (no history, or not committed yet). */
export function entryHistory(
  collection: string,
  id: string,
  h: ContentHistory = contentHistory(),
): EntryHistory | undefined {
  return h.entries.get(`${collection}/${id}`);
}

/**
 * The former URLs of renamed entries whose ids are not in use again, e.g. `/models/old-id/`:
 * the pages that only redirect (src/pages/[collection]/[id].astro).
 */
export function formerPaths(h: ContentHistory): Set<string> {
  const current = (key: string) => {
    const newest = h.entries.get(key)?.revisions[0];
    return newest !== undefined && newest.change !== 'deleted';
  };
  const out = new Set<string>();
  for (const e of h.entries.values()) {
    const [collection] = e.key.split('/');
    for (const old of e.formerIds) if (!current(`${collection}/${old}`)) out.add(`/${collection}/${old}/`);
  }
  return out;
}
