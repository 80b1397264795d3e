/**
 * Reads the files of an upstream repository at its HEAD commit, from a local clone (work tree or
 * bare) or a git URL (cloned shallowly into a temporary folder first). Only `npm run
 * upstream:sync` reaches here: the build reads the committed snapshot and never the network.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RepositoryFiles {
  commit: string;
  /** Date of the commit, YYYY-MM-DD. */
  date: string;
  files: Map<string, string>;
}

function git(args: string[], cwd?: string): string {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${(run.stderr || run.stdout).trim()}`);
  return run.stdout;
}

/** Every file at HEAD whose path `keep` accepts, with its text. */
function readHead(dir: string, keep: (path: string) => boolean): RepositoryFiles {
  const commit = git(['-C', dir, 'rev-parse', 'HEAD']).trim();
  const date = git(['-C', dir, 'show', '-s', '--format=%cs', 'HEAD']).trim();
  const paths = git(['-C', dir, 'ls-tree', '-r', '-z', '--name-only', 'HEAD']).split('\0').filter(Boolean).filter(keep);
  // One git process for every file: `cat-file --batch` answers "<sha> blob <size>\n<bytes>\n" per request.
  const run = spawnSync('git', ['-C', dir, 'cat-file', '--batch'], {
    input: paths.map((p) => `HEAD:${p}\n`).join(''),
    maxBuffer: 512 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`git cat-file failed: ${run.stderr.toString()}`);
  const out = run.stdout;
  const files = new Map<string, string>();
  let at = 0;
  for (const path of paths) {
    const eol = out.indexOf(10, at);
    const header = out.subarray(at, eol).toString();
    const size = Number(header.split(' ')[2]);
    if (!Number.isFinite(size)) throw new Error(`git cat-file: cannot read ${path} (${header})`);
    files.set(path, out.subarray(eol + 1, eol + 1 + size).toString('utf8'));
    at = eol + 1 + size + 1;
  }
  return { commit, date, files };
}

/** The files of `location` (a local clone, or a URL to clone) that `keep` accepts. */
export function readRepository(location: string, keep: (path: string) => boolean): RepositoryFiles {
  if (existsSync(location)) return readHead(location, keep);
  if (!/^(https?:\/\/|git@|ssh:\/\/|file:\/\/)/.test(location))
    throw new Error(`${location}: no such folder, and not a git URL`);
  const dir = mkdtempSync(join(tmpdir(), 'owe-upstream-'));
  try {
    git(['clone', '--quiet', '--depth', '1', location, dir]);
    return readHead(dir, keep);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
