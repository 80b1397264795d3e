/** Content problems as GitHub workflow commands and the pull request's job summary. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  changedPages,
  escapeData,
  escapeProperty,
  formatAnnotations,
  jobSummary,
  problemAnnotation,
  sitePathOf,
  workflowCommand,
} from '../../src/checks/github-annotations.ts';

describe('workflow command escaping', () => {
  it('percent-encodes %, CR and LF in messages', () => {
    expect(escapeData('100% sure\r\nnext: a, b')).toBe('100%25 sure%0D%0Anext: a, b');
  });
  it('also encodes : and , in properties', () => {
    expect(escapeProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
  });
  it('writes ::level props::message and leaves out empty properties', () => {
    expect(workflowCommand('warning', { file: 'x.mdx', line: undefined, title: '' }, 'm')).toBe(
      '::warning file=x.mdx::m',
    );
    expect(workflowCommand('notice', {}, 'plain')).toBe('::notice::plain');
  });
});

describe('problem annotations', () => {
  it('put each problem on its file and line, with the field in the title', () => {
    expect(
      problemAnnotation({
        file: 'content/models/broken.mdx',
        line: 7,
        field: 'license',
        message: 'unknown license "mit-ish": no content/licenses/mit-ish.mdx (use an existing id, e.g. mit)',
      }),
    ).toBe(
      '::error file=content/models/broken.mdx,line=7,title=Content check%3A license::unknown license "mit-ish": no content/licenses/mit-ish.mdx (use an existing id, e.g. mit)',
    );
  });
  it('cannot be broken out of by a hostile message or file name', () => {
    const line = problemAnnotation({
      file: 'content/models/a,line=1.mdx',
      line: 2,
      field: '',
      message: 'first\n::error file=evil::injected',
    });
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toBe(
      '::error file=content/models/a%2Cline=1.mdx,line=2,title=Content check::first%0A::error file=evil::injected',
    );
  });
  it('lists errors, then warnings', () => {
    const p = { file: 'f', line: 1, field: 'a', message: 'x' };
    expect(formatAnnotations([p], [{ ...p, message: 'w' }]).split('\n')).toEqual([
      '::error file=f,line=1,title=Content check%3A a::x',
      '::warning file=f,line=1,title=Content check%3A a::w',
    ]);
  });
});

describe('job summary', () => {
  const diff = [
    'M\tcontent/models/llama-2.mdx',
    'A\tcontent/licenses/new-license.mdx',
    'D\tcontent/glossary/gone.mdx',
    'R090\tcontent/models/old-name.mdx\tcontent/models/new-name.mdx',
    'M\tcontent/sources/llama-2-paper.yaml',
    'M\tcontent/README.txt',
    '',
  ].join('\n');
  it('turns changed files into site paths', () => {
    expect(sitePathOf('content/models/llama-2.mdx')).toBe('/models/llama-2/');
    expect(sitePathOf('content/sources/x.yaml')).toBe('/sources/#x');
    expect(sitePathOf('src/lib/x.ts')).toBeUndefined();
    expect(changedPages(diff)).toEqual([
      { change: 'removed', file: 'content/glossary/gone.mdx', path: '/glossary/gone/' },
      { change: 'added', file: 'content/licenses/new-license.mdx', path: '/licenses/new-license/' },
      { change: 'changed', file: 'content/models/llama-2.mdx', path: '/models/llama-2/' },
      { change: 'renamed', file: 'content/models/new-name.mdx', path: '/models/new-name/', from: '/models/old-name/' },
      { change: 'changed', file: 'content/sources/llama-2-paper.yaml', path: '/sources/#llama-2-paper' },
    ]);
  });
  it('lists problems and pages, with contributed text made inert', () => {
    const md = jobSummary(
      [
        {
          file: 'content/models/a.mdx',
          line: 3,
          field: 'license',
          message: 'bad <script>x</script> | `y` [z](javascript:1)',
        },
      ],
      changedPages(diff),
    );
    expect(md).toContain('1 problem');
    expect(md).toContain(
      '- `content/models/a.mdx:3` **license**: bad &lt;script&gt;x&lt;/script&gt; \\| \\`y\\` \\[z\\](javascript:1)',
    );
    expect(md).toContain('| renamed | `/models/new-name/` (was `/models/old-name/`) | `content/models/new-name.mdx` |');
    expect(md).not.toContain('<script>');
    expect(jobSummary([], [])).toContain('No problems');
  });
});

describe('npm run validate -- --format github', () => {
  it('annotates a broken entry on its line and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'owe-annot-'));
    try {
      const content = join(dir, 'content');
      cpSync('tests/fixtures/content', content, { recursive: true });
      const file = join(content, 'models/example-base.mdx');
      const text = readFileSync(file, 'utf8').replace('license: example-license\n', 'license: no-such-license\n');
      writeFileSync(file, text);
      const line = text.split('\n').indexOf('license: no-such-license') + 1;
      const run = spawnSync(process.execPath, ['src/cli/validate.ts', '--format', 'github'], {
        encoding: 'utf8',
        env: { ...process.env, OWE_CONTENT_DIR: content },
      });
      expect(run.status).toBe(1);
      const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::error '));
      const mine = annotations.find((l) => l.includes('models/example-base.mdx'));
      expect(mine).toMatch(
        new RegExp(
          `^::error file=[^,]*content/models/example-base\\.mdx,line=${line},title=Content check%3A license::.*no-such-license`,
        ),
      );
      expect(run.stdout).toMatch(/problems? in \d+ entries/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('refuses an unknown format', () => {
    const run = spawnSync(process.execPath, ['src/cli/validate.ts', '--format', 'xml'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--format must be one of text, github');
  });
});
