/**
 * Malformed files, as a new contributor might write them by mistake or an attacker on purpose:
 * each is named as `file:line field: problem (fix)`, all in one run, with no exception thrown,
 * and the pathological ones are refused quickly without being parsed.
 * Cases that need real bytes on disk (symbolic link, size, encoding, folders, names) are written
 * to a temporary content folder; the others go through `toContentFile` as text.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content.ts';
import { readContentFiles, toContentFile } from '../../src/checks/content-files.ts';
import { LIMITS, nestingOf } from '../../src/checks/file-checks.ts';
import { formatProblem, validateFiles } from '../../src/checks/validate.ts';
import { bodyProblems } from '../../src/checks/body-check.ts';
import { MALFORMED, writeMalformed } from '../support/malformed-files.ts';

const FIXTURES = 'tests/fixtures/content';
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

const LAB = `---
name: Broken Lab
kind: company
country: France
summary: A lab.
---

Body text.
`;

/** Every problem the validator and the body check report for one file beside the valid fixtures. */
function problemsFor(name: string, text: string, collection: 'labs' | 'sources' = 'labs'): string[] {
  const file = toContentFile(collection, `content/${collection}/${name}`, text);
  const files = [...readContentFiles(FIXTURES), file];
  return [...validateFiles(files).problems, ...bodyProblems(files)].map(formatProblem);
}

describe('malformed text, each with its exact message', () => {
  const cases: [string, string, string, string[]][] = [
    [
      'YAML syntax error',
      'broken-lab.mdx',
      LAB.replace('kind: company', 'kind: [company'),
      [
        'content/labs/broken-lab.mdx:3 kind: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ] (check indentation, colons and quotes)',
      ],
    ],
    [
      'anchors and aliases',
      'broken-lab.mdx',
      LAB.replace('name: Broken Lab', 'name: &n Broken Lab').replace('summary: A lab.', 'summary: *n'),
      [
        'content/labs/broken-lab.mdx:2 name: YAML anchor &n is not allowed (frontmatter is data, not a program): remove it and write values out in full',
        'content/labs/broken-lab.mdx:5 summary: YAML alias *n is not allowed (frontmatter is data, not a program): write the value out in full',
      ],
    ],
    [
      'a custom tag',
      'broken-lab.mdx',
      LAB.replace('country: France', 'country: !secret France'),
      [
        'content/labs/broken-lab.mdx:4 country: YAML tag !secret is not allowed: remove it (quote the value if it must stay text)',
      ],
    ],
    [
      'a standard tag',
      'broken-lab.mdx',
      LAB.replace('country: France', 'country: !!str France'),
      [
        'content/labs/broken-lab.mdx:4 country: YAML tag !!str is not allowed: remove it (quote the value if it must stay text)',
      ],
    ],
    [
      'a duplicate key',
      'broken-lab.mdx',
      LAB.replace('summary: A lab.', 'summary: A lab.\nkind: nonprofit'),
      ['content/labs/broken-lab.mdx:6 kind: duplicate field "kind" (first on line 3): keep one of them'],
    ],
    [
      'tab indentation',
      'broken-lab.mdx',
      LAB.replace('summary: A lab.', 'summary:\n\tA lab.'),
      ['content/labs/broken-lab.mdx:6: tab used for indentation: indent with spaces (YAML does not allow tabs)'],
    ],
    [
      'a byte-order mark read as text',
      'broken-lab.mdx',
      `\uFEFF${LAB}`,
      ['content/labs/broken-lab.mdx:1: the file starts with a byte-order mark (BOM): save it as UTF-8 without BOM'],
    ],
    [
      'CRLF line ends',
      'broken-lab.mdx',
      LAB.replace(/\n/g, '\r\n'),
      [
        'content/labs/broken-lab.mdx:1: Windows (CRLF) or old Mac (CR) line ends: save the file with LF line ends (git: core.autocrlf=input; editors: "LF")',
      ],
    ],
    [
      'a control character',
      'broken-lab.mdx',
      LAB.replace('Body text.', 'Body\u0000text.'),
      [
        'content/labs/broken-lab.mdx:8: control character U+0000: remove it (it is invisible and breaks feeds and exports)',
      ],
    ],
    [
      'an empty file',
      'broken-lab.mdx',
      '',
      ['content/labs/broken-lab.mdx:1: the file is empty: write the entry (npm run new makes a valid start)'],
    ],
    [
      'a file of blank lines',
      'broken-lab.mdx',
      '\n \n\n',
      ['content/labs/broken-lab.mdx:1: the file is empty: write the entry (npm run new makes a valid start)'],
    ],
    [
      'an empty YAML source',
      'empty-source.yaml',
      '',
      ['content/sources/empty-source.yaml:1: the file is empty: write the entry (npm run new makes a valid start)'],
    ],
    [
      'a file that is only frontmatter',
      'broken-lab.mdx',
      LAB.replace('\nBody text.\n', ''),
      ["content/labs/broken-lab.mdx:6: frontmatter only, no text: write the lab's text below the closing ---"],
    ],
    [
      'frontmatter that never closes',
      'broken-lab.mdx',
      LAB.replace('---\n\nBody', '\nBody'),
      [
        'content/labs/broken-lab.mdx:1: the frontmatter opened on line 1 never closes: add a line with --- after the last field',
      ],
    ],
    [
      'text on the closing line',
      'broken-lab.mdx',
      LAB.replace('A lab.\n---', 'A lab.\n--- end'),
      [
        'content/labs/broken-lab.mdx:6: a line starting with --- closes the frontmatter: write --- alone on the closing line (quote a value that starts with ---)',
      ],
    ],
    [
      'blank lines before the frontmatter',
      'broken-lab.mdx',
      `\n\n${LAB}`,
      ['content/labs/broken-lab.mdx:1: blank lines before the opening ---: the file must start with the --- line'],
    ],
    [
      'no frontmatter',
      'broken-lab.mdx',
      'Just a body.\n',
      [
        'content/labs/broken-lab.mdx:1: no frontmatter: start the file with a --- block of fields (see CONTRIBUTING.md)',
      ],
    ],
    [
      'a capital letter in the name',
      'Broken-Lab.mdx',
      LAB,
      [
        `content/labs/Broken-Lab.mdx:1: "Broken-Lab" is not a valid file name: use lower-case letters, digits and hyphens (the name is the page's URL): rename it to broken-lab.mdx`,
      ],
    ],
    [
      'a space in the name',
      'broken lab.mdx',
      LAB,
      [
        `content/labs/broken lab.mdx:1: "broken lab" is not a valid file name: use lower-case letters, digits and hyphens (the name is the page's URL): rename it to broken-lab.mdx`,
      ],
    ],
    [
      'non-ASCII in the name',
      'café-lab.mdx',
      LAB,
      [
        `content/labs/café-lab.mdx:1: "café-lab" is not a valid file name: use lower-case letters, digits and hyphens (the name is the page's URL): rename it to cafe-lab.mdx`,
      ],
    ],
    [
      'an unexpected extension',
      'notes.txt',
      'notes',
      ['content/labs/notes.txt:1: a lab file must end in .mdx: rename it to notes.mdx'],
    ],
    [
      'a line over the limit',
      'broken-lab.mdx',
      LAB.replace('Body text.', 'x'.repeat(LIMITS.lineChars + 1)),
      [
        `content/labs/broken-lab.mdx:8: line 8 is ${LIMITS.lineChars + 1} characters long, over the limit of ${LIMITS.lineChars}: break it into paragraphs or lines`,
      ],
    ],
    [
      '10,000 nested list items on one line (over the line limit)',
      'broken-lab.mdx',
      LAB.replace('Body text.', `${'- '.repeat(10_000)}x`),
      [
        `content/labs/broken-lab.mdx:8: line 8 is 20001 characters long, over the limit of ${LIMITS.lineChars}: break it into paragraphs or lines`,
      ],
    ],
    [
      '5,000 nested list items',
      'broken-lab.mdx',
      LAB.replace('Body text.', `${'- '.repeat(5_000)}x`),
      [
        `content/labs/broken-lab.mdx:8 body: lists or quotes nested more than ${LIMITS.nesting} levels deep: flatten them (headings or a table give structure)`,
      ],
    ],
    [
      'quotes nested 5,000 deep',
      'broken-lab.mdx',
      LAB.replace('Body text.', `${'> '.repeat(5_000)}x`),
      [
        `content/labs/broken-lab.mdx:8 body: lists or quotes nested more than ${LIMITS.nesting} levels deep: flatten them (headings or a table give structure)`,
      ],
    ],
    [
      'a list nested by indentation',
      'broken-lab.mdx',
      LAB.replace('Body text.', Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')),
      [
        `content/labs/broken-lab.mdx:${8 + LIMITS.nesting} body: lists or quotes nested more than ${LIMITS.nesting} levels deep: flatten them (headings or a table give structure)`,
      ],
    ],
  ];

  for (const [name, file, text, expected] of cases) {
    it(name, () => {
      const collection = file.endsWith('.yaml') ? 'sources' : 'labs';
      const started = performance.now();
      const problems = problemsFor(file, text, collection);
      expect(problems).toEqual(expected);
      expect(performance.now() - started).toBeLessThan(2000);
    });
  }

  it('indentation inside fenced code is text, not nesting', () => {
    const code = Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}x`).join('\n');
    expect(problemsFor('broken-lab.mdx', LAB.replace('Body text.', `Text.\n\n\`\`\`\n${code}\n\`\`\`\n`))).toEqual([]);
  });

  it('nesting is counted from markers and indentation', () => {
    expect(nestingOf('plain text')).toBe(0);
    expect(nestingOf('- a')).toBe(1);
    expect(nestingOf('> - 1. x')).toBe(3);
    expect(nestingOf('    - x')).toBe(3);
    expect(nestingOf('---')).toBe(0);
  });
});

describe('malformed files on disk, all reported in one run', () => {
  const root = mkdtempSync(join(tmpdir(), 'owe-malformed-'));
  temps.push(root);
  const content = join(root, 'content');
  cpSync(FIXTURES, content, { recursive: true });
  writeMalformed(content);
  const rel = relative(process.cwd(), content);
  const expected = MALFORMED.flatMap((c) => c.expected.map((line) => `${rel}/${line}`));

  it('the validator names every file at once, exactly, and nothing else', () => {
    const started = performance.now();
    const { report, list } = checkContent(content);
    expect(
      expected.filter((line) => !report.split('\n').some((l) => l.trim() === line)),
      report,
    ).toEqual([]);
    expect(list.length, report).toBe(expected.length);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('npm run validate exits 1 with the same lines and no stack trace', () => {
    const cli = spawnSync('./node_modules/.bin/node', ['src/cli/validate.ts'], {
      encoding: 'utf8',
      env: { ...process.env, OWE_CONTENT_DIR: content },
    });
    expect(cli.status).toBe(1);
    expect(
      expected.filter((line) => !cli.stderr.includes(line)),
      cli.stderr,
    ).toEqual([]);
    expect(cli.stderr + cli.stdout).not.toMatch(/\n\s+at .*:\d+:\d+|Stack trace|Error:/);
  });
});
