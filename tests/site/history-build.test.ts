/**
 * The history of facts, end to end: a small content folder in a temporary git repository
 * (three commits: add the entries; change a model's license; rename another model), built by
 * the real `npm run build` with REPO_URL set. The license change must show on the model's page
 * ("Changes to the record" and the linked revision count), on its history page, on /changes/
 * and in /changes.xml, each linking the commit; the renamed model keeps its history and its old
 * URL redirects; /data/ names the data version. Then a shallow clone of the same repository,
 * which has no GitHub remote: the build says once that the history is shallow and that no
 * repository is known, and pages show no counts, dates or edit links. And a malformed SITE_URL
 * or REPO_URL fails the build, naming the variable.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { text as textOf } from '../support/dist.ts';

const REPO = 'https://github.com/acme/owe-fixture';
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

const git = (cwd: string, ...args: string[]) =>
  execFileSync(
    'git',
    ['-c', 'user.name=Ada Editor', '-c', 'user.email=ada@example.invalid', '-c', 'commit.gpgsign=false', ...args],
    { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  ).trim();

interface Build {
  status: number | null;
  output: string;
  out: string;
}

function build(content: string, env: Record<string, string>, outName = 'out'): Build {
  const out = join(resolve(content, '..'), outName);
  const run = spawnSync('npm', ['run', 'build', '--', '--outDir', out], {
    encoding: 'utf8',
    env: {
      ...process.env,
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ASTRO_TELEMETRY_DISABLED: '1',
      OWE_CONTENT_DIR: content,
      SITE_URL: '',
      REPO_URL: '',
      REPO_BRANCH: '',
      GITHUB_ACTIONS: '',
      ...env,
    },
    timeout: 300_000,
  });
  rmSync(`node_modules/.astro-${createHash('sha1').update(resolve(content)).digest('hex').slice(0, 10)}`, {
    recursive: true,
    force: true,
  });
  // Colours are stripped (NO_COLOR is set, but a CI terminal may still ask for them).
  // eslint-disable-next-line no-control-regex -- terminal colour codes start with ESC
  const output = `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { status: run.status, output, out };
}

const read = (b: Build, path: string) => readFileSync(join(b.out, path), 'utf8');
const tree = (b: Build, url: string) => fromHtml(read(b, `${url}index.html`));

let root: string;
let commits: { license: string; rename: string; first: string };
let full: Build;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'owe-history-site-'));
  temps.push(root);
  const content = join(root, 'content');
  cpSync('tests/fixtures/content', content, { recursive: true });
  // A second license for the model to move to.
  const license = readFileSync(join(content, 'licenses/example-license.mdx'), 'utf8')
    .replace('name: Example Community License', 'name: Other Open License')
    .replace('shortName: Example CL', 'shortName: Other OL');
  writeFileSync(join(content, 'licenses/other-license.mdx'), license);
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '.');
  git(root, 'commit', '-q', '-m', 'Add the fixture entries');
  commits = { first: git(root, 'rev-parse', 'HEAD'), license: '', rename: '' };
  const model = join(content, 'models/example-base.mdx');
  const text = readFileSync(model, 'utf8');
  expect(text).toMatch(/^license: example-license$/m);
  writeFileSync(model, text.replace(/^license: example-license$/m, 'license: other-license'));
  git(root, 'commit', '-q', '-a', '-m', 'Example Base moves to the Other Open License');
  commits.license = git(root, 'rev-parse', 'HEAD');
  renameSync(join(content, 'models/example-distill.mdx'), join(content, 'models/example-distill-8b.mdx'));
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'Rename example-distill to example-distill-8b');
  commits.rename = git(root, 'rev-parse', 'HEAD');
  full = build(content, { REPO_URL: REPO, SITE_URL: 'https://owe.example.org' });
}, 320_000);

describe('a license change in a test repository', () => {
  it('builds', () => {
    expect(full.status, full.output.slice(-3000)).toBe(0);
    expect(full.output).toContain(`repository ${REPO}`);
    expect(full.output).not.toMatch(/shallow|No git history/);
  });

  it('shows on the model page: changes to the record, and the revision count links the history', () => {
    const page = tree(full, '/models/example-base/');
    const section = select('section.record-changes', page)!;
    expect(section).toBeTruthy();
    expect(textOf(section).replace(/\s+/g, ' ')).toContain('license: example-license → other-license');
    expect(select(`a[href="${REPO}/commit/${commits.license}"]`, section)).toBeTruthy();
    const count = select('header .revision-count a', page)!;
    expect(count.properties.href).toBe('/models/example-base/history/');
    expect(textOf(count)).toBe('2 revisions');
  });

  it('edit and report links open the file and the issue form in REPO_URL', () => {
    const page = tree(full, '/models/example-base/');
    const links = selectAll('.edit-links a', page);
    const edit = links.find((a) => textOf(a) === 'Improve this page');
    expect(edit?.properties.href).toBe(`${REPO}/edit/main/content/models/example-base.mdx`);
    const report = links.find((a) => textOf(a) === 'Report a problem');
    expect(String(report?.properties.href)).toMatch(new RegExp(`^${REPO}/issues/new\\?template=report-error\\.yml`));
    expect(select(`footer a[href="${REPO}"]`, page)).toBeTruthy();
    expect(read(full, 'models/example-base/index.html')).toContain(
      '<link rel="canonical" href="https://owe.example.org/models/example-base/">',
    );
  });

  it('shows on the history page, with every revision, its message and commit', () => {
    const page = tree(full, '/models/example-base/history/');
    const items = selectAll('ol.revisions > li', page);
    expect(items).toHaveLength(2);
    const text = textOf(items[0]!).replace(/\s+/g, ' ');
    expect(text).toContain('Example Base moves to the Other Open License');
    expect(text).toContain('license: example-license → other-license');
    expect(items[0]!.properties.id).toBe(`r-${commits.license.slice(0, 7)}`);
    expect(select(`a[href="${REPO}/commit/${commits.license}"]`, items[0]!)).toBeTruthy();
    expect(textOf(items[1]!)).toContain('Add the fixture entries');
    // The license page has its record section too, and every entry has a history page.
    expect(select('section.record-changes', tree(full, '/licenses/other-license/'))).toBeTruthy();
    for (const url of [
      '/labs/example-lab/history/',
      '/glossary/example-term/history/',
      '/articles/example-article/history/',
    ])
      expect(existsSync(join(full.out, url, 'index.html')), url).toBe(true);
  });

  it('shows on /changes/, linking the entry and the commit', () => {
    const page = tree(full, '/changes/');
    const items = selectAll('ul.site-changes > li', page);
    const change = items.find((li) => textOf(li).includes('License changed'));
    expect(change).toBeTruthy();
    expect(textOf(change!).replace(/\s+/g, ' ')).toContain('license: example-license → other-license');
    expect(select('a[href="/models/example-base/"]', change!)).toBeTruthy();
    expect(select(`a[href="${REPO}/commit/${commits.license}"]`, change!)).toBeTruthy();
    // New models and licenses are listed too; the rename alone changes no fact.
    expect(
      items.some((li) => textOf(li).includes('New license') && select('a[href="/licenses/other-license/"]', li)),
    ).toBe(true);
    expect(items.filter((li) => select('a[href="/models/example-distill-8b/"]', li)).map((li) => textOf(li))).toEqual([
      expect.stringContaining('New model'),
    ]);
  });

  it('shows in the feed, linking the entry and the commit', () => {
    const xml = read(full, 'changes.xml');
    const item = xml.split('<item>').find((i) => i.includes('example-license → other-license'));
    expect(item).toBeDefined();
    expect(item).toContain(
      `<link>https://owe.example.org/models/example-base/history/#r-${commits.license.slice(0, 7)}</link>`,
    );
    expect(item).toContain('https://owe.example.org/models/example-base/');
    expect(item).toContain(`${REPO}/commit/${commits.license}`);
    expect(read(full, 'changes/index.html')).toContain('href="/changes.xml"');
  });

  it('a renamed entry keeps its history, and its old URL redirects', () => {
    const items = selectAll('ol.revisions > li', tree(full, '/models/example-distill-8b/history/'));
    expect(items.map((li) => textOf(li))).toEqual([
      expect.stringContaining('Rename example-distill to example-distill-8b'),
      expect.stringContaining('Add the fixture entries'),
    ]);
    const old = read(full, 'models/example-distill/index.html');
    expect(old).toMatch(/<meta http-equiv="refresh" content="0; url=\/models\/example-distill-8b\/">/);
    expect(old).toContain('<link rel="canonical" href="https://owe.example.org/models/example-distill-8b/">');
    expect(old).toContain('<meta name="robots" content="noindex">');
    // Neither redirects nor history pages are in the sitemap; the entries are.
    const sitemap = read(full, 'sitemap-0.xml');
    expect(sitemap).toContain('https://owe.example.org/models/example-distill-8b/<');
    expect(sitemap).not.toContain('https://owe.example.org/models/example-distill/<');
    expect(sitemap).not.toContain('/history/');
  });

  it('/data/ and its manifest name the data version and link the changes since the previous one', () => {
    const manifest = JSON.parse(read(full, 'data/index.json')) as { version: Record<string, unknown> };
    const today = git(root, 'log', '-1', '--format=%cs');
    expect(manifest.version).toMatchObject({
      date: today,
      commit: commits.rename,
      commitUrl: `${REPO}/commit/${commits.rename}`,
      changes: `https://owe.example.org/changes/#d-${today}`,
    });
    const page = tree(full, '/data/');
    expect(textOf(select('.data-version', page)!)).toContain(commits.rename.slice(0, 7));
    expect(select(`.data-version a[href="/changes/#d-${today}"]`, page)).toBeTruthy();
    expect(select(`#d-${today}`, tree(full, '/changes/'))).toBeTruthy();
  });
});

describe('a shallow clone with no GitHub remote', () => {
  let shallow: Build;
  beforeAll(() => {
    const clone = join(mkdtempSync(join(tmpdir(), 'owe-shallow-')), 'repo');
    temps.push(resolve(clone, '..'));
    git(root, 'clone', '-q', '--depth', '1', `file://${root}`, clone);
    shallow = build(join(clone, 'content'), {});
  }, 320_000);

  it('builds, saying once that history is shallow and once that no repository is known', () => {
    expect(shallow.status, shallow.output.slice(-3000)).toBe(0);
    expect(shallow.output.match(/history of .* is shallow/g)).toHaveLength(1);
    expect(shallow.output.match(/No GitHub repository is known/g)).toHaveLength(1);
  });

  it('pages show no revision counts, dates, record changes or repository links', () => {
    const html = read(shallow, 'models/example-base/index.html');
    const page = tree(shallow, '/models/example-base/');
    expect(select('.revision-count', page)).toBeFalsy();
    expect(select('section.record-changes', page)).toBeFalsy();
    expect(textOf(select('main', page))).not.toMatch(/Last modified|\brevisions?\b|Updated/);
    expect(html).not.toContain('github.com');
    expect(textOf(tree(shallow, '/models/example-base/history/'))).toContain('shallow clone');
    const changes = textOf(tree(shallow, '/changes/'));
    expect(changes).toContain('shallow clone');
    expect(changes).not.toContain('License changed');
    expect((JSON.parse(read(shallow, 'data/index.json')) as { version: unknown }).version).toBeNull();
  });
});

describe('malformed addresses', () => {
  it('a malformed SITE_URL or REPO_URL fails the build, naming the variable', () => {
    for (const [name, value] of [
      ['SITE_URL', 'owe.example.org'],
      ['REPO_URL', 'https://gitlab.com/acme/owe'],
    ] as const) {
      const b = build(join(root, 'content'), { [name]: value }, `out-${name}`);
      expect(b.status, name).not.toBe(0);
      expect(b.output).toContain(`${name}: "${value}"`);
      expect(existsSync(join(b.out, 'index.html'))).toBe(false);
    }
  });
});
