/** Each entry's history from one git pass: revisions, field changes, renames, shallow clones. */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { describeChange, factKind, fieldChanges, flatten, showValue } from '../../src/domain/field-changes.ts';
import {
  assembleHistory,
  dataVersion,
  historyNotice,
  parseRawLog,
  readContentHistory,
  LOG_FORMAT,
} from '../../src/site/entry-history.ts';
import { gitHistory } from '../../src/site/git-history.ts';

describe('field changes', () => {
  it('names each changed field from what to what', () => {
    const before = {
      license: 'deepseek-license',
      openness: { trainingData: { status: 'unknown', source: 's1' } },
      modalities: ['text'],
      parameters: { total: 671, active: 37 },
    };
    const after = {
      license: 'mit',
      openness: { trainingData: { status: 'closed', source: 's1' } },
      modalities: ['text', 'image'],
      parameters: { total: 671 },
      contextWindow: 131072,
    };
    expect(fieldChanges(before, after).map(describeChange)).toEqual([
      'license: deepseek-license → mit',
      'openness.trainingData.status: unknown → closed',
      'modalities: text → text, image',
      'contextWindow: added 131072',
      'parameters.active: removed (was 37)',
    ]);
    expect(fieldChanges(after, after)).toEqual([]);
  });

  it('keys lists of records by id or name, else by position', () => {
    const f = flatten({ variants: [{ name: 'A 8B', parameters: { total: 8 } }], sources: [{ x: 1 }, { x: 2 }] });
    expect([...f.keys()]).toEqual([
      'variants[A 8B].name',
      'variants[A 8B].parameters.total',
      'sources[0].x',
      'sources[1].x',
    ]);
  });

  it('classifies facts and leaves bookkeeping out', () => {
    const k = (collection: string, field: string) => factKind(collection, { field, before: 1, after: 2 });
    expect(k('models', 'license')).toBe('license');
    expect(k('models', 'variants[A 8B].license')).toBe('license');
    expect(k('models', 'openness.trainingData.status')).toBe('openness');
    expect(k('models', 'parameters.total')).toBe('figure');
    expect(k('models', 'contextWindow')).toBe('figure');
    expect(k('models', 'evidence.parameters.source')).toBeUndefined();
    expect(k('models', 'openness.weights.note')).toBeUndefined();
    expect(k('models', 'summary')).toBeUndefined();
    expect(k('licenses', 'tier')).toBe('terms');
    expect(k('licenses', 'clauses.commercialUse.value')).toBe('terms');
    expect(k('licenses', 'clauses.commercialUse.note')).toBeUndefined();
    expect(k('labs', 'country')).toBeUndefined();
    expect(showValue('x'.repeat(100), 10)).toBe('xxxxxxxxx…');
  });
});

describe('parsing the log', () => {
  it('reads commits, blobs, statuses and renames', () => {
    const z = '0'.repeat(40);
    const a = 'a'.repeat(40);
    const b = 'b'.repeat(40);
    const log = [
      `\u0001${'2'.repeat(40)}\u001f2026-11-02T10:00:00+00:00\u001fAda\u001fRename b to c`,
      '',
      `:100644 100644 ${b} ${b} R100\tmodels/b.mdx\tmodels/c.mdx`,
      `\u0001${'1'.repeat(40)}\u001f2026-11-01T10:00:00+00:00\u001fAda\u001fAdd b`,
      '',
      `:000000 100644 ${z} ${a} A\tmodels/b.mdx`,
      `:000000 100644 ${z} ${a} A\tnot-an-entry.txt`,
    ].join('\n');
    const commits = parseRawLog(log);
    expect(commits).toHaveLength(2);
    expect(commits[0]!.files[0]).toEqual({
      status: 'R',
      oldBlob: b,
      newBlob: b,
      from: 'models/b.mdx',
      path: 'models/c.mdx',
    });
    const history = assembleHistory(
      commits,
      new Map([
        [a, '---\nname: B\n---\n'],
        [b, '---\nname: B\n---\n'],
      ]),
    );
    const c = history.get('models/c')!;
    expect(c.revisions.map((r) => [r.change, r.path, r.date])).toEqual([
      ['renamed', 'models/c.mdx', '2026-11-02'],
      ['added', 'models/b.mdx', '2026-11-01'],
    ]);
    expect(c.formerIds).toEqual(['b']);
    expect(history.has('models/b')).toBe(false);
    expect(LOG_FORMAT).toContain('%H');
  });
});

describe('one git pass over a real repository', () => {
  const temps: string[] = [];
  afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));
  const temp = () => {
    const d = mkdtempSync(join(tmpdir(), 'owe-history-'));
    temps.push(d);
    return d;
  };
  const git = (cwd: string, ...args: string[]) =>
    execFileSync(
      'git',
      ['-c', 'user.name=Ada', '-c', 'user.email=ada@example.invalid', '-c', 'commit.gpgsign=false', ...args],
      {
        cwd,
        stdio: ['ignore', 'pipe', 'ignore'],
        encoding: 'utf8',
      },
    );

  function repo() {
    const root = temp();
    const models = join(root, 'content/models');
    mkdirSync(models, { recursive: true });
    const body =
      '\nA model used by the history tests, with a body long enough for git to see a rename as one.\n'.repeat(8);
    writeFileSync(
      join(models, 'm.mdx'),
      `---\nname: M\nlicense: deepseek-license\nparameters:\n  total: 671\n---\n${body}`,
    );
    writeFileSync(join(models, 'other.mdx'), `---\nname: Other\n---\nOther.\n`);
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'Add M');
    writeFileSync(
      join(models, 'm.mdx'),
      readFileSync(join(models, 'm.mdx'), 'utf8').replace('deepseek-license', 'mit'),
    );
    git(root, 'commit', '-q', '-a', '-m', 'M is now under MIT');
    renameSync(join(models, 'm.mdx'), join(models, 'm-v3.mdx'));
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'Rename m to m-v3');
    return root;
  }

  it('follows renames and names the fields each revision changed', () => {
    const root = repo();
    const h = readContentHistory(join(root, 'content'));
    expect(h.state).toBe('full');
    const m = h.entries.get('models/m-v3')!;
    expect(m.revisions.map((r) => r.subject)).toEqual(['Rename m to m-v3', 'M is now under MIT', 'Add M']);
    expect(m.revisions[1]!.fields.map(describeChange)).toEqual(['license: deepseek-license → mit']);
    expect(m.revisions[1]!.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(m.revisions[0]!.change).toBe('renamed');
    expect(m.formerIds).toEqual(['m']);
    expect(h.entries.has('models/m')).toBe(false);
    expect(h.commits.map((c) => c.subject)).toEqual(['Rename m to m-v3', 'M is now under MIT', 'Add M']);
    expect(dataVersion(h)?.commit).toBe(h.commits[0]!.commit);
    // The per-file dates and counts come from the same pass, the rename included.
    const files = gitHistory(join(root, 'content'));
    expect(files.get('content/models/m-v3.mdx')?.revisions).toBe(3);
    expect(files.get('content/models/other.mdx')?.revisions).toBe(1);
    expect(historyNotice(h)).toBeUndefined();
  });

  it('a shallow clone or a folder without git has no history, and says so', () => {
    const root = repo();
    const clone = join(temp(), 'clone');
    git(root, 'clone', '-q', '--depth', '1', `file://${root}`, clone);
    const shallow = readContentHistory(join(clone, 'content'));
    expect(shallow.state).toBe('shallow');
    expect(shallow.entries.size).toBe(0);
    expect(historyNotice(shallow, 'content')).toMatch(/shallow/);
    const none = readContentHistory(temp());
    expect(none.state).toBe('none');
    expect(historyNotice(none, 'x')).toMatch(/No git history/);
  });
});
