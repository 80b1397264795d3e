/** The openness verdicts (OSAID checklist, MOF-style class, score) on small records and on the fixture entries. */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/checks/content-files.ts';
import { validateFiles } from '../../src/checks/validate.ts';
import {
  assessOpenness,
  mofClass,
  opennessScore,
  osaidChecklist,
  termsRequirement,
} from '../../src/domain/verdicts.ts';
import {
  evidenceOf,
  hasOpenTerms,
  openComponents,
  useRestrictions,
  type LicenseTerms,
  type OpennessRecord,
} from '../../src/domain/openness.ts';

const APACHE: LicenseTerms = {
  tier: 'permissive',
  osiApproved: true,
  clauses: { commercialUse: { value: 'yes' }, fieldOfUseRestrictions: { value: 'no' }, patentGrant: { value: 'yes' } },
};
const COMMUNITY: LicenseTerms = {
  tier: 'source-available',
  osiApproved: false,
  clauses: {
    commercialUse: { value: 'conditional' },
    userThreshold: { value: 'yes' },
    acceptableUsePolicy: { value: 'yes' },
    outputUseRestrictions: { value: 'yes' },
  },
};
const RESEARCH: LicenseTerms = { tier: 'research', osiApproved: false, clauses: { commercialUse: { value: 'no' } } };
const PERMISSIVE_UNAPPROVED: LicenseTerms = {
  tier: 'permissive',
  osiApproved: false,
  clauses: { commercialUse: { value: 'yes' } },
};

const all = (status: 'open' | 'closed' | 'partial' | 'not-disclosed'): OpennessRecord =>
  Object.fromEntries(
    [
      'weights',
      'inferenceCode',
      'trainingCode',
      'trainingData',
      'dataDescription',
      'hyperparameters',
      'paper',
      'modelCard',
      'evaluationCode',
    ].map((k) => [k, { status }]),
  );

/** Like OLMo: everything published under Apache 2.0. */
const FULLY_OPEN = all('open');
/** Like Llama 2: weights and paper, a partial data description, closed training code and data. */
const LLAMA_LIKE: OpennessRecord = {
  weights: { status: 'open' },
  trainingCode: { status: 'closed' },
  trainingData: { status: 'closed' },
  dataDescription: { status: 'partial' },
  paper: { status: 'open' },
};
/** Only the weights are on record. */
const WEIGHTS_ONLY: OpennessRecord = { weights: { status: 'open' } };

describe('evidence', () => {
  it('never reads not-disclosed or unknown as closed', () => {
    expect(evidenceOf('open')).toBe('met');
    expect(evidenceOf('not-applicable')).toBe('met');
    expect(evidenceOf('partial')).toBe('not-met');
    expect(evidenceOf('closed')).toBe('not-met');
    expect(evidenceOf('not-disclosed')).toBe('not-shown');
    expect(evidenceOf('unknown')).toBe('not-shown');
  });

  it('names the use restrictions a license records', () => {
    expect(useRestrictions(APACHE)).toEqual([]);
    expect(useRestrictions(COMMUNITY)).toEqual([
      'commercial use only under conditions',
      'a separate license above a user threshold',
      'an acceptable-use policy',
      'output-use restrictions',
    ]);
    expect(useRestrictions(RESEARCH)).toEqual(['no commercial use']);
    expect(hasOpenTerms(APACHE)).toBe(true);
    expect(hasOpenTerms(PERMISSIVE_UNAPPROVED)).toBe(true);
    expect(hasOpenTerms(COMMUNITY)).toBe(false);
    expect(hasOpenTerms(undefined)).toBe(false);
  });

  it('open terms: met for an OSI-approved license, not met with restrictions, not shown otherwise', () => {
    expect(termsRequirement(APACHE).evidence).toBe('met');
    expect(termsRequirement(COMMUNITY)).toMatchObject({
      evidence: 'not-met',
      reason: expect.stringContaining('acceptable-use policy'),
    });
    expect(termsRequirement(PERMISSIVE_UNAPPROVED)).toMatchObject({
      evidence: 'not-shown',
      reason: 'not OSI-approved; no restriction recorded',
    });
    expect(termsRequirement(undefined)).toMatchObject({ evidence: 'not-shown', reason: 'no license recorded' });
  });
});

describe('OSAID 1.0 checklist', () => {
  it('a fully open release under an OSI-approved license meets every requirement', () => {
    const c = osaidChecklist(FULLY_OPEN, APACHE);
    expect(c.verdict).toBe('meets');
    expect(c.items.map((i) => i.key)).toEqual([
      'weights',
      'terms',
      'inferenceCode',
      'trainingCode',
      'hyperparameters',
      'dataDescription',
    ]);
    expect(c.met).toBe(6);
  });

  it('a Llama-like release fails, and says which requirements are missing', () => {
    const c = osaidChecklist(LLAMA_LIKE, COMMUNITY);
    expect(c.verdict).toBe('fails');
    const byKey = Object.fromEntries(c.items.map((i) => [i.key, i.evidence]));
    expect(byKey).toEqual({
      weights: 'met',
      terms: 'not-met',
      inferenceCode: 'not-shown',
      trainingCode: 'not-met',
      hyperparameters: 'not-shown',
      dataDescription: 'not-met',
    });
    expect(c).toMatchObject({ met: 1, notMet: 3, notShown: 2 });
  });

  it('a record with gaps but nothing closed is undetermined, not failed', () => {
    expect(osaidChecklist(WEIGHTS_ONLY, APACHE).verdict).toBe('undetermined');
    expect(osaidChecklist(all('not-disclosed'), APACHE).verdict).toBe('undetermined');
    expect(osaidChecklist(all('open'), undefined).verdict).toBe('undetermined');
  });

  it('one closed requirement is enough to fail', () => {
    expect(osaidChecklist({ ...FULLY_OPEN, hyperparameters: { status: 'closed' } }, APACHE).verdict).toBe('fails');
    expect(osaidChecklist(FULLY_OPEN, RESEARCH).verdict).toBe('fails');
  });
});

describe('MOF-style class', () => {
  it('everything open under open terms is Class I', () => {
    expect(mofClass(FULLY_OPEN, APACHE)).toMatchObject({ cls: 'I', next: null, missing: [], possible: 'I' });
  });

  it('Class III needs weights, open terms, inference code, paper, model card and data description', () => {
    const classIII: OpennessRecord = {
      weights: { status: 'open' },
      inferenceCode: { status: 'open' },
      paper: { status: 'open' },
      modelCard: { status: 'open' },
      dataDescription: { status: 'open' },
    };
    const r = mofClass(classIII, APACHE);
    expect(r.cls).toBe('III');
    expect(r.next).toBe('II');
    expect(r.missing.map((m) => [m.key, m.evidence])).toEqual([
      ['trainingCode', 'not-shown'],
      ['evaluationCode', 'not-shown'],
    ]);
    expect(r.possible).toBe('I');
    expect(
      mofClass({ ...classIII, trainingCode: { status: 'open' }, evaluationCode: { status: 'open' } }, APACHE).cls,
    ).toBe('II');
    // Partial is not open.
    expect(mofClass({ ...classIII, dataDescription: { status: 'partial' } }, APACHE).cls).toBe(null);
    // A restrictive license keeps even a complete record out of every class.
    expect(mofClass(FULLY_OPEN, COMMUNITY)).toMatchObject({ cls: null, next: 'III', possible: null });
  });

  it('a Llama-like release is unclassified, and cannot reach a class', () => {
    const r = mofClass(LLAMA_LIKE, COMMUNITY);
    expect(r.cls).toBe(null);
    expect(r.possible).toBe(null);
    expect(r.missing.find((m) => m.key === 'terms')?.evidence).toBe('not-met');
    expect(r.missing.find((m) => m.key === 'modelCard')?.evidence).toBe('not-shown');
  });
});

describe('openness score', () => {
  it('is 100 for a fully open release and 0 for a closed one with no license', () => {
    expect(opennessScore(FULLY_OPEN, APACHE)).toEqual({ score: 100, max: 100, recorded: 10, parts: 10 });
    expect(opennessScore(all('closed'), undefined)).toEqual({ score: 0, max: 10, recorded: 9, parts: 10 });
  });

  it('brackets what is unknown: score counts it as nothing, max as open', () => {
    // weights 20 + terms 10 of 100; everything else unknown.
    expect(opennessScore(WEIGHTS_ONLY, APACHE)).toEqual({ score: 30, max: 100, recorded: 2, parts: 10 });
    // Llama-like: weights 20, data description half of 10, paper 5, terms half of 10 = 35;
    // unknown inference code 10, hyperparameters 5, model card 5, evaluation code 5 = 25 more at most.
    expect(opennessScore(LLAMA_LIKE, COMMUNITY)).toEqual({ score: 35, max: 60, recorded: 6, parts: 10 });
  });

  it('leaves not-applicable parts out of the total', () => {
    const r = opennessScore({ ...FULLY_OPEN, trainingData: { status: 'not-applicable' } }, APACHE);
    expect(r).toEqual({ score: 100, max: 100, recorded: 9, parts: 9 });
  });

  it('a permissive license with recorded restrictions earns half', () => {
    const restricted: LicenseTerms = { ...PERMISSIVE_UNAPPROVED, clauses: { acceptableUsePolicy: { value: 'yes' } } };
    expect(opennessScore({}, restricted).score).toBe(5);
    expect(opennessScore({}, RESEARCH).score).toBe(3);
  });
});

describe('on the fixture entries', () => {
  const { entries } = validateFiles(readContentFiles('tests/fixtures/content'));
  const get = (id: string) => entries.find((e) => e.file.id === id)!.data as Record<string, any>;
  const license = get('example-license') as unknown as LicenseTerms;
  const base = get('example-base');

  it('example-base: open weights under a community license fail OSAID on the terms alone', () => {
    const a = assessOpenness(base.openness, license);
    expect(a.osaid.verdict).toBe('fails');
    expect(a.osaid.items.filter((i) => i.evidence === 'not-met').map((i) => i.key)).toEqual(['terms']);
    expect(a.osaid.items.find((i) => i.key === 'weights')?.evidence).toBe('met');
    expect(a.mof.cls).toBe(null);
    // weights 20 + half the terms 5; training data is not disclosed: it counts toward max, not score.
    expect(a.score).toEqual({ score: 25, max: 95, recorded: 3, parts: 10 });
    expect(openComponents(base.openness)).toEqual(['weights']);
  });

  it('example-distill: no record at all is undetermined, never failed', () => {
    const a = assessOpenness(get('example-distill').openness, license);
    expect(a.osaid.items.filter((i) => i.key !== 'terms').every((i) => i.evidence === 'not-shown')).toBe(true);
    expect(a.score.score).toBe(5);
  });
});
