/**
 * sources: the bibliography. One YAML file per cited document in `content/sources/`.
 * Read by every reader who follows a citation; the id is what bodies cite as `[^id]`.
 */
import { z } from 'astro/zod';
import { httpsUrl, partialDate, plainText } from './shared.ts';

export const SOURCE_KINDS = [
  'paper',
  'report',
  'license text',
  'announcement',
  'news',
  'dataset',
  'reference work',
  'policy',
] as const;

export const sourceSchema = () =>
  z.strictObject({
    /** Title of the document as its publisher gives it. */
    title: plainText(300),
    /** Author(s) or, when there is no named author, the publishing organization. */
    author: plainText(200),
    /** Publisher, journal or site, when it differs from the author. */
    publisher: plainText(200).optional(),
    /** Publication date at the precision known: YYYY, YYYY-MM or YYYY-MM-DD. */
    date: partialDate.optional(),
    /** Where to read it (https only). Leave out rather than guess. */
    url: httpsUrl.optional(),
    /** What sort of document it is. */
    kind: z.enum(SOURCE_KINDS, { error: `expected one of: ${SOURCE_KINDS.join(', ')}` }),
    /** When the URL was last checked, YYYY-MM-DD. */
    accessed: partialDate.optional(),
    /** One line on what the document is, or what it supports here. */
    note: plainText(400).optional(),
  });
export type SourceData = z.infer<ReturnType<typeof sourceSchema>>;
