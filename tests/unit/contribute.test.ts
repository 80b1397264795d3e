/**
 * The contributor's tools: field documentation generated from the schemas' JSDoc, the
 * `npm run new` scaffold (valid, every field explained, bad or taken ids refused), and the
 * warnings `npm run validate` prints (uncited sources, placeholders left).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContentFiles, toContentFile, type ContentFile } from '../../src/checks/content-files.ts';
import { validateFiles, formatProblem } from '../../src/checks/validate.ts';
import { bodyProblems } from '../../src/checks/body-check.ts';
import { integrityProblems } from '../../src/checks/integrity.ts';
import { schemaDocs, undocumentedFields, type DocumentedField } from '../../src/checks/schema-docs.ts';
import { collectionFields, fieldRows, flattenFields, refPaths, valuesAt } from '../../src/checks/schema-fields.ts';
import { checkNewEntry, collectionNamed, scaffoldEntry, ScaffoldError, TODO } from '../../src/checks/scaffold.ts';
import { contentWarnings, placeholderWarnings, uncitedSourceWarnings } from '../../src/checks/warnings.ts';
import { COLLECTION_SPECS, COLLECTIONS, type CollectionName } from '../../src/schemas/index.ts';

const FIXTURES = 'tests/fixtures/content';
const NODE = './node_modules/.bin/node';
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));
function tempContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'owe-contribute-'));
  temps.push(dir);
  cpSync(FIXTURES, join(dir, 'content'), { recursive: true });
  return join(dir, 'content');
}

const problemsOf = (files: ContentFile[]) => {
  const { problems, entries } = validateFiles(files);
  return [...problems, ...bodyProblems(files), ...integrityProblems(entries)].map(formatProblem);
};
const findField = (fields: readonly DocumentedField[], path: string) => {
  const f = flattenFields(fields).find((x) => x.path === path) as DocumentedField | undefined;
  if (!f) throw new Error(`no field ${path}`);
  return f;
};

describe('field documentation from the schemas', () => {
  const docs = schemaDocs();

  it('covers every collection, and every field at every depth has its JSDoc', () => {
    expect([...docs.keys()].sort()).toEqual([...COLLECTIONS].sort());
    expect(undocumentedFields(docs)).toEqual([]);
  });

  it('takes each explanation from the JSDoc written above the field', () => {
    const model = readFileSync('src/schemas/model.ts', 'utf8');
    const name = findField(docs.get('models')!.fields, 'name');
    expect(model).toContain(`/** ${name.doc} */\n      name:`);
    // Through a spread of shared fields, and through a sub-schema built by a helper function.
    expect(findField(docs.get('models')!.fields, 'sources').doc).toMatch(
      /^Documents that support the entry as a whole/,
    );
    expect(findField(docs.get('licenses')!.fields, 'clauses.patentGrant.value').doc).toMatch(/^yes, no, conditional/);
    expect(findField(docs.get('models')!.fields, 'openness.trainingData').doc).toBe('The training data itself.');
    expect(docs.get('models')!.description).toMatch(/^models: one entry per model release/);
    expect(docs.get('models')!.schemaFile).toBe('src/schemas/model.ts');
  });

  // Runs the TypeScript compiler over a copy of the schemas: slow on a loaded machine.
  it('follows an edited comment: the schema file is the only list', { timeout: 60_000 }, () => {
    mkdirSync('tests/.output', { recursive: true });
    const root = mkdtempSync(join(process.cwd(), 'tests/.output/schema-'));
    temps.push(root);
    cpSync('src/schemas', join(root, 'src/schemas'), { recursive: true });
    const file = join(root, 'src/schemas/lab.ts');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/\/\*\* [^*]*\*\/\n(\s*)name:/, '/** A changed explanation. */\n$1name:'),
    );
    expect(findField(schemaDocs(root).get('labs')!.fields, 'name').doc).toBe('A changed explanation.');
    expect(findField(schemaDocs().get('labs')!.fields, 'name').doc).not.toBe('A changed explanation.');
  });

  it('reads type, required, default and allowed values from the zod schema', () => {
    const m = docs.get('models')!.fields;
    expect(findField(m, 'name')).toMatchObject({ kind: 'text', required: true, maxLength: 120 });
    expect(findField(m, 'lab')).toMatchObject({ kind: 'ref', ref: 'labs', required: true });
    expect(findField(m, 'released')).toMatchObject({ kind: 'date', required: false });
    expect(findField(m, 'availability').values).toEqual(['open-weights', 'gated', 'closed']);
    expect(findField(m, 'modalities')).toMatchObject({ kind: 'list', required: false });
    expect(findField(m, 'evidence.contextWindow')).toMatchObject({ kind: 'group', required: false });
    expect(findField(m, 'variants')).toMatchObject({ kind: 'list', required: false, defaultValue: [] });
    expect(findField(m, 'contextWindow').kind).toBe('integer');
    expect(findField(m, 'editUrl').kind).toBe('choice');
    expect(findField(docs.get('articles')!.fields, 'lastReviewed').kind).toBe('day');
    expect(findField(docs.get('sources')!.fields, 'url').kind).toBe('url');
  });

  it('documents the fields shared by every openness component once', () => {
    const paths = fieldRows('models', docs.get('models')!.fields).map((r) => r.path);
    expect(paths).toContain('openness.weights');
    expect(paths).toContain('openness.<component>.status');
    expect(paths).not.toContain('openness.weights.status');
    expect(fieldRows('licenses', docs.get('licenses')!.fields).map((r) => r.path)).toContain('clauses.<clause>.source');
  });

  it('knows which fields cite sources', () => {
    expect(refPaths('licenses', 'sources').sort()).toEqual(
      [
        'clauses.acceptableUsePolicy.source',
        'clauses.attribution.source',
        'clauses.commercialUse.source',
        'clauses.derivativeObligations.source',
        'clauses.fieldOfUseRestrictions.source',
        'clauses.outputUseRestrictions.source',
        'clauses.patentGrant.source',
        'clauses.revocable.source',
        'clauses.userThreshold.source',
        'sources',
      ].sort(),
    );
    expect(
      valuesAt({ clauses: { commercialUse: { source: 'a' } }, sources: ['b', 'c'] }, 'clauses.commercialUse.source'),
    ).toEqual(['a']);
    expect(valuesAt({ sources: ['b', 'c'] }, 'sources')).toEqual(['b', 'c']);
    expect(valuesAt({ sources: [{ collection: 'sources', id: 'd' }] }, 'sources')).toEqual(['d']);
  });
});

describe('npm run new: the scaffold', () => {
  const docs = schemaDocs();
  const fixtures = readContentFiles(FIXTURES);
  const ids = Object.fromEntries(
    COLLECTIONS.map((c) => [c, fixtures.filter((f) => f.collection === c).map((f) => f.id)]),
  ) as Record<CollectionName, string[]>;
  const ctx = { ids, today: '2026-05-24' };

  for (const collection of COLLECTIONS) {
    it(`a new ${collection} entry passes every check and explains every field`, () => {
      const { file, text } = scaffoldEntry(docs.get(collection)!, 'brand-new', ctx);
      expect(file).toBe(`brand-new.${COLLECTION_SPECS[collection].ext}`);
      const entry = toContentFile(collection, `${FIXTURES}/${collection}/${file}`, text);
      expect(problemsOf([...fixtures, entry])).toEqual([]);
      for (const f of flattenFields(collectionFields(collection))) {
        expect(text, `field ${f.path}`).toMatch(new RegExp(`^[# -]*${f.name}:`, 'm'));
      }
      // Every required top-level field carries a placeholder the validator warns about.
      const required = collectionFields(collection).filter((f) => f.required && f.kind !== 'group');
      const warned = placeholderWarnings([entry])
        .filter((w) => w.field !== 'body')
        .map((w) => w.field);
      expect(warned).toEqual(required.map((f) => f.name));
    });
  }

  it('starts a name from the id and an event date from its id', () => {
    const { text } = scaffoldEntry(docs.get('events')!, '2023-07-18-llama-2-release', ctx);
    expect(text).toMatch(/^date: 2023-07-18 # TODO$/m);
    expect(text).toMatch(/^title: Llama 2 release # TODO$/m);
    expect(scaffoldEntry(docs.get('models')!, 'qwen-3', ctx).text).toMatch(/^lab: example-lab # TODO$/m);
  });

  it('never claims openness or a license clause: placeholders say unknown', () => {
    expect(scaffoldEntry(docs.get('models')!, 'x', ctx).text).toMatch(/^# {5}status: unknown # TODO$/m);
    expect(scaffoldEntry(docs.get('licenses')!, 'x', ctx).text).toMatch(/^# {5}value: unknown # TODO$/m);
  });

  it('accepts singular and plural collection names', () => {
    expect(collectionNamed('model')).toBe('models');
    expect(collectionNamed('Models')).toBe('models');
    expect(collectionNamed('term')).toBe('glossary');
    expect(collectionNamed('source')).toBe('sources');
    expect(collectionNamed('page')).toBeUndefined();
  });

  it('refuses bad ids, taken ids and unknown collections, saying what to do', () => {
    const taken = new Set(['llama-2']);
    const refuse = (c: string, id: string) => {
      try {
        checkNewEntry(c, id, taken);
      } catch (e) {
        expect(e).toBeInstanceOf(ScaffoldError);
        return (e as Error).message;
      }
      throw new Error(`accepted ${c} ${id}`);
    };
    expect(refuse('models', 'llama-2')).toBe(
      'content/models/llama-2 already exists: edit that file, or choose another id',
    );
    expect(refuse('models', 'Llama 3')).toContain(
      '"Llama 3" is not a valid id: use lower-case letters, digits and single hyphens',
    );
    expect(refuse('models', 'Llama 3')).toContain('e.g. "llama-3"');
    for (const bad of ['llama--3', '-llama', 'llama-', 'llama_3', 'llama.mdx', '../etc/passwd', 'ÿ'])
      expect(refuse('models', bad)).toContain('is not a valid id');
    expect(refuse('widgets', 'x')).toBe(
      'unknown collection "widgets": use one of articles, glossary, models, labs, licenses, events, sources',
    );
    expect(refuse('models', '')).toContain('give the new entry an id');
    expect(checkNewEntry('model', 'llama-3', taken)).toBe('models');
  });

  it('the command writes the file once and refuses a second time', { timeout: 60_000 }, () => {
    const dir = tempContent();
    const env = { ...process.env, OWE_CONTENT_DIR: dir };
    const first = spawnSync(NODE, ['src/cli/new.ts', 'models', 'my-model'], { env, encoding: 'utf8' });
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('created ');
    const written = readFileSync(join(dir, 'models/my-model.mdx'), 'utf8');
    expect(written).toMatch(/^name: My model # TODO$/m);
    const again = spawnSync(NODE, ['src/cli/new.ts', 'models', 'my-model'], { env, encoding: 'utf8' });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('content/models/my-model already exists');
    expect(readFileSync(join(dir, 'models/my-model.mdx'), 'utf8')).toBe(written);
    const bad = spawnSync(NODE, ['src/cli/new.ts', 'models', 'My Model'], { env, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('is not a valid id');
    expect(existsSync(join(dir, 'models/My Model.mdx'))).toBe(false);
    // The new file validates; validate lists its placeholders as warnings, not failures.
    const validate = spawnSync(NODE, ['src/cli/validate.ts'], { env, encoding: 'utf8' });
    expect(validate.status, validate.stderr).toBe(0);
    expect(validate.stdout).toMatch(/models\/my-model\.mdx:\d+ name: placeholder from npm run new/);
    expect(validate.stdout).toContain('content ok:');
  });
});

describe('warnings printed by npm run validate', () => {
  const fixtures = readContentFiles(FIXTURES);

  it('the fixture set has none', () => {
    expect(contentWarnings(fixtures, validateFiles(fixtures).entries)).toEqual([]);
  });

  it('a source no page cites is listed', () => {
    const lonely = toContentFile(
      'sources',
      `${FIXTURES}/sources/lonely.yaml`,
      'title: Lonely\nauthor: Someone\nkind: news\n',
    );
    const warnings = uncitedSourceWarnings(validateFiles([...fixtures, lonely]).entries).map(formatProblem);
    expect(warnings).toEqual([
      `${FIXTURES}/sources/lonely.yaml:1: no page cites source "lonely": cite it where it supports a claim ([^lonely]), or delete the file`,
    ]);
  });

  it('a source cited only by a field (a license clause) counts as cited', () => {
    // example-license-text is cited in the license body and its clauses: drop the body citations.
    const files = fixtures.map((f) =>
      f.body.includes('[^example-license-text]') ? { ...f, body: f.body.replaceAll('[^example-license-text]', '') } : f,
    );
    expect(uncitedSourceWarnings(validateFiles(files).entries)).toEqual([]);
    const noClause = files.map((f) =>
      f.id === 'example-license'
        ? { ...f, yaml: f.yaml.replaceAll('source: example-license-text', 'source: example-report') }
        : f,
    );
    expect(uncitedSourceWarnings(validateFiles(noClause).entries).map((w) => w.file)).toEqual([
      `${FIXTURES}/sources/example-license-text.yaml`,
    ]);
  });

  it('validate prints them and still succeeds', { timeout: 30_000 }, () => {
    const dir = tempContent();
    writeFileSync(
      join(dir, 'sources/lonely.yaml'),
      'title: Lonely\nauthor: Someone\nkind: news\ndate: 2024\nurl: https://example.org/\naccessed: 2026-11-29\n',
    );
    const run = spawnSync(NODE, ['src/cli/validate.ts'], {
      env: { ...process.env, OWE_CONTENT_DIR: dir },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('1 warning (shown, not failures):');
    expect(run.stdout).toContain('sources/lonely.yaml:1: no page cites source "lonely"');
  });

  it(`a ${TODO} placeholder left in a field or the body is listed with its line`, () => {
    const model = toContentFile(
      'models',
      `${FIXTURES}/models/half-done.mdx`,
      '---\nname: Half # TODO\n# family: TODO\nlab: example-lab\navailability: gated\nsummary: Done.\n---\n\nTODO: write it\n',
    );
    expect(placeholderWarnings([model]).map(formatProblem)).toEqual([
      `${FIXTURES}/models/half-done.mdx:2 name: placeholder from npm run new: replace the value with a sourced one, then delete "# TODO"`,
      `${FIXTURES}/models/half-done.mdx:9 body: placeholder text from npm run new: write the entry`,
    ]);
  });
});
