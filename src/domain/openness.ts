/**
 * A model's openness record: its components and statuses with their labels, what a status
 * shows about a requirement, and the use restrictions a license records. The verdicts built
 * on them (OSAID checklist, MOF class, score) are in src/domain/verdicts.ts. Pure.
 *
 * The one rule that runs through all of it: "not disclosed" and "unknown" are absence of
 * evidence, never evidence of closure. A requirement is "met" only on a record that says
 * open, "not met" only on a record that says partial or closed, and "not shown" otherwise.
 */
import { OPENNESS_COMPONENTS, type OPENNESS_STATUSES, type OpennessComponent } from '../schemas/model.ts';
import type { ClauseKey } from '../schemas/license.ts';
import type { LicenseTier } from './licenses.ts';

export const OPENNESS_LABELS: Record<OpennessComponent, string> = {
  weights: 'Weights',
  inferenceCode: 'Inference code',
  trainingCode: 'Training code',
  trainingData: 'Training data',
  dataDescription: 'Data description',
  hyperparameters: 'Hyperparameters',
  paper: 'Paper or report',
  modelCard: 'Model card',
  evaluationCode: 'Evaluation code',
};

/** The components in display order (the schema's). */
export const COMPONENTS: readonly OpennessComponent[] = OPENNESS_COMPONENTS;

export type OpennessStatus = (typeof OPENNESS_STATUSES)[number];

interface ComponentRecord {
  status: OpennessStatus;
  note?: string;
}

/** A model's openness record as the schema gives it: a component left out is unknown. */
export type OpennessRecord = Partial<Record<OpennessComponent, ComponentRecord | undefined>>;

/** The parts of a license the verdicts read. */
export interface LicenseTerms {
  tier: LicenseTier;
  osiApproved: boolean;
  clauses: Partial<Record<ClauseKey, { value: string } | undefined>>;
}

/** What a record shows about one requirement. */
export type Evidence = 'met' | 'not-met' | 'not-shown';

export const EVIDENCE_LABELS: Record<Evidence, string> = { met: 'Met', 'not-met': 'Not met', 'not-shown': 'Not shown' };

/** The status of a component; a component with no record is unknown. */
export function statusOf(record: OpennessRecord, key: OpennessComponent): OpennessStatus {
  return record[key]?.status ?? 'unknown';
}

/** open and not-applicable meet a requirement; partial and closed fail it; not-disclosed and unknown leave it unshown. */
export function evidenceOf(status: OpennessStatus): Evidence {
  if (status === 'open' || status === 'not-applicable') return 'met';
  if (status === 'partial' || status === 'closed') return 'not-met';
  return 'not-shown';
}

/**
 * The clause values that count as a use restriction, in words. Only recorded values count:
 * a clause the encyclopedia has no record of restricts nothing here (and proves nothing either).
 */
export const RESTRICTION_RULES: { clause: ClauseKey; values: readonly string[]; words: string }[] = [
  { clause: 'commercialUse', values: ['no'], words: 'no commercial use' },
  { clause: 'commercialUse', values: ['conditional'], words: 'commercial use only under conditions' },
  { clause: 'userThreshold', values: ['yes'], words: 'a separate license above a user threshold' },
  { clause: 'acceptableUsePolicy', values: ['yes', 'conditional'], words: 'an acceptable-use policy' },
  { clause: 'fieldOfUseRestrictions', values: ['yes', 'conditional'], words: 'field-of-use restrictions' },
  { clause: 'outputUseRestrictions', values: ['yes', 'conditional'], words: 'output-use restrictions' },
];

/** Tiers that restrict use whatever their clauses say. */
export const RESTRICTIVE_TIERS: Partial<Record<LicenseTier, string>> = {
  research: 'research use only',
  proprietary: 'proprietary terms',
};

/** The use restrictions a license records, in words. */
export function useRestrictions(license: LicenseTerms): string[] {
  const found: string[] = [];
  for (const rule of RESTRICTION_RULES) {
    const v = license.clauses[rule.clause]?.value;
    if (v !== undefined && rule.values.includes(v)) found.push(rule.words);
  }
  const tier = RESTRICTIVE_TIERS[license.tier];
  if (tier && !(license.tier === 'research' && found.includes('no commercial use'))) found.push(tier);
  return found;
}

/** A license is "open" for the class and score when the OSI approved it, or it is permissive and records no use restriction. */
export function hasOpenTerms(license: LicenseTerms | undefined): boolean {
  if (!license) return false;
  if (license.osiApproved) return true;
  return license.tier === 'permissive' && useRestrictions(license).length === 0;
}

export interface Requirement {
  /** A component, or 'terms' for the license. */
  key: OpennessComponent | 'terms';
  label: string;
  evidence: Evidence;
  /** The record's status for a component requirement. */
  status?: OpennessStatus;
  /** Why, in a few words. */
  reason: string;
}

export function componentRequirement(
  record: OpennessRecord,
  key: OpennessComponent,
  label = OPENNESS_LABELS[key],
): Requirement {
  const status = statusOf(record, key);
  const evidence = evidenceOf(status);
  const reason =
    status === 'open'
      ? 'published'
      : status === 'not-applicable'
        ? 'not applicable to this release'
        : status === 'partial'
          ? 'only partly published'
          : status === 'closed'
            ? 'not published'
            : status === 'not-disclosed'
              ? 'the lab has not disclosed it'
              : 'no record yet';
  return { key, label, evidence, status, reason };
}

/** Components whose record says open, e.g. for filters. */
export function openComponents(record: OpennessRecord): OpennessComponent[] {
  return COMPONENTS.filter((k) => statusOf(record, k) === 'open');
}
