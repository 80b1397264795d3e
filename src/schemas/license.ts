/**
 * licenses: the terms models are released under, clause by clause.
 * Read by policy and legal readers; every clause cites the text it comes from.
 */
import { z } from 'astro/zod';
import { commonFields, httpsUrl, plainText, type RefFn } from './shared.ts';

export const LICENSE_TIERS = ['permissive', 'source-available', 'research', 'rail', 'custom', 'proprietary'] as const;
export const CLAUSE_VALUES = ['yes', 'no', 'conditional', 'unknown'] as const;

/** The clauses every license is compared on, in display order. */
export const CLAUSE_KEYS = [
  'commercialUse',
  'userThreshold',
  'acceptableUsePolicy',
  'fieldOfUseRestrictions',
  'outputUseRestrictions',
  'attribution',
  'patentGrant',
  'revocable',
  'derivativeObligations',
] as const;
export type ClauseKey = (typeof CLAUSE_KEYS)[number];

const clause = (ref: RefFn) =>
  z
    .strictObject({
      /** yes, no, conditional (yes with conditions, said in `note`), or unknown. */
      value: z.enum(CLAUSE_VALUES, { error: `expected one of: ${CLAUSE_VALUES.join(', ')}` }),
      /** The condition or detail in plain words. */
      note: plainText(300).optional(),
      /** For a user threshold: the number of monthly active users, e.g. 700000000. */
      amount: z.number().int().positive().optional(),
      /** The document this clause is read from (usually the license text). */
      source: ref('sources').optional(),
      /** The section of that document that decides the clause, e.g. "§2 Additional Commercial Terms". */
      section: plainText(120).optional(),
    })
    .superRefine((c, ctx) => {
      if (c.value !== 'unknown' && c.source === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['source'],
          message: `a clause with value "${c.value}" needs a source: add "source: <source id>" (or set value: unknown)`,
        });
      }
    });

export const licenseSchema = (ref: RefFn) => {
  const c = clause(ref);
  return z.strictObject({
    /** Full name, e.g. "Llama 2 Community License Agreement". */
    name: plainText(160),
    /** Short name for tables, e.g. "Llama 2 CL". */
    shortName: plainText(40),
    /** SPDX identifier where one exists, e.g. "Apache-2.0". */
    spdx: z
      .string()
      .regex(/^[A-Za-z0-9.+-]+$/, { message: 'expected an SPDX id such as Apache-2.0' })
      .optional(),
    /** permissive, source-available (community licenses with conditions), research (non-production), rail (responsible-AI licenses), custom, or proprietary. */
    tier: z.enum(LICENSE_TIERS, { error: `expected one of: ${LICENSE_TIERS.join(', ')}` }),
    /** Whether the Open Source Initiative has approved the license. */
    osiApproved: z.boolean(),
    /** Link to the license text (https). */
    url: httpsUrl.optional(),
    /** One or two plain sentences on what the license allows and forbids. */
    summary: plainText(400),
    /** The clause table. Leave a clause out when the sources say nothing about it: it shows as unknown. */
    clauses: z
      .strictObject({
        /** May the model be used commercially? */
        commercialUse: c.optional(),
        /** Is there a size threshold (monthly active users or revenue) above which a separate license is needed? */
        userThreshold: c.optional(),
        /** Does an acceptable-use policy bind users? */
        acceptableUsePolicy: c.optional(),
        /** Are whole fields of use excluded (e.g. medical, military)? */
        fieldOfUseRestrictions: c.optional(),
        /** Are outputs restricted (e.g. no training of competing models)? */
        outputUseRestrictions: c.optional(),
        /** Must users credit the model or name derivatives after it? */
        attribution: c.optional(),
        /** Does the license grant patent rights? */
        patentGrant: c.optional(),
        /** Can the licensor revoke or change the terms for existing users? */
        revocable: c.optional(),
        /** Must derivatives carry the same terms? */
        derivativeObligations: c.optional(),
      })
      .default({}),
    ...commonFields(ref),
  });
};
export type LicenseData = z.infer<ReturnType<typeof licenseSchema>>;
