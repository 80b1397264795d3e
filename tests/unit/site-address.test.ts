/** The site's address and repository: environment first, then a GitHub origin remote, else none. */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_SITE_URL,
  githubRepoFromRemote,
  originRemote,
  parseRepoUrl,
  parseSiteUrl,
  resolveSiteAddress,
} from '../../src/site/site-address.ts';
import { editUrl, reportUrl } from '../../src/domain/edit-links.ts';

describe('resolveSiteAddress', () => {
  it('takes SITE_URL, REPO_URL and REPO_BRANCH from the environment first', () => {
    const a = resolveSiteAddress(
      { SITE_URL: 'https://owe.example.org/', REPO_URL: 'https://github.com/fork/owe.git', REPO_BRANCH: 'edition-2' },
      'git@github.com:origin/other.git',
    );
    expect(a).toEqual({
      url: 'https://owe.example.org',
      repo: 'https://github.com/fork/owe',
      branch: 'edition-2',
      repoFrom: 'REPO_URL',
    });
  });

  it('falls back to the origin remote when it is on GitHub', () => {
    for (const remote of [
      'https://github.com/acme/encyclopedia.git',
      'https://github.com/acme/encyclopedia',
      'git@github.com:acme/encyclopedia.git',
      'ssh://git@github.com/acme/encyclopedia.git',
      'https://token:x@github.com/acme/encyclopedia.git',
    ]) {
      const a = resolveSiteAddress({}, remote);
      expect(a.repo, remote).toBe('https://github.com/acme/encyclopedia');
      expect(a.repoFrom).toBe('git remote origin');
      expect(a.branch).toBe('main');
    }
  });

  it('knows no repository when origin is missing or not on GitHub, and never returns a placeholder', () => {
    for (const remote of [
      undefined,
      '',
      'https://gitlab.com/acme/encyclopedia.git',
      '/srv/git/owe.git',
      'git@example.org:a/b',
    ]) {
      const a = resolveSiteAddress({ REPO_URL: '  ' }, remote);
      expect(a.repo, String(remote)).toBeUndefined();
      expect(a.repoFrom).toBe('none');
      expect(a.url).toBe(DEFAULT_SITE_URL);
    }
  });

  it('hides edit and report links when no repository is known', () => {
    const cfg = resolveSiteAddress({}, undefined);
    expect(editUrl(cfg, 'content/models/llama-2.mdx')).toBeUndefined();
    expect(reportUrl(cfg, 'Llama 2', 'https://x/models/llama-2/')).toBeUndefined();
    const known = resolveSiteAddress({ REPO_URL: 'https://github.com/o/r' });
    expect(editUrl(known, 'content/models/llama-2.mdx')).toBe(
      'https://github.com/o/r/edit/main/content/models/llama-2.mdx',
    );
  });

  it('a malformed SITE_URL or REPO_URL fails, naming the variable', () => {
    const bad: [Record<string, string>, RegExp][] = [
      [{ SITE_URL: 'owe.example.org' }, /^SITE_URL: "owe\.example\.org" is not a URL/],
      [{ SITE_URL: 'ftp://owe.example.org' }, /^SITE_URL: .*https:\/\//],
      [{ SITE_URL: 'https://owe.example.org/wiki/' }, /^SITE_URL: .*has a path/],
      [{ SITE_URL: 'https://owe.example.org/?a=1' }, /^SITE_URL: .*query/],
      [{ REPO_URL: 'github.com/o/r' }, /^REPO_URL: "github\.com\/o\/r" is not a URL/],
      [{ REPO_URL: 'https://gitlab.com/o/r' }, /^REPO_URL: .*not a GitHub repository/],
      [{ REPO_URL: 'https://github.com/o' }, /^REPO_URL: .*does not name one repository/],
      [{ REPO_URL: 'https://github.com/o/r/tree/main' }, /^REPO_URL: .*does not name one repository/],
      [{ REPO_URL: 'http://github.com/o/r' }, /^REPO_URL: /],
      [{ REPO_BRANCH: '../main' }, /^REPO_BRANCH: /],
    ];
    for (const [env, message] of bad) expect(() => resolveSiteAddress(env), JSON.stringify(env)).toThrow(message);
  });

  it('parses each form on its own', () => {
    expect(parseSiteUrl('http://127.0.0.1:4321')).toBe('http://127.0.0.1:4321');
    expect(parseRepoUrl('https://github.com/o/r/')).toBe('https://github.com/o/r');
    expect(githubRepoFromRemote('https://github.com/o/r/extra')).toBeUndefined();
  });
});

describe('originRemote', () => {
  it('reads `git remote get-url origin`, and nothing without one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'owe-remote-'));
    try {
      expect(originRemote(dir)).toBeUndefined(); // not a repository
      execFileSync('git', ['init', '-q', dir]);
      expect(originRemote(dir)).toBeUndefined(); // no origin
      spawnSync('git', ['-C', dir, 'remote', 'add', 'origin', 'git@github.com:acme/owe.git']);
      expect(originRemote(dir)).toBe('git@github.com:acme/owe.git');
      expect(resolveSiteAddress({}, originRemote(dir)).repo).toBe('https://github.com/acme/owe');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
