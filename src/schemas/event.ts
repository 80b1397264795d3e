/**
 * events: dated things that shaped the field (releases, license changes, policy, leaks...).
 * Read on the timeline and on the pages of the models and labs they concern.
 */
import { z } from 'astro/zod';
import { commonFields, partialDate, plainText, type RefFn } from './shared.ts';

export const EVENT_KINDS = [
  'release',
  'license-change',
  'policy',
  'regulation',
  'publication',
  'acquisition',
  'leak',
  'organization',
] as const;

export const eventSchema = (ref: RefFn) =>
  z.strictObject({
    /** A short headline, e.g. "Meta releases Llama 2" (at most 90 characters: it is the page title). */
    title: plainText(90),
    /** When it happened, at the precision the sources give: YYYY, YYYY-MM or YYYY-MM-DD. */
    date: partialDate,
    /** What sort of event it is. */
    kind: z.enum(EVENT_KINDS, { error: `expected one of: ${EVENT_KINDS.join(', ')}` }),
    /** Models it concerns (ids of models entries). */
    models: z.array(ref('models')).default([]),
    /** Labs or organizations it concerns (ids of labs entries). */
    labs: z.array(ref('labs')).default([]),
    /** Licenses it concerns (ids of licenses entries). */
    licenses: z.array(ref('licenses')).default([]),
    /** One or two plain sentences: what happened. */
    summary: plainText(400),
    ...commonFields(ref),
  });
export type EventData = z.infer<ReturnType<typeof eventSchema>>;
