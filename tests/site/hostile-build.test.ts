/**
 * Hostile and broken contributions, fed to the REAL build (`npm run build`, i.e. `astro build`,
 * with OWE_CONTENT_DIR pointing at a temporary copy of the fixtures and a secret in the
 * environment) and to the validator. Each must be refused with its file, line and fix; nothing
 * may be written to the output folder; the secret must appear nowhere.
 *
 * Four builds, each of the small fixture set (a few seconds):
 *   A. the site's build with every hostile file at once: the content check refuses them all
 *      before Astro reads an entry, listing every one;
 *   B. without that content check (tests/support/astro.no-precheck.config.mjs): the MDX guard
 *      inside the Markdown pipeline refuses a file holding every refused construct, line by line;
 *   C. without the content check: the collection schemas inside Astro refuse javascript:/data:
 *      URLs in frontmatter fields;
 *   D. the control, without the check and without the guard: the same expression publishes the
 *      secret, which shows what the guard prevents and that the secret search can fail. This
 *      build also shows that legitimate content (a code block included) renders with no inline
 *      style the Content-Security-Policy would refuse.
 *   E. malformed files (tests/support/malformed-files.ts: YAML anchors, tags, duplicate keys,
 *      tabs, BOM, CRLF, non-UTF-8 bytes, empty, unclosed, bad names, a symbolic link, 5 MB,
 *      10,000 nested list items...): the build names every one at once, with no stack trace.
 */
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content.ts';
import { MALFORMED, writeMalformed } from '../support/malformed-files.ts';

const FIXTURES = 'tests/fixtures/content';
const HOSTILE = 'tests/fixtures/hostile';
const PIPELINE = 'tests/fixtures/hostile-pipeline';
const SECRET = `owe-canary-${randomBytes(12).toString('hex')}`;
const NO_PRECHECK = 'tests/support/astro.no-precheck.config.mjs';
const temps: string[] = [];

interface Case {
  /** File under tests/fixtures/hostile/ (and under content/ in the build). */
  file: string;
  /** Text on the offending line, to find its number. */
  at: string;
  field: string;
  message: string;
}

/** Every hostile and broken input, with the problem the contributor must be shown. */
const CASES: Case[] = [
  {
    file: 'models/import-fs.mdx',
    at: 'import fs',
    field: 'body',
    message: '`import` and `export` are not allowed in content',
  },
  {
    file: 'models/export-const.mdx',
    at: 'export const',
    field: 'body',
    message: '`import` and `export` are not allowed in content',
  },
  {
    file: 'models/expression-in-text.mdx',
    at: '{process.env',
    field: 'body',
    message: '`{...}` expressions are not allowed in content',
  },
  {
    file: 'models/expression-in-attribute.mdx',
    at: 'href={',
    field: 'body',
    message: '<a> href: attribute values must be plain strings, not {expressions}',
  },
  {
    file: 'models/spread-attribute.mdx',
    at: '{...process.env}',
    field: 'body',
    message: '<a>: spread attributes {...} are not allowed',
  },
  { file: 'models/script-tag.mdx', at: '<script>', field: 'body', message: '<script> is not allowed in content' },
  { file: 'models/style-tag.mdx', at: '<style>', field: 'body', message: '<style> is not allowed in content' },
  { file: 'models/iframe-tag.mdx', at: '<iframe', field: 'body', message: '<iframe> is not allowed in content' },
  { file: 'models/object-tag.mdx', at: '<object', field: 'body', message: '<object> is not allowed in content' },
  { file: 'models/embed-tag.mdx', at: '<embed', field: 'body', message: '<embed> is not allowed in content' },
  {
    file: 'models/onclick-attribute.mdx',
    at: 'onclick=',
    field: 'body',
    message: '<span>: event attribute "onclick" is not allowed',
  },
  {
    file: 'models/javascript-link.mdx',
    at: '](javascript:',
    field: 'body',
    message: 'javascript:, data: and vbscript: URLs are not allowed',
  },
  {
    file: 'models/javascript-definition.mdx',
    at: '[x]: javascript:',
    field: 'body',
    message: 'javascript:, data: and vbscript: URLs are not allowed',
  },
  {
    file: 'models/javascript-attribute.mdx',
    at: 'href="javascript:',
    field: 'body',
    message: '<a> href: javascript: and data: URLs are not allowed',
  },
  {
    file: 'models/disguised-javascript-link.mdx',
    at: '](<java',
    field: 'body',
    message: 'javascript:, data: and vbscript: URLs are not allowed',
  },
  {
    file: 'models/prototype-component.mdx',
    at: '<constructor',
    field: 'body',
    message: '<constructor> is not allowed in content',
  },
  {
    file: 'models/data-image.mdx',
    at: '](data:',
    field: 'body',
    message: 'javascript:, data: and vbscript: URLs are not allowed',
  },
  {
    file: 'models/data-link.mdx',
    at: '](data:',
    field: 'body',
    message: 'javascript:, data: and vbscript: URLs are not allowed',
  },
  {
    file: 'models/unknown-component.mdx',
    at: '<ModelCard',
    field: 'body',
    message: '<ModelCard> is not allowed in content',
  },
  {
    file: 'models/miscased-component.mdx',
    at: '<Script>',
    field: 'body',
    message: '<Script> is not allowed in content',
  },
  { file: 'models/mdx-syntax-error.mdx', at: '<5 KB', field: 'body', message: 'MDX syntax error' },
  {
    file: 'models/unknown-source-id.mdx',
    at: '[^no-such-source]',
    field: 'body',
    message: 'unknown source id "[^no-such-source]": add content/sources/no-such-source.yaml',
  },
  {
    file: 'models/unknown-reference.mdx',
    at: 'lab: no-such-lab',
    field: 'lab',
    message: 'unknown lab id "no-such-lab"',
  },
  {
    file: 'models/javascript-edit-url.mdx',
    at: 'editUrl:',
    field: 'editUrl',
    message: 'expected a full URL starting with https://',
  },
  {
    file: 'labs/javascript-website.mdx',
    at: 'website:',
    field: 'website',
    message: 'expected a full URL starting with https:// (other schemes are not allowed)',
  },
  {
    file: 'sources/data-url.yaml',
    at: 'url:',
    field: 'url',
    message: 'expected a full URL starting with https:// (other schemes are not allowed)',
  },
  // Misused site components (src/domain/mdx-components.ts): name, props, types, ids, fields.
  {
    file: 'articles/component-miscased.mdx',
    at: '<fact',
    field: 'body',
    message: '<fact> is miscased: write <Fact>',
  },
  {
    file: 'articles/component-unknown-prop.mdx',
    at: '<Fact',
    field: 'body',
    message: '<Fact>: unknown prop "value" (props: model, license, field)',
  },
  {
    file: 'articles/component-wrong-type.mdx',
    at: '<SideBySide',
    field: 'body',
    message: '<SideBySide> models: give at least 2 model ids',
  },
  {
    file: 'articles/component-wrong-year.mdx',
    at: '<ModelsTable',
    field: 'body',
    message: '<ModelsTable> year: "recent" is not a year: write 2024, or 2023-2025',
  },
  {
    file: 'articles/component-expression-prop.mdx',
    at: 'model={',
    field: 'body',
    message: '<Fact> model: attribute values must be plain strings, not {expressions}',
  },
  {
    file: 'articles/component-spread-prop.mdx',
    at: '{...process.env}',
    field: 'body',
    message: '<Fact>: spread attributes {...} are not allowed',
  },
  {
    file: 'articles/component-children.mdx',
    at: '<Fact',
    field: 'body',
    message: '<Fact> takes no content between its tags',
  },
  {
    file: 'articles/component-unknown-id.mdx',
    at: 'no-such-model',
    field: 'body',
    message: '<Fact> model: unknown model id "no-such-model": there is no file content/models/no-such-model.mdx',
  },
  {
    file: 'articles/component-missing-field.mdx',
    at: '<Fact',
    field: 'body',
    message: '<Fact> field: Example Distill 8B (content/models/example-distill.mdx) has no "parameters.active"',
  },
  {
    file: 'articles/component-missing-clause.mdx',
    at: '<Fact',
    field: 'body',
    message:
      '<Fact> field: Example Community License (content/licenses/example-license.mdx) records no "revocable" clause',
  },
  {
    file: 'articles/component-no-match.mdx',
    at: '<ModelsTable',
    field: 'body',
    message: '<ModelsTable>: no model matches these filters',
  },
  {
    file: 'events/2024-02-30-malformed-date.mdx',
    at: 'date:',
    field: 'date',
    message: 'not a real date: write YYYY, YYYY-MM or YYYY-MM-DD',
  },
];

const lineOf = (path: string, needle: string) => {
  const i = readFileSync(path, 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`${path} has no line with ${needle}`);
  return i + 1;
};

/** A temporary content folder: the valid fixture set plus the given files (paths under `from`). */
function contentWith(from: string, files: readonly string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'owe-hostile-'));
  temps.push(root);
  const content = join(root, 'content');
  cpSync(FIXTURES, content, { recursive: true });
  for (const f of files) cpSync(join(from, f), join(content, f));
  return content;
}

/** Every file under `dir` (or only those ending in `ext`), read as text. */
function allText(dir: string, ext = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const full = join(dir, n);
    return statSync(full).isDirectory() ? allText(full, ext) : full.endsWith(ext) ? [readFileSync(full, 'latin1')] : [];
  });
}

interface Build {
  status: number | null;
  output: string;
  outDir: string;
}

/** `npm run build` over `content`, into a temporary outDir, with the secret in the environment. */
function build(content: string, opts: { config?: string; dropGuard?: boolean; githubActions?: boolean } = {}): Build {
  const outDir = join(resolve(content, '..'), 'out');
  const args = ['run', 'build', '--', '--outDir', outDir, ...(opts.config ? ['--config', opts.config] : [])];
  const run = spawnSync('npm', args, {
    encoding: 'utf8',
    env: {
      ...process.env,
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      OWE_CONTENT_DIR: content,
      OWE_TEST_SECRET: SECRET,
      OWE_TEST_DROP_GUARD: opts.dropGuard ? '1' : '',
      ASTRO_TELEMETRY_DISABLED: '1',
      GITHUB_ACTIONS: opts.githubActions ? 'true' : '',
    },
    timeout: 180_000,
  });
  // The content-layer cache astro.config.mjs keeps per content folder: a temp folder's is not kept.
  rmSync(`node_modules/.astro-${createHash('sha1').update(resolve(content)).digest('hex').slice(0, 10)}`, {
    recursive: true,
    force: true,
  });
  // Colours (CI terminals may ask for them) are stripped: assertions read the words.
  // eslint-disable-next-line no-control-regex -- terminal colour codes start with ESC
  const output = `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { status: run.status, output, outDir };
}

const nothingWritten = (b: Build) => !existsSync(b.outDir) || readdirSync(b.outDir).length === 0;

afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

describe('A. the site build refuses every hostile and broken file, before building anything', () => {
  let content: string;
  let result: Build;
  const expected = () =>
    CASES.map(
      (c) =>
        `${relative(process.cwd(), join(content, c.file))}:${lineOf(join(HOSTILE, c.file), c.at)} ${c.field}: ${c.message}`,
    );

  beforeAll(() => {
    content = contentWith(
      HOSTILE,
      CASES.map((c) => c.file),
    );
    // As on GitHub Actions: the refusals are also printed as workflow commands.
    result = build(content, { githubActions: true });
  }, 200_000);

  it('fails, saying nothing was built', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Content check failed; nothing was built.');
  });

  it('names every file, line, field and problem at once', () => {
    const missing = expected().filter((line) => !result.output.includes(line));
    expect(missing, result.output.slice(-4000)).toEqual([]);
  });

  it('writes nothing to the output folder', () => {
    expect(nothingWritten(result)).toBe(true);
  });

  it('on GitHub Actions, puts every refusal on its line as a workflow command', () => {
    const missing = CASES.filter((c) => {
      const file = relative(process.cwd(), join(content, c.file)).replace(/:/g, '%3A').replace(/,/g, '%2C');
      const at = `::error file=${file},line=${lineOf(join(HOSTILE, c.file), c.at)},title=Content check%3A ${c.field}::`;
      return !result.output.split('\n').some((l) => l.startsWith(at));
    }).map((c) => c.file);
    expect(missing, result.output.slice(-4000)).toEqual([]);
  });

  it('never prints the secret', () => {
    expect(result.output).not.toContain(SECRET);
  });

  it('the validator reports the same problems, and npm run validate exits 1', () => {
    const report = checkContent(content).report;
    expect(expected().filter((line) => !report.includes(line))).toEqual([]);
    const cli = spawnSync('./node_modules/.bin/node', ['src/cli/validate.ts'], {
      encoding: 'utf8',
      env: { ...process.env, OWE_CONTENT_DIR: content, OWE_TEST_SECRET: SECRET },
    });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain(expected()[0]);
    expect(cli.stdout + cli.stderr).not.toContain(SECRET);
  });

  it('each hostile file alone is refused by the validator too', () => {
    for (const c of CASES) {
      const only = contentWith(HOSTILE, [c.file]);
      const line = `${relative(process.cwd(), join(only, c.file))}:${lineOf(join(HOSTILE, c.file), c.at)} ${c.field}: ${c.message}`;
      expect(checkContent(only).report, c.file).toContain(line);
    }
  });
});

describe('B. without the content check, the MDX guard in the Markdown pipeline refuses the file', () => {
  const file = 'models/every-refused-construct.mdx';
  let result: Build;
  beforeAll(() => {
    result = build(contentWith(PIPELINE, [file]), { config: NO_PRECHECK });
  }, 200_000);

  it('fails in the MDX compile, naming the file', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).not.toContain('Content check failed');
    expect(result.output).toContain(`MDX guard refused content/${file}:`);
  });

  it('lists every refused construct with its line', () => {
    const source = join(PIPELINE, file);
    const lines: [string, string][] = [
      ['import fs', '`import` and `export` are not allowed'],
      ['export const', '`import` and `export` are not allowed'],
      ['The secret is {', '`{...}` expressions are not allowed'],
      ['href={', '<a> href: attribute values must be plain strings'],
      ['<script>', '<script> is not allowed'],
      ['<style>', '<style> is not allowed'],
      ['<iframe', '<iframe> is not allowed'],
      ['<object', '<object> is not allowed'],
      ['<embed', '<embed> is not allowed'],
      ['onclick=', '<span>: event attribute "onclick" is not allowed'],
      ['](javascript:', 'javascript:, data: and vbscript: URLs are not allowed'],
      ['](data:', 'javascript:, data: and vbscript: URLs are not allowed'],
      ['<ModelCard', '<ModelCard> is not allowed'],
      // Site components misused: what the guard alone can see, without the content.
      ['<fact ', '<fact> is miscased: write <Fact>'],
      ['<Fact modle=', '<Fact>: unknown prop "modle"'],
      ['<Fact model={', '<Fact> model: attribute values must be plain strings, not {expressions}'],
      ['<Fact {...', '<Fact>: spread attributes {...} are not allowed'],
      ['<SideBySide models="example-base"', '<SideBySide> models: give at least 2 model ids'],
      ['<Chart name="pie"', '<Chart> name: "pie" is not allowed here'],
      ['>46.7 billion</Fact>', '<Fact> takes no content between its tags'],
    ];
    const missing = lines
      .map(([at, message]) => `content/${file}:${lineOf(source, at)} ${message}`)
      .filter((l) => !result.output.includes(l));
    expect(missing, result.output.slice(-4000)).toEqual([]);
  });

  it('writes nothing and never prints the secret', () => {
    expect(nothingWritten(result)).toBe(true);
    expect(result.output).not.toContain(SECRET);
  });
});

describe('C. without the content check, the schemas inside Astro refuse javascript: and data: URLs in fields', () => {
  const files = ['labs/javascript-website.mdx', 'sources/data-url.yaml', 'models/javascript-edit-url.mdx'];
  let result: Build;
  beforeAll(() => {
    result = build(contentWith(HOSTILE, files), { config: NO_PRECHECK });
  }, 200_000);

  it('fails on the first such file, naming it and the field', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('does not match collection schema');
    expect(result.output).toMatch(/(website|url|editUrl): expected a full URL starting with https:\/\//);
    expect(files.some((f) => result.output.includes(f))).toBe(true);
  });

  it('writes nothing', () => {
    expect(nothingWritten(result)).toBe(true);
  });
});

describe('D. control: with neither the check nor the guard, the same expression publishes the secret', () => {
  let result: Build;
  beforeAll(() => {
    result = build(contentWith(HOSTILE, ['models/expression-in-text.mdx']), { config: NO_PRECHECK, dropGuard: true });
  }, 200_000);

  it('builds, and the secret is in the published page: what the guard prevents', () => {
    expect(result.status, result.output.slice(-3000)).toBe(0);
    const page = readFileSync(join(result.outDir, 'models/expression-in-text/index.html'), 'utf8');
    expect(page).toContain(SECRET);
    expect(allText(result.outDir).some((t) => t.includes(SECRET))).toBe(true);
  });

  it('legitimate content, code blocks included, renders with no inline style or script the policy would refuse', () => {
    const article = readFileSync(join(result.outDir, 'articles/example-article/index.html'), 'utf8');
    expect(article).toContain('<code class="language-sh">npm run validate');
    const inline = allText(result.outDir, '.html').flatMap((t) =>
      [...t.matchAll(/<[a-z][^>]*?\s(style|on[a-z]+)=/gi)].map((m) => m[0]),
    );
    expect(inline).toEqual([]);
  });
});

describe('E. the build names every malformed file at once, with no stack trace', () => {
  let content: string;
  let result: Build;
  beforeAll(() => {
    content = contentWith(FIXTURES, []);
    writeMalformed(content);
    result = build(content);
  }, 200_000);

  it('fails, saying nothing was built', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Content check failed; nothing was built.');
  });

  it('prints `file:line field: problem (fix)` for every file', () => {
    const rel = relative(process.cwd(), content);
    const expected = MALFORMED.flatMap((c) => c.expected.map((line) => `${rel}/${line}`));
    expect(
      expected.filter((line) => !result.output.includes(line)),
      result.output.slice(-4000),
    ).toEqual([]);
  });

  it('prints no stack trace and writes nothing', () => {
    expect(result.output).not.toMatch(/Stack trace|\n\s+at .*:\d+:\d+|unhandled error/i);
    expect(nothingWritten(result)).toBe(true);
  });
});
