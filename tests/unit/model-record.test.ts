/** Each model's derived record, and each entry's page frame: computed once, read by every page. */
import { describe, expect, it } from 'vitest';
import { modelRecords } from '../../src/site/model-record.ts';
import { assessOpenness } from '../../src/domain/verdicts.ts';
import { href } from '../../src/domain/urls.ts';
import { ENTRY_KINDS, TYPE_ORDER } from '../../src/domain/entry-kinds.ts';

const lab = { id: 'lab-a', data: { name: 'Lab A', country: 'FR' } };
const license = (id: string, commercialUse: 'yes' | 'no') => ({
  id,
  data: {
    name: `${id} license`,
    shortName: id,
    tier: commercialUse === 'yes' ? ('permissive' as const) : ('research' as const),
    osiApproved: commercialUse === 'yes',
    clauses: { commercialUse: { value: commercialUse } },
  },
});
const model = (id: string, licenseId: string, base?: string, labId = 'lab-a') => ({
  id,
  data: {
    name: id.toUpperCase(),
    availability: 'open-weights',
    lab: { id: labId },
    license: { id: licenseId },
    ...(base ? { baseModel: { id: base } } : {}),
    architecture: { type: 'moe' as const, experts: 8, activeExperts: 2 },
    parameters: { total: 47, active: 13 },
    openness: { weights: { status: 'open' as const } },
  },
});

describe('model records', () => {
  const licenses = new Map([
    ['closed-terms', license('closed-terms', 'no')],
    ['open-terms', license('open-terms', 'yes')],
  ]);
  const labB = { id: 'lab-b', data: { name: 'Lab B' } };
  const models = [model('base', 'closed-terms'), model('child', 'open-terms', 'base', 'lab-b')];
  const labs = new Map([
    ['lab-a', lab],
    ['lab-b', labB],
  ]);
  const records = modelRecords(models, labs, licenses, new Map(models.map((m) => [m.id, m])));

  it('hold the URL, the lookups and the verdicts, computed from the same inputs as before', () => {
    const child = records.get('child')!;
    expect(child.href).toBe(href('models', 'child'));
    expect(child.lab).toBe(labB);
    expect(child.license).toBe(licenses.get('open-terms'));
    expect(child.base?.id).toBe('base');
    expect(child.assessment).toEqual(assessOpenness(models[1]!.data.openness, licenses.get('open-terms')!.data));
    expect(child.row.assessment).toBe(child.assessment);
    expect(child.architecture).toBe('Mixture of experts, 8 experts (2 active)');
  });

  it('check a derivative against its base once: a derivative cannot grant commercial use its base forbids', () => {
    expect(records.get('child')!.lineage.worst).toBe('conflict');
    // A lab relicensing its own model sets the terms itself.
    const own = [model('base', 'closed-terms'), model('child', 'open-terms', 'base')];
    const ownRecords = modelRecords(own, labs, licenses, new Map(own.map((m) => [m.id, m])));
    expect(ownRecords.get('child')!.lineage.worst).toBe('ok');
    expect(records.get('base')!.lineage).toEqual({ findings: [], worst: 'ok' });
  });

  it('refuse a model whose lab is unknown', () => {
    expect(() => modelRecords([model('x', 'open-terms')], new Map(), licenses, new Map())).toThrow(/unknown lab/);
  });
});

describe('entry kinds', () => {
  it('name every collection with a page, in the order of the type facet', () => {
    expect(TYPE_ORDER).toEqual(Object.values(ENTRY_KINDS));
    expect(new Set(TYPE_ORDER).size).toBe(TYPE_ORDER.length);
    expect(href('sources', 'x')).toBe('/sources/#x');
    expect(href('models', 'x', 'lineage-record')).toBe('/models/x/#lineage-record');
  });
});
