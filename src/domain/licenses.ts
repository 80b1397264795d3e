/** Labels for license tiers and clauses. Pure. */
import type { ClauseKey, LICENSE_TIERS } from '../schemas/license.ts';

/** A license tier, from the schema's list. */
export type LicenseTier = (typeof LICENSE_TIERS)[number];

export const CLAUSE_LABELS: Record<ClauseKey, string> = {
  commercialUse: 'Commercial use',
  userThreshold: 'User threshold',
  acceptableUsePolicy: 'Acceptable-use policy',
  fieldOfUseRestrictions: 'Field-of-use restrictions',
  outputUseRestrictions: 'Output-use restrictions',
  attribution: 'Attribution or naming duty',
  patentGrant: 'Patent grant',
  revocable: 'Revocable',
  derivativeObligations: 'Obligations passed to derivatives',
};

export const TIER_LABELS: Record<LicenseTier, string> = {
  permissive: 'Permissive',
  'source-available': 'Source-available community',
  research: 'Research / non-production',
  rail: 'Responsible AI (RAIL)',
  custom: 'Custom',
  proprietary: 'Proprietary',
};
