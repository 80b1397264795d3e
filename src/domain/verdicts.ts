/**
 * The verdicts derived from a model's openness record and its license terms: the OSAID 1.0
 * checklist, the Model Openness Framework style class and one openness score. Pure; each rule
 * is explained on /compare/methodology/. "Not disclosed" and "unknown" are absence of evidence,
 * never evidence of closure (src/domain/openness.ts).
 */
import { type OpennessComponent } from '../schemas/model.ts';
import type { LicenseTier } from './licenses.ts';
import {
  COMPONENTS,
  type Evidence,
  type LicenseTerms,
  type OpennessRecord,
  type OpennessStatus,
  type Requirement,
  componentRequirement,
  hasOpenTerms,
  statusOf,
  useRestrictions,
} from './openness.ts';

/** OSAID 1.0 asks for terms that let anyone use, study, modify and share the system for any purpose. */
export function termsRequirement(license: LicenseTerms | undefined, label = 'Open terms'): Requirement {
  if (!license) return { key: 'terms', label, evidence: 'not-shown', reason: 'no license recorded' };
  const restrictions = useRestrictions(license);
  if (license.osiApproved && restrictions.length === 0)
    return { key: 'terms', label, evidence: 'met', reason: 'OSI-approved license' };
  if (restrictions.length > 0) return { key: 'terms', label, evidence: 'not-met', reason: restrictions.join(', ') };
  return { key: 'terms', label, evidence: 'not-shown', reason: 'not OSI-approved; no restriction recorded' };
}

/** The OSAID 1.0 requirements the record can speak to, in order, with the component each reads. */
export const OSAID_REQUIREMENTS: { key: OpennessComponent | 'terms'; label: string; osaid: string }[] = [
  { key: 'weights', label: 'Model parameters', osaid: 'Parameters: the model weights are published' },
  {
    key: 'terms',
    label: 'Open terms',
    osaid: 'Freedoms: use, study, modify and share for any purpose, with no field-of-use restriction',
  },
  { key: 'inferenceCode', label: 'Inference code', osaid: 'Code: the code to run the system' },
  { key: 'trainingCode', label: 'Training code', osaid: 'Code: the complete code used to train the system' },
  { key: 'hyperparameters', label: 'Hyperparameters', osaid: 'Code: the training settings and hyperparameters' },
  {
    key: 'dataDescription',
    label: 'Data information',
    osaid:
      'Data information: a description of the training data detailed enough to build a substantially equivalent system',
  },
];

export type OsaidVerdict = 'meets' | 'fails' | 'undetermined';

export const OSAID_VERDICT_LABELS: Record<OsaidVerdict, string> = {
  meets: 'Meets every requirement recorded',
  fails: 'Does not meet OSAID 1.0',
  undetermined: 'Not shown either way',
};

export interface OsaidChecklist {
  items: Requirement[];
  verdict: OsaidVerdict;
  met: number;
  notMet: number;
  notShown: number;
}

/**
 * The OSAID 1.0 checklist: one line per requirement. The verdict is "fails" as soon as one
 * requirement is not met, "meets" only when all are met, and "undetermined" otherwise.
 */
export function osaidChecklist(record: OpennessRecord, license?: LicenseTerms): OsaidChecklist {
  const items = OSAID_REQUIREMENTS.map((r) =>
    r.key === 'terms' ? termsRequirement(license, r.label) : componentRequirement(record, r.key, r.label),
  );
  const count = (e: Evidence) => items.filter((i) => i.evidence === e).length;
  const met = count('met');
  const notMet = count('not-met');
  const notShown = count('not-shown');
  const verdict: OsaidVerdict = notMet > 0 ? 'fails' : notShown > 0 ? 'undetermined' : 'meets';
  return { items, verdict, met, notMet, notShown };
}

export type MofClass = 'I' | 'II' | 'III';

export const MOF_CLASS_LABELS: Record<MofClass, string> = {
  III: 'Class III: open model',
  II: 'Class II: open tooling',
  I: 'Class I: open science',
};

/** What each class adds to the one below it (Class III first). */
export const MOF_CLASSES: { cls: MofClass; adds: (OpennessComponent | 'terms')[] }[] = [
  { cls: 'III', adds: ['weights', 'terms', 'inferenceCode', 'paper', 'modelCard', 'dataDescription'] },
  { cls: 'II', adds: ['trainingCode', 'evaluationCode'] },
  { cls: 'I', adds: ['trainingData', 'hyperparameters'] },
];

export interface MofResult {
  /** The highest class whose requirements (and all below) are met, or null. */
  cls: MofClass | null;
  /** The next class up, if any. */
  next: MofClass | null;
  /** What the next class still needs, each with what the record shows. */
  missing: Requirement[];
  /** The highest class reachable if every requirement not shown turned out to be met. */
  possible: MofClass | null;
}

function mofRequirement(
  record: OpennessRecord,
  license: LicenseTerms | undefined,
  key: OpennessComponent | 'terms',
): Requirement {
  if (key !== 'terms') return componentRequirement(record, key);
  const label = 'Open license';
  if (!license) return { key, label, evidence: 'not-shown', reason: 'no license recorded' };
  if (hasOpenTerms(license))
    return { key, label, evidence: 'met', reason: license.osiApproved ? 'OSI-approved license' : 'permissive license' };
  const restrictions = useRestrictions(license);
  if (restrictions.length > 0) return { key, label, evidence: 'not-met', reason: restrictions.join(', ') };
  return { key, label, evidence: 'not-met', reason: 'not a permissive or OSI-approved license' };
}

/**
 * A Model Openness Framework style class: Class III (open model) needs open weights under
 * open terms, inference code, a paper, a model card and a data description; Class II adds
 * training and evaluation code; Class I adds the training data and hyperparameters.
 * Only "open" counts: partial is not enough.
 */
export function mofClass(record: OpennessRecord, license?: LicenseTerms): MofResult {
  const levels = MOF_CLASSES.map((level) => ({
    cls: level.cls,
    reqs: level.adds.map((k) => mofRequirement(record, license, k)),
  }));
  let cls: MofClass | null = null;
  let i = 0;
  for (; i < levels.length; i++) {
    const level = levels[i]!;
    if (!level.reqs.every((r) => r.evidence === 'met')) break;
    cls = level.cls;
  }
  let possible: MofClass | null = null;
  for (const level of levels) {
    if (level.reqs.some((r) => r.evidence === 'not-met')) break;
    possible = level.cls;
  }
  const nextLevel = levels[i];
  return {
    cls,
    next: nextLevel?.cls ?? null,
    missing: nextLevel?.reqs.filter((r) => r.evidence !== 'met') ?? [],
    possible,
  };
}

/** Weight of each part in the score, out of 100. */
export const SCORE_WEIGHTS: Record<OpennessComponent | 'terms', number> = {
  weights: 20,
  terms: 10,
  inferenceCode: 10,
  trainingCode: 15,
  trainingData: 15,
  dataDescription: 10,
  hyperparameters: 5,
  paper: 5,
  modelCard: 5,
  evaluationCode: 5,
};

/** Credit of each status (not-applicable is left out of the total instead). */
export const STATUS_CREDIT: Record<Exclude<OpennessStatus, 'not-applicable'>, number> = {
  open: 1,
  partial: 0.5,
  closed: 0,
  'not-disclosed': 0,
  unknown: 0,
};

/** Credit of the license terms by tier (a permissive license with recorded restrictions counts as source-available). */
export const TERMS_CREDIT: Record<LicenseTier, number> = {
  permissive: 1,
  'source-available': 0.5,
  rail: 0.5,
  custom: 0.5,
  research: 0.25,
  proprietary: 0,
};

export interface OpennessScore {
  /** 0-100, counting only what the record shows to be open. */
  score: number;
  /** 0-100 if everything not disclosed or unknown turned out to be open. */
  max: number;
  /** Parts (nine components and the license) with a record that is not unknown. */
  recorded: number;
  /** Parts that count (not-applicable ones are left out). */
  parts: number;
}

/**
 * One score out of 100: the weighted share of the parts that are open (partial counts half,
 * the license by its tier). Not disclosed and unknown add nothing to `score` and everything
 * to `max`, so the pair brackets what a complete record could show.
 */
export function opennessScore(record: OpennessRecord, license?: LicenseTerms): OpennessScore {
  let got = 0;
  let upper = 0;
  let total = 0;
  let recorded = 0;
  let parts = 0;
  for (const key of COMPONENTS) {
    const status = statusOf(record, key);
    if (status === 'not-applicable') continue;
    const w = SCORE_WEIGHTS[key];
    total += w;
    parts++;
    if (status !== 'unknown') recorded++;
    got += w * STATUS_CREDIT[status];
    upper += w * (status === 'not-disclosed' || status === 'unknown' ? 1 : STATUS_CREDIT[status]);
  }
  const w = SCORE_WEIGHTS.terms;
  total += w;
  parts++;
  if (license) {
    recorded++;
    const credit = license.osiApproved
      ? 1
      : license.tier === 'permissive' && useRestrictions(license).length > 0
        ? 0.5
        : TERMS_CREDIT[license.tier];
    got += w * credit;
    upper += w * credit;
  } else upper += w;
  const pct = (x: number) => (total === 0 ? 0 : Math.round((100 * x) / total));
  return { score: pct(got), max: pct(upper), recorded, parts };
}

export interface OpennessAssessment {
  osaid: OsaidChecklist;
  mof: MofResult;
  score: OpennessScore;
}

/** All three verdicts at once. */
export function assessOpenness(record: OpennessRecord, license?: LicenseTerms): OpennessAssessment {
  return {
    osaid: osaidChecklist(record, license),
    mof: mofClass(record, license),
    score: opennessScore(record, license),
  };
}
