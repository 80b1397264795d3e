/**
 * The upstream indexes: reading OSAI and MOT files (and refusing malformed ones with file, line
 * and field), MOT's class by its rules, the mapping's checks, the disagreements between the
 * indexes and our record, the cross-check of facts, and `npm run upstream:sync` end to end on a
 * throwaway git repository, where a bad input leaves the old snapshot as it was.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOsai } from '../../src/domain/upstream/osai.ts';
import { parseMot } from '../../src/domain/upstream/mot.ts';
import { assessMot } from '../../src/domain/upstream/mot-class.ts';
import { assessModel, coverageGaps } from '../../src/domain/upstream/assessments.ts';
import { readMapping } from '../../src/domain/upstream/mapping.ts';
import { parseSize, sameDate, sameLicense } from '../../src/domain/upstream/cross-check.ts';
import { formatUpstreamProblem, type MotSnapshot, type OsaiSnapshot } from '../../src/domain/upstream/types.ts';
import { formatProblem } from '../../src/checks/validate.ts';

const FIX = 'tests/fixtures/upstream';
const SOURCE = { repository: 'https://example.org/repo', commit: 'c0ffee', date: '2026-01-01' };

/** Every file under a fixture folder, by path relative to it. */
function filesOf(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}
const osaiFiles = () => filesOf(join(FIX, 'osai'));
const motFiles = () => filesOf(join(FIX, 'mot'));
const problemsOf = (r: { problems: Parameters<typeof formatUpstreamProblem>[0][] }) =>
  r.problems.map(formatUpstreamProblem);

describe('OSAI files', () => {
  it('keeps the classes and evidence links, and leaves the notes out', () => {
    const { snapshot, problems } = parseOsai(osaiFiles(), SOURCE);
    expect(problems).toEqual([]);
    expect(snapshot!.criteria.map((c) => c.ref)).toEqual([
      'datasources_basemodel',
      'weights_basemodel',
      'trainingcode',
      'modelcard',
      'code',
    ]);
    const m = snapshot!.models.find((x) => x.file === 'example.yaml')!;
    expect(m).toMatchObject({ name: 'Example', endModelLicense: 'Example Community License', releaseDate: '2023-09' });
    expect(m.criteria.trainingcode).toEqual({
      class: 'partial',
      links: ['https://example.org/code', 'https://example.org/more'],
    });
    expect(m.criteria.modelcard).toEqual({ class: null, links: [] });
    expect(JSON.stringify(snapshot)).not.toContain('Free text');
  });

  it('refuses a malformed or truncated file, an unknown class and a missing criterion, naming each', () => {
    const files = osaiFiles();
    files.set('broken.yaml', 'system:\n  name: Broken\n  link: [unclosed\n');
    files.set('empty.yaml', '');
    files.set(
      'odd.yaml',
      files.get('other.yaml')!.replace('trainingcode:\n    class: open', 'trainingcode:\n    class: mostly'),
    );
    files.set('short.yaml', files.get('other.yaml')!.replace(/modelcard:\n {4}class: open\n/, ''));
    const result = parseOsai(files, SOURCE);
    expect(result.snapshot).toBeUndefined();
    const text = problemsOf(result).join('\n');
    expect(text).toMatch(/^broken\.yaml:\d+: YAML error/m);
    expect(text).toContain('empty.yaml: expected a map of fields (is the file empty or truncated?)');
    expect(text).toContain(
      'odd.yaml:9 trainingcode.class: unknown class "mostly": expected open, partial, closed or empty',
    );
    expect(text).toContain('short.yaml modelcard: criterion "modelcard" is missing (every family states all 5)');
  });
});

describe('MOT files and the MOF class', () => {
  const snapshot = parseMot(motFiles(), SOURCE).snapshot!;

  it('reads the components, the licenses MOT counts as open, and each release', () => {
    expect(snapshot.components.map((c) => c.name)).toContain('Research paper');
    expect(snapshot.openLicenses).toEqual(['Apache-2.0', 'CC-BY-4.0', 'CC0-1.0', 'GFDL-1.3', 'MIT', 'OpenMDW-1.0']);
    expect(snapshot.models[0]).toMatchObject({
      file: 'Example-70B.yml',
      version: '70B',
      license: { distribution: 'Apache-2.0' },
    });
  });

  it('computes the class by MOT rules: open licenses only, a paper standing in for the report', () => {
    const a = assessMot(snapshot.models[0]!, snapshot);
    expect(a.class).toBe(3);
    const status = Object.fromEntries(a.components.map((c) => [c.component.name, [c.status, c.license]]));
    expect(status['Model parameters (Final)']).toEqual(['open', 'Apache-2.0']);
    expect(status['Training code']).toEqual(['restricted', 'Example Community License']);
    expect(status['Technical report']).toEqual(['missing', undefined]);
    const noPaper = {
      ...snapshot.models[0]!,
      components: snapshot.models[0]!.components.filter((c) => c.name !== 'Research paper'),
    };
    expect(assessMot(noPaper, snapshot).class).toBeNull();
    const all = {
      ...snapshot.models[0]!,
      components: snapshot.components.map((c) => ({ name: c.name, license: 'MIT' })),
    };
    expect(assessMot(all, snapshot).class).toBe(1);
  });

  it('refuses an unknown component and a file without a release', () => {
    const files = motFiles();
    files.set('models/Bad.yml', 'release:\n  name: Bad\n  components:\n    - { name: Secret sauce }\n');
    files.set('models/Cut.yml', 'framework: { name: x }\n');
    const text = problemsOf(parseMot(files, SOURCE)).join('\n');
    expect(text).toContain('Bad.yml release.components.0.name: unknown component "Secret sauce"');
    expect(text).toContain('Cut.yml release: missing (is the file empty or truncated?)');
  });
});

describe('mapping, disagreements, gaps and cross-checks', () => {
  const osai = parseOsai(osaiFiles(), SOURCE).snapshot as OsaiSnapshot;
  const mot = parseMot(motFiles(), SOURCE).snapshot as MotSnapshot;
  const snapshots = { osai, mot };
  const dir = mkdtempSync(join(tmpdir(), 'owe-mapping-'));
  const write = (text: string) => writeFileSync(join(dir, 'mapping.yaml'), text);

  it('an unknown model id or upstream file is refused at its line', () => {
    write('osai:\n  example.yaml: example-base\n  missing.yaml: example-base\nmot:\n  Example-70B.yml: exampel-base\n');
    const { mapping, problems } = readMapping(new Set(['example-base']), snapshots, dir);
    const text = problems.map(formatProblem);
    expect(text[0]).toMatch(/mapping\.yaml:3 osai\.missing\.yaml: "missing\.yaml" is not in the osai snapshot/);
    expect(text[1]).toMatch(
      /mapping\.yaml:5 mot\.Example-70B\.yml: unknown model id "exampel-base": there is no file content\/models\/exampel-base\.mdx/,
    );
    expect(mapping.osai.get('example.yaml')).toBe('example-base');
  });

  it('says where an index and our record disagree, with both sides and their evidence', () => {
    write(
      'osai:\n  example.yaml: example-base\nmot:\n  Example-70B.yml: example-base\nnotes:\n  example-base.trainingData: We read the data card differently.\n',
    );
    const { mapping } = readMapping(new Set(['example-base']), snapshots, dir);
    const ours = (c: string) =>
      ({ trainingData: { status: 'open' as const, href: '/sources/#r' }, trainingCode: { status: 'closed' as const } })[
        c
      ] ?? {
        status: 'unknown' as const,
      };
    const a = assessModel('example-base', ours, snapshots, mapping, mapping.notes);
    const pairs = a.disagreements.map((d) => `${d.component}: ${d.a.index} ${d.a.value} / ${d.b.index} ${d.b.value}`);
    // OSAI: data closed vs our open; training code partial vs our closed. MOT lists training code we call
    // closed, and does not list the datasets we call open.
    expect(pairs).toEqual([
      'trainingData: ours open / osai closed',
      'trainingCode: ours closed / osai partial',
      'trainingCode: ours closed / mot Example Community License',
      'trainingData: ours open / mot not listed',
    ]);
    expect(a.disagreements[0]!.note).toBe('We read the data card differently.');
    expect(a.disagreements[0]!.b.href).toBe(
      'https://github.com/Language-Technology-Assessment/main-database/blob/main/example.yaml',
    );
    // Unknown on our side is never a disagreement.
    expect(pairs.join()).not.toContain('modelCard');
  });

  it('lists upstream models with weights and no entry here as coverage gaps', () => {
    write('osai:\n  example.yaml: example-base\n');
    const { mapping } = readMapping(new Set(['example-base']), snapshots, dir);
    expect(coverageGaps(snapshots, mapping).map((g) => `${g.index}:${g.file}`)).toEqual([
      'mot:Example-70B.yml',
      'osai:other.yaml',
    ]);
  });

  it('matches licenses, dates and sizes loosely enough for upstream spellings', () => {
    expect(
      sameLicense('Apache 2.0', {
        id: 'apache-2-0',
        name: 'Apache License 2.0',
        shortName: 'Apache 2.0',
        spdx: 'Apache-2.0',
      }),
    ).toBe(true);
    expect(
      sameLicense('Meta Llama 3 Community License', {
        id: 'llama-3-1-community',
        name: 'Llama 3.1 Community License Agreement',
        shortName: 'Llama 3.1 CL',
      }),
    ).toBe(false);
    expect(sameDate('2024-07-23', '2024-07')).toBe(true);
    expect(sameDate('2024-07-23', '2024-08')).toBe(false);
    expect([parseSize('70B'), parseSize('270M'), parseSize('1.5T'), parseSize('base')]).toEqual([
      70,
      0.27,
      1500,
      undefined,
    ]);
  });
});

describe('npm run upstream:sync', () => {
  const NODE = process.execPath;
  /** A git repository holding a copy of the OSAI fixture, with `change` applied. */
  function repo(change?: (dir: string) => void): string {
    const dir = mkdtempSync(join(tmpdir(), 'owe-osai-'));
    cpSync(join(FIX, 'osai'), dir, { recursive: true });
    change?.(dir);
    const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
    git('init', '-q');
    git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'add', '.');
    git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-qm', 'fixture');
    return dir;
  }
  const up = mkdtempSync(join(tmpdir(), 'owe-up-'));
  mkdirSync(join(up, 'osai'), { recursive: true });
  const sync = (location: string) =>
    spawnSync(NODE, ['src/cli/upstream-sync.ts', 'osai', location], {
      env: { ...process.env, OWE_UPSTREAM_DIR: up, OWE_CONTENT_DIR: 'tests/fixtures/content' },
      encoding: 'utf8',
    });

  it(
    'writes the snapshot and its license, then reports models added, removed and reclassified',
    { timeout: 60_000 },
    () => {
      const first = sync(repo());
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout).toContain('added: 2 (example.yaml, other.yaml)');
      expect(readFileSync(join(up, 'osai', 'LICENSE.md'), 'utf8')).toContain('doi:10.5281/zenodo.15386042');
      const second = sync(
        repo((d) => {
          writeFileSync(
            join(d, 'other.yaml'),
            readFileSync(join(d, 'other.yaml'), 'utf8').replace(
              'trainingcode:\n    class: open',
              'trainingcode:\n    class: closed',
            ),
          );
          writeFileSync(join(d, 'example.yaml'), '');
        }),
      );
      // The emptied file is refused: nothing changes.
      expect(second.status).toBe(1);
      expect(second.stderr).toContain('example.yaml: expected a map of fields');
      expect(JSON.parse(readFileSync(join(up, 'osai', 'snapshot.json'), 'utf8')).models).toHaveLength(2);
      const third = sync(
        repo((d) => {
          writeFileSync(
            join(d, 'other.yaml'),
            readFileSync(join(d, 'other.yaml'), 'utf8').replace(
              'trainingcode:\n    class: open',
              'trainingcode:\n    class: closed',
            ),
          );
          writeFileSync(
            join(d, 'new.yaml'),
            readFileSync(join(d, 'other.yaml'), 'utf8').replace('name: Other', 'name: New'),
          );
        }),
      );
      expect(third.status, third.stderr).toBe(0);
      expect(third.stdout).toContain('added: 1 (new.yaml)');
      expect(third.stdout).toContain('other.yaml: trainingcode: open → closed');
    },
  );

  it('refuses a mapping to an id that does not exist, leaving the old snapshot', { timeout: 60_000 }, () => {
    const before = readFileSync(join(up, 'osai', 'snapshot.json'), 'utf8');
    writeFileSync(join(up, 'mapping.yaml'), 'osai:\n  other.yaml: no-such-model\n');
    const run = sync(repo());
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('unknown model id "no-such-model"');
    expect(readFileSync(join(up, 'osai', 'snapshot.json'), 'utf8')).toBe(before);
  });
});

describe('mapping notes and checks', () => {
  it('keeps cross-check explanations apart from disagreement notes, and refuses an unknown id in either', () => {
    const osai = parseOsai(osaiFiles(), SOURCE).snapshot as OsaiSnapshot;
    const dir = mkdtempSync(join(tmpdir(), 'owe-checks-'));
    writeFileSync(
      join(dir, 'mapping.yaml'),
      'osai:\n  example.yaml: example-base\nnotes:\n  "*.weights.osai": Graded otherwise.\nchecks:\n  example-base.released.osai: OSAI dates the family by its latest model.\n  nope.released.osai: x\n',
    );
    const { mapping, problems } = readMapping(new Set(['example-base']), { osai }, dir);
    expect(mapping.checks.get('example-base.released.osai')).toBe('OSAI dates the family by its latest model.');
    expect(mapping.notes.get('*.weights.osai')).toBe('Graded otherwise.');
    expect(mapping.notes.has('example-base.released.osai')).toBe(false);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /mapping\.yaml:7 checks\.nope\.released\.osai: unknown model id "nope": write "<model id>\.<field>\.<index>"/,
      ),
    ]);
  });
});
