/**
 * The infobox facts of a model (recorded, not disclosed, not yet recorded) and the coverage
 * figures computed from them, on the fixture set and small variations of it.
 */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/checks/content-files.ts';
import { validateFiles } from '../../src/checks/validate.ts';
import { architectureLabel, modelFacts, parametersLabel } from '../../src/domain/model-facts.ts';
import { coverageTable, coverageTargets, met } from '../../src/checks/coverage.ts';
import type { ModelData } from '../../src/schemas/model.ts';

const validated = validateFiles(readContentFiles('tests/fixtures/content'));
const model = (id: string) => validated.entries.find((e) => e.file.id === id)!.data as unknown as ModelData;

describe('model facts', () => {
  it('gives each recorded fact with the document and place that state it', () => {
    const rows = modelFacts(model('example-base'), {
      license: { href: '/licenses/example-license/', name: 'Example CL', tier: 'Source-available' },
    });
    const params = rows.find((r) => r.field === 'parameters')!;
    expect(params).toMatchObject({ state: 'recorded', text: '46.7B total, 12.9B active' });
    expect(params.evidence).toEqual({ source: { id: 'example-report', collection: 'sources' }, at: 'Table 1' });
    expect(rows.find((r) => r.field === 'license')).toMatchObject({
      text: 'Example CL',
      href: '/licenses/example-license/',
      aside: 'Source-available',
    });
  });

  it('says "not disclosed" with its document, apart from "not yet recorded"', () => {
    const rows = modelFacts(model('example-distill'));
    expect(rows.find((r) => r.field === 'trainingTokens')).toMatchObject({
      state: 'undisclosed',
      note: 'The report gives no token count.',
      evidence: { source: { id: 'example-report' } },
    });
    expect(rows.find((r) => r.field === 'contextWindow')).toMatchObject({ state: 'missing' });
    expect(rows.find((r) => r.field === 'contextWindow')!.evidence).toBeUndefined();
  });

  it('leaves out facts that do not apply: no base model for an original, no license for a closed model', () => {
    const base = model('example-base');
    expect(modelFacts(base).map((r) => r.field)).not.toContain('baseModel');
    expect(modelFacts(model('example-distill')).map((r) => r.field)).toContain('baseModel');
    const closed = { ...base, availability: 'closed' as const, license: undefined };
    expect(modelFacts(closed).map((r) => r.field)).not.toContain('license');
    expect(modelFacts(closed).map((r) => r.field)).not.toContain('huggingface');
  });

  it('labels architectures and parameter counts', () => {
    expect(architectureLabel({ type: 'moe', experts: 256, activeExperts: 8 })).toBe(
      'Mixture of experts, 256 experts (8 active)',
    );
    expect(architectureLabel({ type: 'dense' })).toBe('Dense');
    expect(parametersLabel({ total: 405 })).toBe('405B total');
    expect(parametersLabel({ total: 8, active: 8 })).toBe('8B total');
    expect(parametersLabel(undefined)).toBeUndefined();
  });
});

describe('coverage against the edition 2 targets', () => {
  const targets = coverageTargets(validated.entries, validated.gaps);
  const find = (label: string) => targets.find((t) => t.label.startsWith(label))!;

  it('counts the facts of open models not yet recorded', () => {
    const t = find('infobox facts');
    // Base: 8 facts (huggingface missing) and its active parameters; distill: 9 facts, of which architecture,
    // context, inputs and huggingface are missing (its training tokens are not disclosed, which is recorded).
    expect(t).toMatchObject({ value: 5, of: 18 });
    expect(met(t)).toBe(false);
  });

  it('counts unknown openness cells and citation-needed footnotes', () => {
    expect(find('openness cells')).toMatchObject({ value: 16, of: 18 });
    expect(find('footnotes')).toMatchObject({ value: 1, of: 11 });
    expect(find('models entries')).toMatchObject({ value: 2, goal: 200 });
    expect(met(find('sources lacking'))).toBe(true);
  });

  it('prints a Markdown table with one row per target', () => {
    const table = coverageTable(targets).split('\n');
    expect(table).toHaveLength(targets.length + 2);
    expect(table[2]).toMatch(/^\| models entries \| 2 \| at least 200 \| not met \|$/);
  });
});
