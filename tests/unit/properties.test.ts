/**
 * Property-based tests (fast-check) for the three gates contributed text passes: the
 * frontmatter splitter and YAML reader, the validator, and the MDX guard. Generated and
 * mutated inputs never make them throw, and never let a refused construct through.
 * Every run uses one seed, printed on failure: `FC_SEED=<seed> npx vitest run
 * --config tests/vitest.config.ts tests/unit/properties.test.ts` replays it.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { bodyProblems } from '../../src/checks/body-check.ts';
import { readContentFiles, toContentFile, type ContentFile } from '../../src/checks/content-files.ts';
import { decodeContent, firstInvalidUtf8, nestingProblems, textProblems } from '../../src/checks/file-checks.ts';
import { parseYaml, splitFrontmatter } from '../../src/checks/frontmatter.ts';
import { validateFiles } from '../../src/checks/validate.ts';

vi.setConfig({ testTimeout: 300_000 });

const SEED = Number(process.env.FC_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS = Number(process.env.FC_RUNS ?? 150);

/** Runs a property with the suite's seed; a failure names the seed to replay it. */
function holds(property: fc.IRawProperty<unknown[]>, numRuns = RUNS): void {
  try {
    fc.assert(property, { seed: SEED, numRuns });
  } catch (error) {
    throw new Error(
      `property failed with seed ${SEED}: replay with FC_SEED=${SEED} npx vitest run --config tests/vitest.config.ts tests/unit/properties.test.ts\n${(error as Error).message}`,
      { cause: error },
    );
  }
}

/** Lines that matter to the splitter, mixed with arbitrary text. */
const line = fc.oneof(
  fc.constantFrom('---', '--- ', '----', '--- x', '---\r', '...', '', ' ', '\t', 'name: x', 'a: "---"', '# h', 'x: |'),
  fc.string({ maxLength: 12 }),
);
const lines = fc.array(line, { maxLength: 14 }).map((ls) => ls.join('\n'));

describe('frontmatter splitter', () => {
  it('never throws; what it reads as YAML and body is what the text holds, closed where Astro closes it', () => {
    holds(
      fc.property(lines, (text) => {
        const s = splitFrontmatter(text);
        if (!s.hasFrontmatter) return s.body === text;
        expect(text.split('\n')[0]!.startsWith('---')).toBe(true);
        // No line of the YAML starts with ---: Astro would have closed the block there.
        expect(s.yaml.split('\n').some((l) => l.startsWith('---'))).toBe(false);
        if (s.problems.length === 0) {
          expect(text.endsWith(s.body)).toBe(true);
          const head = text.slice(0, text.length - s.body.length);
          expect(head.startsWith(`---`)).toBe(true);
          if (s.body !== '') expect(head.split('\n').length).toBe(s.bodyLine);
        }
        return true;
      }),
    );
  });
});

/** Plain frontmatter data: the shapes contributors write. */
const key = fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,8}$/);
const scalar = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.boolean(),
  fc.constantFrom('2024-01-02', 'yes', 'null', '~', '*a', '&a', '!x', '<<', '{a}', '[x]', '- x', '"q"', "'s'"),
);
const plainData = fc.dictionary(
  key,
  fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(key, scalar, { maxKeys: 3 })),
  {
    minKeys: 1,
    maxKeys: 6,
  },
);

/** A construct the YAML reader must refuse, as lines to insert between top-level fields. */
const refused = fc.constantFrom(
  { lines: ['zzanchor: &a1 value', 'zzalias: *a1'], says: 'not allowed' },
  { lines: ['zzanchor: &a2 [1, 2]'], says: 'YAML anchor &a2 is not allowed' },
  { lines: ['zztag: !custom value'], says: 'YAML tag !custom is not allowed' },
  { lines: ['zztag: !!binary aGk='], says: 'YAML tag !!binary is not allowed' },
  { lines: ['zzdup: 1', 'zzdup: 2'], says: 'duplicate field "zzdup"' },
  { lines: ['zztab:', '\tinner: 1'], says: 'tab used for indentation' },
  { lines: ['? [complex]', ': key'], says: 'complex keys' },
  { lines: ['zzbad: [unclosed'], says: 'YAML syntax error' },
  { lines: ['zzmerge: &m { a: 1 }', 'zzuse:', '  <<: *m'], says: 'not allowed' },
);

describe('YAML reader', () => {
  it('reads generated plain data back exactly, as plain JSON values', () => {
    holds(
      fc.property(plainData, (data) => {
        const parsed = parseYaml(stringify(data));
        expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
        if (parsed.ok) expect(JSON.parse(JSON.stringify(parsed.data))).toEqual(data);
      }),
    );
  });

  it('refuses every anchor, alias, tag, duplicate, tab and complex key inserted anywhere between fields', () => {
    holds(
      fc.property(plainData, refused, fc.nat(), (data, construct, at) => {
        const text = stringify(data).trimEnd().split('\n');
        const starts = text.flatMap((l, i) => (/^[a-zA-Z]/.test(l) ? [i] : [])).concat(text.length);
        const where = starts[at % starts.length]!;
        text.splice(where, 0, ...construct.lines);
        const parsed = parseYaml(text.join('\n'));
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) expect(parsed.problems.map((p) => p.message).join('\n')).toContain(construct.says);
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    holds(fc.property(fc.oneof(fc.string({ maxLength: 200 }), lines), (text) => void parseYaml(text)));
  });
});

/** Markdown that is safe, as paragraphs. */
const safeBlock = fc.constantFrom(
  'Plain text with a figure of 7B.',
  '# A heading',
  '- item\n- item',
  '> a quote',
  '| a | b |\n| --- | --- |\n| 1 | 2 |',
  '**bold** and _em_',
  '[a link](https://example.org/)',
  'A citation.[^example-report]',
  'Escaped \\< and \\{ characters.',
  '1. one\n2. two',
);
/** Constructs the MDX guard refuses, each a paragraph of its own. */
const construct = fc.constantFrom(
  { text: 'import fs from "node:fs"', says: '`import` and `export` are not allowed' },
  { text: 'export const a = 1', says: '`import` and `export` are not allowed' },
  { text: 'The secret is {process.env.HOME}.', says: '`{...}` expressions are not allowed' },
  { text: '{/* a comment */}', says: '`{...}` expressions are not allowed' },
  { text: '<script>alert(1)</script>', says: '<script> is not allowed' },
  { text: '<img src="x" onerror="alert(1)" />', says: 'not allowed' },
  { text: '<a href="javascript:alert(1)">x</a>', says: 'not allowed' },
  { text: '[x](javascript:alert(1))', says: 'javascript:, data: and vbscript: URLs are not allowed' },
  { text: '[x](data:text/html,hi)', says: 'javascript:, data: and vbscript: URLs are not allowed' },
  { text: '![x](JAVASCRIPT:alert(1))', says: 'javascript:, data: and vbscript: URLs are not allowed' },
  { text: '[x]: vbscript:msgbox\n\n[x]', says: 'javascript:, data: and vbscript: URLs are not allowed' },
  { text: '<Foo bar="1" />', says: '<Foo> is not allowed' },
  { text: '<>fragment</>', says: 'fragments' },
  { text: '<span {...props}>x</span>', says: 'not allowed' },
);

const FIXTURES = 'tests/fixtures/content';
const fixtures = readContentFiles(FIXTURES);
const model = fixtures.find((f) => f.path.endsWith('models/example-base.mdx'))!;
const withBody = (body: string): ContentFile =>
  toContentFile('models', model.path, `---\n${model.yaml}\n---\n\n${body}\n`);

describe('MDX guard (through the content check)', () => {
  it('refuses a refused construct placed anywhere among safe Markdown, with its message', () => {
    holds(
      fc.property(fc.array(safeBlock, { maxLength: 6 }), construct, fc.nat(), (blocks, bad, at) => {
        const parts: string[] = [...blocks];
        parts.splice(at % (parts.length + 1), 0, bad.text);
        const problems = bodyProblems([withBody(parts.join('\n\n'))]);
        expect(problems.length, parts.join('\n\n')).toBeGreaterThan(0);
        const messages = problems.map((p) => p.message).join('\n');
        // A construct that breaks MDX's syntax is refused as a syntax error: refused all the same.
        if (!messages.includes('MDX syntax error')) expect(messages).toContain(bad.says);
      }),
    );
  });

  it('accepts safe Markdown, and never throws on arbitrary bodies', () => {
    holds(
      fc.property(fc.array(safeBlock, { maxLength: 8 }), (blocks) => {
        expect(bodyProblems([withBody(blocks.join('\n\n'))])).toEqual([]);
      }),
    );
    holds(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), lines), (body) => {
        for (const p of bodyProblems([withBody(body)])) expect(p.line).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});

/** Small edits a contributor (or an attacker) might make to a file's text. */
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      line,
      construct.map((c) => c.text),
      fc.string({ maxLength: 8 }),
    ),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, m: Mutation): string {
  const at = m.at % (text.length + 1);
  if (m.kind === 'insert') return text.slice(0, at) + m.text + text.slice(at);
  if (m.kind === 'delete') return text.slice(0, at) + text.slice(at + m.length);
  const ls = text.split('\n');
  const i = m.at % ls.length;
  ls.splice(i, 0, ls[i]!);
  return ls.join('\n');
}

const original = new Map(
  fixtures.map((f) => [f.path, f.path.endsWith('.yaml') ? f.yaml : `---\n${f.yaml}\n---\n${f.body}`]),
);

describe('validator', () => {
  it('never throws on mutated fixtures, and names the file, a line and a message for every problem', () => {
    holds(
      fc.property(fc.nat(fixtures.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }), (index, edits) => {
        const target = fixtures[index]!;
        const text = edits.reduce(mutate, original.get(target.path)!);
        const changed = toContentFile(target.collection, target.path, text);
        const files = fixtures.map((f) => (f.path === target.path ? changed : f));
        const { problems, entries } = validateFiles(files);
        const all = [...problems, ...bodyProblems(files)];
        for (const p of all) {
          expect(p.file).toBeTruthy();
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.message.length).toBeGreaterThan(5);
          // The safety net in validateFiles catches what a check throws: it must never be needed.
          expect(p.message).not.toContain('could not be checked');
        }
        // What the validator accepts is plain data: no anchors, tags or duplicate keys got through.
        for (const e of entries) expect(() => JSON.stringify(e.data)).not.toThrow();
      }),
      RUNS * 2,
    );
  });

  it('a file with an anchor or alias inserted as a field is never accepted', () => {
    holds(
      fc.property(fc.nat(fixtures.length - 1), fc.constantFrom('&a', '*a', '!tag', '!!str'), (index, mark) => {
        const target = fixtures[index]!;
        const text = original.get(target.path)!;
        const yamlStart = target.path.endsWith('.yaml') ? 0 : 4;
        const mutated = `${text.slice(0, yamlStart)}zz: ${mark} x\n${text.slice(yamlStart)}`;
        const files = fixtures.map((f) => (f.path === target.path ? toContentFile(f.collection, f.path, mutated) : f));
        const { problems, entries } = validateFiles(files);
        expect(entries.some((e) => e.file.path === target.path)).toBe(false);
        expect(problems.some((p) => p.file === target.path)).toBe(true);
      }),
      40,
    );
  });
});

describe('file checks', () => {
  it('decode exactly the bytes a strict UTF-8 decoder accepts, and find the first bad byte', () => {
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    holds(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        let ok = true;
        try {
          strict.decode(bytes);
        } catch {
          ok = false;
        }
        expect(firstInvalidUtf8(bytes) === bytes.length).toBe(ok);
        if (!ok) expect(() => strict.decode(bytes.subarray(0, firstInvalidUtf8(bytes)))).not.toThrow();
        const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
        expect('text' in decodeContent(bytes)).toBe(ok && !bom);
      }),
      RUNS * 4,
    );
  });

  it('text and nesting checks never throw and name lines inside the text', () => {
    holds(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), lines), (text) => {
        const count = text.split('\n').length;
        for (const p of [...textProblems(text), ...nestingProblems(text, 1)]) {
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.line).toBeLessThanOrEqual(count);
        }
      }),
    );
  });
});
