/**
 * sources: the bibliography. One YAML file per cited document in `content/sources/`.
 * Read by every reader who follows a citation; the id is what bodies cite as `[^id]`.
 */
import { z } from 'astro/zod';
import { fullDate, httpsUrl, partialDate, plainText } from './shared.ts';

export const SOURCE_KINDS = [
  'model card',
  'repository',
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
  z
    .strictObject({
      /** Title of the document as its publisher gives it. */
      title: plainText(300),
      /** Author(s) or, when there is no named author, the publishing organization. */
      author: plainText(200),
      /** Publisher, journal or site, when it differs from the author. */
      publisher: plainText(200).optional(),
      /** Publication date at the precision known: YYYY, YYYY-MM or YYYY-MM-DD. */
      date: partialDate.optional(),
      /** Where to read it: the canonical https address (the lab's page, the Hugging Face model page, the license file on GitHub), never a mirror. */
      url: httpsUrl.optional(),
      /** Only for a document with no address at all (a printed book, say): why there is no URL. */
      noUrl: plainText(200).optional(),
      /** What sort of document it is. */
      kind: z.enum(SOURCE_KINDS, { error: `expected one of: ${SOURCE_KINDS.join(', ')}` }),
      /** The day the document was last read at its URL, YYYY-MM-DD. */
      accessed: fullDate.optional(),
      /** One line on what the document is, or what it supports here. */
      note: plainText(400).optional(),
    })
    .superRefine((s, ctx) => {
      if (s.url !== undefined && s.noUrl !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['noUrl'],
          message: 'a source with a url cannot also say it has none: remove "noUrl"',
        });
    });
export type SourceData = z.infer<ReturnType<typeof sourceSchema>>;
