/**
 * Where the site lives and which GitHub repository readers send corrections to, set once.
 *
 * Order of precedence, for forks and preview deployments:
 *   1. `SITE_URL`, `REPO_URL`, `REPO_BRANCH` in the environment;
 *   2. the repository of `git remote get-url origin`, when it is a GitHub remote;
 *   3. none: the edit, report and "Source on GitHub" links are hidden (never a placeholder).
 *
 * A malformed `SITE_URL` or `REPO_URL` is an error naming the variable, so a typo in a
 * deployment's settings fails the build instead of publishing broken links.
 */
import { execFileSync } from 'node:child_process';

/** The public address used when `SITE_URL` is not set (canonical URLs, sitemap, feeds). */
export const DEFAULT_SITE_URL = 'https://open-weights-encyclopedia.github.io';
const DEFAULT_BRANCH = 'main';

export interface SiteAddress {
  /** Origin of the public site, without a trailing slash, e.g. `https://example.org`. */
  url: string;
  /** `https://github.com/<owner>/<name>`, or undefined when no repository is known. */
  repo: string | undefined;
  /** The branch edit links open and pull requests target. */
  branch: string;
  /** Where the repository setting came from, for the build's log. */
  repoFrom: 'REPO_URL' | 'git remote origin' | 'none';
}

/** A setting that cannot be used: the message names the variable. */
class SiteAddressError extends Error {
  /** The environment variable at fault, e.g. `REPO_URL`. */
  readonly variable: string;
  constructor(variable: string, message: string) {
    super(`${variable}: ${message}`);
    this.name = 'SiteAddressError';
    this.variable = variable;
  }
}

const GITHUB_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO_NAME = /^[A-Za-z0-9._-]{1,100}$/;

function repoParts(owner: string, name: string): string | undefined {
  const bare = name.replace(/\.git$/, '');
  if (!GITHUB_NAME.test(owner) || !REPO_NAME.test(bare) || bare === '.' || bare === '..') return undefined;
  return `https://github.com/${owner}/${bare}`;
}

/**
 * The `https://github.com/<owner>/<name>` of a git remote URL, or undefined when the remote
 * is not on GitHub. Accepts https, ssh (`git@github.com:o/r.git`, `ssh://git@github.com/o/r`)
 * and git protocol forms; credentials in an https remote are dropped.
 */
export function githubRepoFromRemote(remote: string): string | undefined {
  const r = remote.trim();
  const scp = /^[\w.-]+@github\.com:([^/]+)\/([^/]+?)\/?$/.exec(r);
  if (scp) return repoParts(scp[1]!, scp[2]!);
  let u: URL;
  try {
    u = new URL(r);
  } catch {
    return undefined;
  }
  if (!['https:', 'http:', 'ssh:', 'git:'].includes(u.protocol) || u.hostname.toLowerCase() !== 'github.com')
    return undefined;
  const parts = u.pathname.replace(/^\/+|\/+$/g, '').split('/');
  if (parts.length !== 2) return undefined;
  return repoParts(parts[0]!, parts[1]!);
}

/** Parses `REPO_URL`: a GitHub repository's web address. Throws naming the variable otherwise. */
export function parseRepoUrl(value: string, variable = 'REPO_URL'): string {
  let u: URL;
  try {
    u = new URL(value.trim());
  } catch {
    throw new SiteAddressError(variable, `"${value}" is not a URL; expected https://github.com/<owner>/<repository>`);
  }
  if (u.protocol !== 'https:' || u.hostname !== 'github.com' || u.search || u.hash || u.username || u.password)
    throw new SiteAddressError(
      variable,
      `"${value}" is not a GitHub repository address; expected https://github.com/<owner>/<repository>`,
    );
  const parts = u.pathname.replace(/^\/+|\/+$/g, '').split('/');
  const repo = parts.length === 2 ? repoParts(parts[0]!, parts[1]!) : undefined;
  if (!repo)
    throw new SiteAddressError(
      variable,
      `"${value}" does not name one repository; expected https://github.com/<owner>/<repository>`,
    );
  return repo;
}

/** Parses `SITE_URL`: the http(s) origin the site is served from (no path, query or fragment). */
export function parseSiteUrl(value: string, variable = 'SITE_URL'): string {
  let u: URL;
  try {
    u = new URL(value.trim());
  } catch {
    throw new SiteAddressError(variable, `"${value}" is not a URL; expected e.g. https://example.org`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:')
    throw new SiteAddressError(variable, `"${value}" must start with https:// (or http:// for a local preview)`);
  if (u.username || u.password || u.search || u.hash)
    throw new SiteAddressError(variable, `"${value}" must not contain credentials, a query or a fragment`);
  if (u.pathname !== '/')
    throw new SiteAddressError(
      variable,
      `"${value}" has a path (${u.pathname}); the site is served from the root of its host, e.g. https://example.org`,
    );
  return u.origin;
}

/** Parses `REPO_BRANCH`: a git branch name. */
function parseBranch(value: string, variable = 'REPO_BRANCH'): string {
  const b = value.trim();
  if (!/^[A-Za-z0-9._/-]+$/.test(b) || b.startsWith('/') || b.endsWith('/') || b.includes('..') || b.startsWith('-'))
    throw new SiteAddressError(variable, `"${value}" is not a branch name`);
  return b;
}

/**
 * The site address from the environment and the origin remote (pure: both come in).
 * An empty variable counts as unset.
 */
export function resolveSiteAddress(env: Record<string, string | undefined>, originRemote?: string): SiteAddress {
  const set = (k: string) => (env[k]?.trim() ? env[k]!.trim() : undefined);
  const url = set('SITE_URL') ? parseSiteUrl(set('SITE_URL')!) : DEFAULT_SITE_URL;
  const branch = set('REPO_BRANCH') ? parseBranch(set('REPO_BRANCH')!) : DEFAULT_BRANCH;
  if (set('REPO_URL')) return { url, repo: parseRepoUrl(set('REPO_URL')!), branch, repoFrom: 'REPO_URL' };
  const fromRemote = originRemote ? githubRepoFromRemote(originRemote) : undefined;
  if (fromRemote) return { url, repo: fromRemote, branch, repoFrom: 'git remote origin' };
  return { url, repo: undefined, branch, repoFrom: 'none' };
}

/** `git remote get-url origin` in `cwd`, or undefined (no git, no repository, no origin). */
export function originRemote(cwd: string = process.cwd()): string | undefined {
  try {
    return execFileSync('git', ['-C', cwd, 'remote', 'get-url', 'origin'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

/** The warning the build prints once when no repository is known. */
export const NO_REPO_WARNING =
  'No GitHub repository is known (set REPO_URL, or add a GitHub `origin` remote): the "Improve this page", "Report a problem" and "Source on GitHub" links are left out.';
