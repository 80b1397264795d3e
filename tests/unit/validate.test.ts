/**
 * The schemas and the validator, as a contributor meets them: a valid fixture set passes,
 * and each broken input is refused with the file, the line, the field and the fix.
 */
import { describe, expect, it } from 'vitest';
import { readContentFiles, toContentFile, type ContentFile } from '../../src/checks/content-files.ts';
import { validateFiles, formatProblem } from '../../src/checks/validate.ts';
import { checkContent } from '../../src/checks/check-content.ts';
import { integrityProblems } from '../../src/checks/integrity.ts';
import { bodyProblems } from '../../src/checks/body-check.ts';

const FIXTURES = 'tests/fixtures/content';
const valid = () => readContentFiles(FIXTURES);

/** The fixture set with one file's text replaced (or added). */
function withFile(path: string, text: string): ContentFile[] {
  const [, collection] = path.split('/') as [string, ContentFile['collection']];
  const replacement = toContentFile(collection, `${FIXTURES}/${path.slice('content/'.length)}`, text);
  return [...valid().filter((f) => f.path !== replacement.path), replacement];
}

/** Every reported problem as text. */
function problemsOf(files: ContentFile[]): string[] {
  const { problems, entries } = validateFiles(files);
  return [...problems, ...bodyProblems(files), ...integrityProblems(entries)].map(formatProblem);
}

const MODEL = `---
name: Broken Model
lab: example-lab
released: 2024-01-02
availability: open-weights
license: example-license
summary: A model.
---

Body.
`;
const modelWith = (replace: [string, string][]) => replace.reduce((text, [a, b]) => text.replace(a, b), MODEL);
const MODEL_PATH = 'content/models/broken-model.mdx';
const at = `${FIXTURES}/models/broken-model.mdx`;

describe('valid content', () => {
  it('passes with no problem', () => {
    expect(problemsOf(valid())).toEqual([]);
    expect(checkContent(FIXTURES).problems).toBe(0);
  });

  // A smoke test on the real content, which is large: it may take more than the default 5 s.
  it('the site content passes too', { timeout: 60_000 }, () => {
    const { report } = checkContent();
    expect(report).toBe('');
  });

  it('normalizes dates YAML reads as numbers to text', () => {
    const { entries } = validateFiles(valid());
    const distill = entries.find((e) => e.file.id === 'example-distill')!;
    expect(distill.data.released).toBe('2024');
  });
});

describe('broken model frontmatter', () => {
  const cases: [string, string[][], string][] = [
    [
      'unknown lab',
      [['lab: example-lab', 'lab: exampel-lab']],
      `${at}:3 lab: unknown lab id "exampel-lab": there is no file content/labs/exampel-lab.* (did you mean "example-lab"?)`,
    ],
    [
      'unknown license',
      [['license: example-license', 'license: gpl-9']],
      `${at}:6 license: unknown license id "gpl-9"`,
    ],
    [
      'malformed date',
      [['released: 2024-01-02', 'released: 2024-13-02']],
      `${at}:4 released: not a real date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2023-07-18)`,
    ],
    ['impossible day', [['released: 2024-01-02', 'released: 2023-02-29']], `${at}:4 released: not a real date`],
    ['date in words', [['released: 2024-01-02', 'released: July 2023']], `${at}:4 released: not a real date`],
    ['missing required field', [['summary: A model.\n', '']], `${at}:2 summary: required field is missing`],
    [
      'unknown key',
      [['summary: A model.', 'summary: A model.\nsumary: typo']],
      `${at}:8 sumary: unknown field "sumary": remove it or fix its spelling`,
    ],
    [
      'active above total',
      [['summary: A model.', 'summary: A model.\nparameters:\n  total: 8\n  active: 9']],
      `${at}:10 parameters.active: active parameters (9B) exceed total (8B): active must be at most total`,
    ],
    [
      'bad enum',
      [['availability: open-weights', 'availability: open']],
      `${at}:5 availability: expected one of: open-weights, gated, closed`,
    ],
    [
      'closed model with a license',
      [['availability: open-weights', 'availability: closed']],
      `${at}:6 license: a closed model has no license for its weights`,
    ],
    [
      'unknown openness status',
      [['summary: A model.', 'summary: A model.\nopenness:\n  weights:\n    status: opened']],
      `${at}:10 openness.weights.status: expected one of: open, partial, closed, not-disclosed, not-applicable, unknown`,
    ],
    [
      'wrong type',
      [['summary: A model.', 'summary: A model.\ncontextWindow: lots']],
      `${at}:8 contextWindow: expected number, got "lots"`,
    ],
    ['YAML syntax error', [['name: Broken Model', 'name: [Broken']], `${at}:2 name: YAML syntax error`],
  ];
  for (const [name, replace, expected] of cases) {
    it(`refuses ${name}`, () => {
      const problems = problemsOf(withFile(MODEL_PATH, modelWith(replace as [string, string][])));
      expect(
        problems.some((p) => p.startsWith(expected)),
        `expected a problem starting with\n  ${expected}\ngot\n  ${problems.join('\n  ')}`,
      ).toBe(true);
    });
  }

  it('reports every problem at once', () => {
    const problems = problemsOf(
      withFile(
        MODEL_PATH,
        modelWith([
          ['lab: example-lab', 'lab: nope'],
          ['released: 2024-01-02', 'released: 2024-02-31'],
        ]),
      ),
    );
    expect(problems).toHaveLength(2);
  });
});

describe('evidence at the field (edition 2)', () => {
  const gapsOf = (files: ContentFile[]) => validateFiles(files).gaps.map(formatProblem);
  const problemsAndGaps = (text: string) => {
    const files = withFile(MODEL_PATH, text);
    return [...problemsOf(files), ...gapsOf(files)];
  };

  it('the fixture set has no value without its source', () => {
    expect(gapsOf(valid())).toEqual([]);
  });

  it('a figure without a citation is named at its line, with the fix', () => {
    expect(problemsAndGaps(modelWith([['summary: A model.', 'contextWindow: 8192\nsummary: A model.']]))).toContain(
      `${at}:7 contextWindow: no source for this value: add "contextWindow: <source id>" under evidence (or { source, at } to name the section)`,
    );
  });

  it('evidence may name the section, and must name a source that exists', () => {
    const ok = modelWith([
      [
        'summary: A model.',
        'evidence:\n  released: { source: example-report, at: "§1" }\n  license: example-report\nsummary: A model.',
      ],
    ]);
    expect(problemsAndGaps(ok)).toEqual([]);
    const bad = modelWith([['summary: A model.', 'evidence:\n  released: example-reprt\nsummary: A model.']]);
    expect(problemsAndGaps(bad).join('\n')).toMatch(/evidence\.released\.source: unknown source id "example-reprt"/);
  });

  it('a "not disclosed" that cites nothing is refused', () => {
    const text = modelWith([
      ['summary: A model.', 'undisclosed:\n  trainingTokens: { note: Withheld. }\nsummary: A model.'],
    ]);
    expect(problemsAndGaps(text)).toContain(
      `${at}:8 undisclosed.trainingTokens.source: "not disclosed" needs the document that shows the figure was withheld: add source: <source id>`,
    );
  });

  it('a value cannot also be marked not disclosed', () => {
    const text = modelWith([
      [
        'summary: A model.',
        'contextWindow: 8192\nundisclosed:\n  contextWindow: { source: example-report }\nsummary: A model.',
      ],
    ]);
    expect(problemsAndGaps(text).join('\n')).toContain(
      'undisclosed.contextWindow: "contextWindow" has a value and is also marked not disclosed: keep one of the two',
    );
  });

  it("a variant's license is required", () => {
    const text = modelWith([
      [
        'summary: A model.',
        'variants:\n  - name: Broken 7B\n    parameters: { total: 7 }\n    source: example-report\nsummary: A model.',
      ],
    ]);
    expect(problemsAndGaps(text)).toContain(
      `${at}:8 variants.0.license: a variant needs its license: add license: <licenses id> (sizes of one release can differ)`,
    );
  });

  it('an openness status needs its source, unless unknown', () => {
    const text = modelWith([['summary: A model.', 'summary: A model.\nopenness:\n  trainingCode: { status: closed }']]);
    expect(problemsAndGaps(text).join('\n')).toContain(
      'openness.trainingCode.source: status "closed" needs the document that shows it',
    );
  });

  it('a source lacking its URL, date or accessed date is named', () => {
    const files = [
      ...valid(),
      toContentFile('sources', `${FIXTURES}/sources/bare.yaml`, 'title: Bare\nauthor: Someone\nkind: news\n'),
    ];
    const gaps = gapsOf(files).join('\n');
    expect(gaps).toContain('sources/bare.yaml:1 url: a source needs its https URL');
    expect(gaps).toContain('sources/bare.yaml:1 date: a source needs its publication date');
    const noUrl = toContentFile(
      'sources',
      `${FIXTURES}/sources/book.yaml`,
      'title: A Book\nauthor: Someone\nkind: reference work\ndate: 1998\nnoUrl: printed only\n',
    );
    expect(gapsOf([...valid(), noUrl])).toEqual([]);
  });

  it('a license clause names the section that decides it', () => {
    const lic = valid().find((f) => f.id === 'example-license')!;
    const files = withFile(
      'content/licenses/example-license.mdx',
      `---\n${lic.yaml.replace('    section: §2\n', '')}\n---\n${lic.body}`,
    );
    expect(gapsOf(files).join('\n')).toMatch(
      /example-license\.mdx:\d+ clauses\.userThreshold\.section: name the section/,
    );
  });
});

describe('other collections', () => {
  it('a license clause with a value needs a source', () => {
    const text = valid().find((f) => f.id === 'example-license')!;
    const problems = problemsOf(
      withFile(
        'content/licenses/example-license.mdx',
        `---\n${text.yaml.replace('    source: example-license-text\n    section: §2 Additional Commercial Terms\n', '')}\n---\n`,
      ),
    );
    expect(problems.join('\n')).toContain(
      'clauses.commercialUse.source: a clause with value "conditional" needs a source',
    );
  });

  it('an event must not predate its lab', () => {
    const problems = problemsOf(
      withFile(
        'content/events/2020-early.mdx',
        '---\ntitle: Too early\ndate: 2020\nkind: release\nlabs: [example-lab]\nsummary: Before the lab existed.\n---\n',
      ),
    );
    expect(problems).toContain(
      `${FIXTURES}/events/2020-early.mdx:2 date: 2020 is before example-lab was founded (2023-04): fix the date, or remove example-lab from labs`,
    );
  });

  it('glossary definitions stay short', () => {
    const long = 'x'.repeat(201);
    const problems = problemsOf(
      withFile('content/glossary/long-term.mdx', `---\nterm: long term\ncategory: weights\ndefinition: ${long}\n---\n`),
    );
    expect(problems.join('\n')).toContain('definition: must be at most 200 characters');
  });

  it('an alias may name only one term', () => {
    const problems = problemsOf(
      withFile(
        'content/glossary/clash.mdx',
        '---\nterm: clash\naliases: [ET]\ncategory: weights\ndefinition: Clashes.\n---\n',
      ),
    );
    expect(problems.join('\n')).toContain('"ET" already names the term in');
  });

  it('source URLs must be https', () => {
    const problems = problemsOf(
      withFile('content/sources/bad-url.yaml', 'title: Bad\nauthor: Someone\nurl: javascript:alert(1)\nkind: news\n'),
    );
    expect(problems).toContain(
      `${FIXTURES}/sources/bad-url.yaml:3 url: expected a full URL starting with https:// (other schemes are not allowed)`,
    );
  });

  it('an entry file with the wrong extension is named', () => {
    const files = [...valid(), { ...toContentFile('models', `${FIXTURES}/models/odd.md`, MODEL) }];
    expect(problemsOf(files)).toContain(
      `${FIXTURES}/models/odd.md:1: a model file must end in .mdx: rename it to odd.mdx`,
    );
  });
});

describe('bodies', () => {
  it('an unknown citation id is refused with its line', () => {
    const problems = problemsOf(withFile(MODEL_PATH, MODEL.replace('Body.', 'Body.\n\nClaim.[^no-such-source]')));
    expect(problems).toContain(
      `${at}:12 body: unknown source id "[^no-such-source]": add content/sources/no-such-source.yaml, fix the id, or write [^citation-needed]`,
    );
  });

  it('an import in contributed MDX is refused with its line', () => {
    const problems = problemsOf(withFile(MODEL_PATH, MODEL.replace('Body.', 'import fs from "node:fs";\n\nBody.')));
    expect(problems.join('\n')).toContain(`${at}:10 body: \`import\` and \`export\` are not allowed in content`);
  });

  it('an expression is refused', () => {
    const problems = problemsOf(withFile(MODEL_PATH, MODEL.replace('Body.', 'Secret: {process.env.HOME}')));
    expect(problems.join('\n')).toContain(`${at}:10 body: \`{...}\` expressions are not allowed in content`);
  });

  it('a stray < is a syntax error named with its line', () => {
    const problems = problemsOf(withFile(MODEL_PATH, MODEL.replace('Body.', 'Size <5 KB.')));
    expect(problems.join('\n')).toMatch(new RegExp(`${at}:10 body: MDX syntax error`));
  });
});

describe('links in bodies', () => {
  it('a link to an entry that does not exist is refused', () => {
    const problems = problemsOf(
      withFile(
        MODEL_PATH,
        MODEL.replace('Body.', 'See [x](/models/nope/) and [y](/timeline/#2099-none) and [ok](/labs/example-lab/).'),
      ),
    );
    expect(problems).toContain(
      `${at}:10 body: link to /models/nope/ points to no entry: there is no content/models/nope.mdx (fix the link or add the entry)`,
    );
    expect(problems).toContain(
      `${at}:10 body: link to /timeline/#2099-none points to no entry: there is no content/events/2099-none.mdx (fix the link or add the entry)`,
    );
    expect(problems.filter((p) => p.includes('example-lab'))).toEqual([]);
  });
});
