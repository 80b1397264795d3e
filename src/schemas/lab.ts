/**
 * labs: organizations that release models or shape the field (companies, collectives,
 * universities, nonprofits, public bodies). Read by readers who ask "who made this?".
 */
import { z } from 'astro/zod';
import { commonFields, httpsUrl, partialDate, plainText, type RefFn } from './shared.ts';

export const LAB_KINDS = ['company', 'nonprofit', 'collective', 'academic', 'government'] as const;

export const labSchema = (ref: RefFn) =>
  z.strictObject({
    /** The organization's usual name, e.g. "Mistral AI". */
    name: plainText(120),
    /** What sort of organization it is. */
    kind: z.enum(LAB_KINDS, { error: `expected one of: ${LAB_KINDS.join(', ')}` }),
    /** Country of its headquarters, in English, e.g. "France". Leave out when the sources do not say. */
    country: plainText(60).optional(),
    /** City of its headquarters. */
    city: plainText(80).optional(),
    /** Founding date at the precision known. */
    founded: partialDate.optional(),
    /** Parent organization, as text, e.g. "Alibaba Group". */
    parent: plainText(120).optional(),
    /** Official website (https). */
    website: httpsUrl.optional(),
    /** Other names readers search for, e.g. "FAIR", "Qwen team". */
    aliases: z.array(plainText(80)).default([]),
    /** One or two plain sentences: who they are and why they matter here. */
    summary: plainText(400),
    ...commonFields(ref),
  });
export type LabData = z.infer<ReturnType<typeof labSchema>>;
