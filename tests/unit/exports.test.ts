/** Data exports: records, CSV writing and reading, JSON Schema from the zod schemas; the model comparison row. */
import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { readContentFiles } from '../../src/checks/content-files.ts';
import { validateFiles } from '../../src/checks/validate.ts';
import { COLLECTIONS, exportRecords, plainValue } from '../../src/exports/records.ts';
import { cellText, csvColumns, toCsv } from '../../src/exports/csv.ts';
import { collectionJsonSchema } from '../../src/exports/json-schema.ts';
import { clauseTally, clauseTone, facet, modelRow, sideBySideCss, tierLabel } from '../../src/domain/compare.ts';

describe('records', () => {
  it('references become ids, undefined fields disappear', () => {
    expect(
      plainValue({
        lab: { collection: 'labs', id: 'meta' },
        models: [{ collection: 'models', id: 'a' }],
        x: undefined,
        n: 1,
      }),
    ).toEqual({ lab: 'meta', models: ['a'], n: 1 });
  });
  it('sorted by id, with url and body', () => {
    const r = exportRecords('models', [
      { id: 'b', data: { name: 'B' }, body: '\nText.\n' },
      { id: 'a', data: { name: 'A' } },
    ]);
    expect(r).toEqual([
      { id: 'a', page: '/models/a/', name: 'A', body: '' },
      { id: 'b', page: '/models/b/', name: 'B', body: 'Text.' },
    ]);
    expect(exportRecords('sources', [{ id: 's', data: { title: 'T' } }])).toEqual([
      { id: 's', page: '/sources/#s', title: 'T' },
    ]);
  });
});

describe('CSV', () => {
  it('quotes what needs quoting and reads back what it wrote', () => {
    expect(toCsv([{ a: 'plain', b: 'a, "b"\nc' }], ['a', 'b'])).toBe('a,b\r\nplain,"a, ""b""\nc"\r\n');
    expect(cellText(['x', 'y'])).toBe('x; y');
    expect(cellText(undefined)).toBe('');
    expect(cellText(false)).toBe('false');
    const records = [
      { id: 'a', parameters: { total: 7 }, aliases: ['A, one', 'A "two"'] },
      { id: 'b', summary: 'Line one\nline two' },
    ];
    const csv = toCsv(records, ['id', 'parameters.total', 'aliases', 'summary']);
    expect(csv.split('\r\n')[0]).toBe('id,parameters.total,aliases,summary');
    expect(parseCsv(csv, { relax_column_count: false })).toEqual([
      ['id', 'parameters.total', 'aliases', 'summary'],
      ['a', '7', 'A, one; A "two"', ''],
      ['b', '', '', 'Line one\nline two'],
    ]);
  });
});

describe('JSON Schema', () => {
  it('is generated for every collection, in both directions', () => {
    for (const c of COLLECTIONS) {
      const out = collectionJsonSchema(c, 'output');
      expect(out.type).toBe('array');
      const item = out.items!;
      expect(item.additionalProperties).toBe(false);
      expect(item.required).toContain('id');
      expect(item.properties!.page).toBeTruthy();
      const input = collectionJsonSchema(c, 'input');
      expect(input.type).toBe('object');
      expect(input.properties!.id).toBeUndefined();
    }
  });
  it('describes the model fields: enums, references, defaults optional on input', () => {
    const item = collectionJsonSchema('models', 'output').items!;
    expect(item.properties!.availability!.enum).toEqual(['open-weights', 'gated', 'closed']);
    expect(item.properties!.lab).toMatchObject({ type: 'string', description: expect.stringContaining('labs') });
    expect(item.required).toContain('variants');
    expect(collectionJsonSchema('models', 'input').required).not.toContain('variants');
  });
  it('gives CSV columns as dotted leaf paths, body left out', () => {
    const cols = csvColumns(collectionJsonSchema('models', 'output').items!);
    expect(cols.slice(0, 3)).toEqual(['id', 'page', 'name']);
    expect(cols).toContain('parameters.total');
    expect(cols).toContain('openness.weights.status');
    expect(cols).toContain('aliases');
    expect(cols).not.toContain('body');
    expect(cols).not.toContain('parameters');
  });
});

describe('model comparison row', () => {
  const { entries } = validateFiles(readContentFiles('tests/fixtures/content'));
  const get = (id: string) => entries.find((e) => e.file.id === id)!;
  const asInput = (id: string) => ({ id, data: get(id).data as any });
  const lab = asInput('example-lab');
  const license = asInput('example-license');

  it('gives sort values as text, unknowns empty', () => {
    const row = modelRow(asInput('example-base'), lab, license);
    expect(row.sort).toEqual({
      name: 'Example Base 70B',
      lab: 'Example Lab',
      released: '2023-09-27',
      total: '46.7',
      active: '12.9',
      arch: 'MoE',
      context: '32768',
      tokens: '2',
      license: 'Example CL',
      openness: '25',
    });
    expect(row.filter).toMatchObject({
      lab: 'example-lab',
      country: 'France',
      tier: ['source-available'],
      license: ['example-license'],
      // 46.7B and its 8B variant: the release matches either size class.
      size: ['15-50b', '4-15b'],
      arch: 'moe',
      year: '2023',
      open: ['weights'],
    });
    const distill = modelRow(asInput('example-distill'), lab, undefined);
    expect(distill.sort).toMatchObject({
      arch: '',
      active: '',
      context: '',
      tokens: '',
      license: '',
      released: '2024',
    });
    expect(distill.filter.tier).toEqual(['none']);
  });

  it("a variant's license counts in the tier and license filters", () => {
    const other = { id: 'other-license', data: { ...license.data, tier: 'permissive', shortName: 'Other' } };
    const base = asInput('example-base');
    const withVariant = {
      ...base,
      data: { ...base.data, variants: [{ parameters: { total: 1 }, license: { id: 'other-license' } }] },
    };
    const row = modelRow(withVariant, lab, license, (id) => (id === 'other-license' ? other : undefined));
    expect(row.filter.tier).toEqual(['source-available', 'permissive']);
    expect(row.filter.license).toEqual(['example-license', 'other-license']);
    expect(row.filter.size).toEqual(['15-50b', 'under-4b']);
  });

  it('facets count values and skip unknowns', () => {
    const rows = [
      modelRow(asInput('example-base'), lab, license),
      modelRow(asInput('example-distill'), lab, undefined),
    ];
    expect(facet(rows, 'arch')).toEqual([{ value: 'moe', label: 'moe', count: 1 }]);
    expect(facet(rows, 'tier', tierLabel).map((o) => [o.label, o.count])).toEqual([
      ['Source-available community', 1],
      ['No license recorded', 1],
    ]);
  });
});

describe('comparison helpers', () => {
  it('colours a clause by whether it favours the user', () => {
    expect(clauseTone('commercialUse', 'yes')).toBe('yes');
    expect(clauseTone('commercialUse', 'no')).toBe('no');
    expect(clauseTone('acceptableUsePolicy', 'yes')).toBe('no');
    expect(clauseTone('acceptableUsePolicy', 'no')).toBe('yes');
    expect(clauseTone('userThreshold', 'conditional')).toBe('conditional');
    expect(clauseTone('revocable', 'unknown')).toBe('unknown');
  });
  it('counts clause values, unrecorded as unknown', () => {
    const ls = [
      { data: { clauses: { commercialUse: { value: 'yes' } } } },
      { data: { clauses: {} } },
      { data: { clauses: { commercialUse: { value: 'conditional' } } } },
    ];
    expect(clauseTally(ls, 'commercialUse')).toEqual({ yes: 1, conditional: 1, no: 0, unknown: 1 });
  });
  it('writes one side-by-side rule per model, and the empty-state rules', () => {
    const css = sideBySideCss(['llama-2', 'qwen3']);
    expect(css).toContain('.sbs .sbs-col { display: none; }');
    expect(css).toContain('.sbs:has(#pick-llama-2:checked) .c-llama-2 { display: table-cell; }');
    expect(css).toContain('.sbs:has(#pick-qwen3:checked) .c-qwen3 { display: table-cell; }');
    expect(css.trim().split('\n')).toHaveLength(5);
  });
});
