/**
 * glossary: terms of the field. Read by students and journalists; the definition is shown
 * in previews wherever the term is mentioned, so it is one short sentence.
 */
import { z } from 'astro/zod';
import { commonFields, plainText, type RefFn } from './shared.ts';

export const GLOSSARY_CATEGORIES = [
  'weights',
  'architecture',
  'training',
  'inference',
  'licensing',
  'governance',
  'safety',
  'ecosystem',
] as const;

export const glossarySchema = (ref: RefFn) =>
  z.strictObject({
    /** The term as it is usually written, e.g. "open weights". */
    term: plainText(80),
    /** Other spellings and abbreviations, e.g. ["open-weight", "open weight"]. Mentions of these link here too. */
    aliases: z.array(plainText(80)).default([]),
    /** The main category. */
    category: z.enum(GLOSSARY_CATEGORIES, { error: `expected one of: ${GLOSSARY_CATEGORIES.join(', ')}` }),
    /** One sentence, shown in previews: at most 200 characters. */
    definition: plainText(200),
    /** Free keywords. */
    tags: z.array(plainText(40)).default([]),
    /** Related terms (ids of glossary entries). */
    related: z.array(ref('glossary')).default([]),
    ...commonFields(ref),
  });
export type GlossaryData = z.infer<ReturnType<typeof glossarySchema>>;
