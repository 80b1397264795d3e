/**
 * The data exports in dist/ agree with the content: every collection's JSON holds exactly the
 * entries the validator reads (same ids, same fields, same bodies), the CSV holds the same
 * values as the JSON, each record fits its generated JSON Schema, and the derived verdicts
 * are the ones the openness and lineage rules compute.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { readContentFiles } from '../../src/checks/content-files.ts';
import { validateFiles } from '../../src/checks/validate.ts';
import { cellText, csvColumns, valueAt } from '../../src/exports/csv.ts';
import { COLLECTIONS, plainValue, type CollectionName } from '../../src/exports/records.ts';
import { refId } from '../../src/domain/lineage.ts';
import { assessOpenness } from '../../src/domain/verdicts.ts';
import { DIST } from '../support/dist.ts';

const files = readContentFiles();
const { entries, problems } = validateFiles(files);
const read = (path: string) => {
  const full = join(DIST, path);
  if (!existsSync(full)) throw new Error(`${path} is not in dist/: run the build first`);
  return readFileSync(full, 'utf8');
};
const json = <T = unknown>(path: string) => JSON.parse(read(path)) as T;
type Rec = Record<string, unknown> & { id: string; page: string; body?: string };
type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  required?: string[];
  enum?: unknown[];
  anyOf?: Schema[];
  additionalProperties?: boolean;
  description?: string;
};

/** Checks a value against the subset of JSON Schema zod emits here: types, enums, required and closed objects. */
function conforms(value: unknown, s: Schema, path: string, errors: string[]): void {
  if (s.anyOf) {
    const sub = s.anyOf.map(() => [] as string[]);
    s.anyOf.forEach((alt, i) => conforms(value, alt, path, sub[i]!));
    if (!sub.some((e) => e.length === 0)) errors.push(`${path}: matches no alternative (${sub.flat()[0]})`);
    return;
  }
  if (s.enum && !s.enum.includes(value))
    errors.push(`${path}: ${JSON.stringify(value)} not in ${JSON.stringify(s.enum)}`);
  const t = s.type;
  if (t === 'object' || s.properties) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return void errors.push(`${path}: not an object`);
    const o = value as Record<string, unknown>;
    for (const r of s.required ?? []) if (!(r in o)) errors.push(`${path}.${r}: required, missing`);
    for (const [k, v] of Object.entries(o)) {
      const child = s.properties?.[k];
      if (!child) {
        if (s.additionalProperties === false) errors.push(`${path}.${k}: not in the schema`);
      } else conforms(v, child, `${path}.${k}`, errors);
    }
  } else if (t === 'array') {
    if (!Array.isArray(value)) return void errors.push(`${path}: not an array`);
    value.forEach((v, i) => s.items && conforms(v, s.items, `${path}[${i}]`, errors));
  } else if (t === 'string' && typeof value !== 'string') errors.push(`${path}: not a string`);
  else if ((t === 'number' || t === 'integer') && typeof value !== 'number') errors.push(`${path}: not a number`);
  else if (t === 'integer' && !Number.isInteger(value)) errors.push(`${path}: not an integer`);
  else if (t === 'boolean' && typeof value !== 'boolean') errors.push(`${path}: not a boolean`);
}

describe('data exports agree with the content', () => {
  it('the content used for this build validates', () => {
    expect(problems).toEqual([]);
  });

  for (const c of COLLECTIONS) {
    describe(c, () => {
      const mine = entries.filter((e) => e.file.collection === c).sort((a, b) => (a.file.id < b.file.id ? -1 : 1));
      const records = json<Rec[]>(`/data/${c}.json`);

      it('JSON: one record per entry, sorted by id, with the path of its page', () => {
        expect(records.map((r) => r.id)).toEqual(mine.map((e) => e.file.id));
        for (const r of records) expect(r.page).toBe(c === 'sources' ? `/sources/#${r.id}` : `/${c}/${r.id}/`);
        // Every page exists (sources: the bibliography).
        for (const r of records) expect(existsSync(join(DIST, r.page.split('#')[0]!, 'index.html')), r.page).toBe(true);
      });

      it('JSON: the fields are the validated frontmatter, the body is the file body', () => {
        for (const [i, r] of records.entries()) {
          const { id, page, body, ...data } = r;
          void id;
          void page;
          // The validator parses references into { id, collection }; the export writes the id.
          expect(data, `${c}/${r.id}`).toEqual(JSON.parse(JSON.stringify(plainValue(mine[i]!.data))));
          if (c !== 'sources') expect(body).toBe(mine[i]!.file.body.trim());
          else expect(body).toBeUndefined();
        }
      });

      it('JSON Schema: every record conforms, every field is described', () => {
        const schema = json<Schema>(`/data/schema/${c}.json`);
        expect(schema.type).toBe('array');
        const errors: string[] = [];
        conforms(records, schema, c, errors);
        expect(errors.slice(0, 10)).toEqual([]);
        const undescribed = Object.entries(schema.items!.properties!)
          .filter(([, p]) => !p.description)
          .map(([k]) => k);
        expect(undescribed).toEqual([]);
        const input = json<Schema>(`/data/schema/${c}.input.json`);
        expect(input.type).toBe('object');
        expect(input.properties!.id).toBeUndefined();
      });

      it('CSV: the same records and values as the JSON, one column per leaf field', () => {
        const rows = parseCsv(read(`/data/${c}.csv`));
        const schema = json<Schema>(`/data/schema/${c}.json`);
        const columns = csvColumns(schema.items! as Parameters<typeof csvColumns>[0]);
        expect(rows[0]).toEqual(columns);
        expect(rows.length - 1).toBe(records.length);
        for (const [i, r] of records.entries()) {
          const expected = columns.map((col) => cellText(valueAt(r, col)));
          expect(rows[i + 1], `${c}/${r.id}`).toEqual(expected);
        }
      });
    });
  }

  it('the manifest lists every file, with entry counts and the license', () => {
    const manifest = json<{
      license: { spdx: string };
      files: { name: string; entries: number; json: string; csv: string }[];
    }>('/data/index.json');
    expect(manifest.license.spdx).toBeTruthy();
    for (const c of COLLECTIONS) {
      const f = manifest.files.find((x) => x.name === c)!;
      expect(f.entries).toBe(entries.filter((e) => e.file.collection === c).length);
      expect(new URL(f.json).pathname).toBe(`/data/${c}.json`);
      expect(new URL(f.csv).pathname).toBe(`/data/${c}.csv`);
    }
  });

  it('the /data/ page links every file and documents every CSV column', async () => {
    const html = read('/data/index.html');
    for (const c of COLLECTIONS) {
      for (const href of [
        `/data/${c}.json`,
        `/data/${c}.csv`,
        `/data/schema/${c}.json`,
        `/data/schema/${c}.input.json`,
      ])
        expect(html).toContain(`href="${href}"`);
      const schema = json<Schema>(`/data/schema/${c}.json`);
      for (const col of csvColumns(schema.items! as Parameters<typeof csvColumns>[0]))
        expect(html, `${c}: ${col}`).toMatch(new RegExp(`<code[^>]*>${col.replace(/\./g, '\\.')}</code>`));
    }
  });
});

describe('derived verdicts export', () => {
  const verdicts = json<Record<string, string | number>[]>('/data/model-verdicts.json');
  const byId = new Map(verdicts.map((v) => [v.id as string, v]));
  const data = (c: CollectionName, id: string) =>
    entries.find((e) => e.file.collection === c && e.file.id === id)?.data as Record<string, any> | undefined;

  it('has one row per model, in the JSON and the CSV', () => {
    expect(verdicts.map((v) => v.id)).toEqual(
      entries
        .filter((e) => e.file.collection === 'models')
        .map((e) => e.file.id)
        .sort(),
    );
    const rows = parseCsv(read('/data/model-verdicts.csv'));
    expect(rows.length - 1).toBe(verdicts.length);
    const header = rows[0]!;
    for (const [i, v] of verdicts.entries()) expect(rows[i + 1]).toEqual(header.map((h) => cellText(v[h])));
  });

  it('agrees with the openness rules applied to each model and its license', () => {
    for (const v of verdicts) {
      const m = data('models', v.id as string)!;
      const license = m.license ? data('licenses', refId(m.license)!) : undefined;
      const a = assessOpenness(m.openness, license as never);
      expect({ score: v.score, scoreMax: v.scoreMax, osaid: v.osaid, mofClass: v.mofClass }, String(v.id)).toEqual({
        score: a.score.score,
        scoreMax: a.score.max,
        osaid: a.osaid.verdict,
        mofClass: a.mof.cls ?? '',
      });
    }
  });

  it('gives the verdicts a reader would expect on known models', () => {
    // Llama 2: open weights, but the community license carries an acceptable-use policy and a
    // user threshold, and training code and data are closed: it fails OSAID 1.0.
    expect(byId.get('llama-2')).toMatchObject({
      osaid: 'fails',
      'osaid.weights': 'met',
      'osaid.terms': 'not-met',
      'osaid.trainingCode': 'not-met',
      mofClass: '',
    });
    // A closed model fails on its weights, and has no license to earn credit for.
    expect(byId.get('muse-spark')).toMatchObject({
      osaid: 'fails',
      'osaid.weights': 'not-met',
      'osaid.terms': 'not-shown',
    });
    // Under an OSI-approved license the terms requirement is met, whatever the rest of the record says;
    // a verdict left undetermined is never a failure of the terms.
    const apache = verdicts.filter((v) => refId(data('models', v.id as string)?.license) === 'apache-2-0');
    expect(apache.length).toBeGreaterThan(0);
    for (const v of apache) expect(v['osaid.terms'], String(v.id)).toBe('met');
    // A derivative with a base carries a lineage check; a model without one does not.
    expect(byId.get('deepseek-r1-distill-llama-8b')!.lineageCheck).not.toBe('');
    expect(byId.get('llama-2')!.lineageCheck).toBe('');
  });
});
