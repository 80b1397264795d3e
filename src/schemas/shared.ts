/**
 * Building blocks shared by every collection schema: ids, dates, URLs, citations.
 *
 * Schemas are written as factories that receive a `ref` function, because Astro's
 * `reference()` only exists inside the Astro build (`astro:content`). The build passes
 * Astro's `reference`; the stand-alone validator and the unit tests pass `idRef`, which
 * accepts a known id and rejects an unknown one with a message that names the fix.
 */
import { z } from 'astro/zod';

/** Names of every collection, in the order the site presents them. */
export const COLLECTIONS = ['articles', 'glossary', 'models', 'labs', 'licenses', 'events', 'sources'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** One entry of each collection, for messages and labels. */
export const SINGULAR: Record<CollectionName, string> = {
  articles: 'article',
  glossary: 'term',
  models: 'model',
  labs: 'lab',
  licenses: 'license',
  events: 'event',
  sources: 'source',
};

/** What a reference becomes once parsed: the same shape Astro's `reference()` gives. */
export interface EntryRef {
  id: string;
  collection: string;
}

/** Produces the schema of a cross-collection link to `collection`. */
export type RefFn = (collection: CollectionName) => z.ZodType<EntryRef>;

/** Entry ids are file names: lower-case words joined by hyphens, e.g. `llama-3-1`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A `ref` for code outside Astro: checks the id against the set of ids that exist.
 * With no `known` map it only checks the id's form.
 */
export function idRef(known?: Partial<Record<CollectionName, ReadonlySet<string>>>): RefFn {
  return (collection) =>
    z
      .string({ error: `expected the id of an entry in ${collection} (a file name without extension)` })
      .superRefine((id, ctx) => {
        if (!ID_PATTERN.test(id)) {
          ctx.addIssue({
            code: 'custom',
            message: `"${id}" is not a valid id: use lower-case letters, digits and hyphens`,
          });
          return;
        }
        const ids = known?.[collection];
        if (ids && !ids.has(id)) {
          const hint = closest(id, ids);
          ctx.addIssue({
            code: 'custom',
            message:
              `unknown ${SINGULAR[collection]} id "${id}": there is no file content/${collection}/${id}.*` +
              (hint ? ` (did you mean "${hint}"?)` : ` (add that entry first, or fix the id)`),
          });
        }
      })
      .transform((id): EntryRef => ({ id, collection }));
}

/** The known id that shares the longest prefix with `id`, as a spelling hint. */
function closest(id: string, ids: ReadonlySet<string>): string | undefined {
  let best: string | undefined;
  let bestScore = 2;
  for (const candidate of ids) {
    let i = 0;
    while (i < id.length && i < candidate.length && id[i] === candidate[i]) i++;
    const score = i - Math.abs(candidate.length - id.length) / 4;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** YAML turns `2024-07-23` into a Date and `2019` into a number: bring both back to text. */
function dateText(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}

/** True when the text is a calendar date that exists, at year, month or day precision. */
export function isRealPartialDate(text: string): boolean {
  const m = DATE_PATTERN.exec(text);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/**
 * A date known to year (`2019`), month (`2023-07`) or day (`2023-07-18`) precision.
 * The precision is the number of parts written: never pad a date the sources give only as a month.
 */
export const partialDate = z.preprocess(
  dateText,
  z
    .string({ error: 'expected a date written as YYYY, YYYY-MM or YYYY-MM-DD' })
    .refine(isRealPartialDate, { message: 'not a real date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2023-07-18)' }),
);

/** A date to the day, `YYYY-MM-DD`. */
export const fullDate = z.preprocess(
  dateText,
  z
    .string({ error: 'expected a date written as YYYY-MM-DD' })
    .refine((t) => /^\d{4}-\d{2}-\d{2}$/.test(t) && isRealPartialDate(t), {
      message: 'not a real date: write YYYY-MM-DD (e.g. 2026-05-24)',
    }),
);

/** An https URL. Other schemes (http, javascript:, data:) are refused. */
export const httpsUrl = z.string({ error: 'expected a URL starting with https://' }).refine(
  (u) => {
    try {
      return new URL(u).protocol === 'https:';
    } catch {
      return false;
    }
  },
  { message: 'expected a full URL starting with https:// (other schemes are not allowed)' },
);

/** Short plain text: one line, no markup. */
export const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: 'must not be empty' })
    .max(max, { message: `must be at most ${max} characters` })
    .refine((t) => !/[<>{}]/.test(t), {
      message:
        'must be plain text: no <, >, { or } (they would be read as markup or code; write "less than" or "under")',
    });

/** Fields every MDX entry may carry, whatever its collection. */
export const commonFields = (ref: RefFn) => ({
  /** Documents that support the entry as a whole (inline citations in the body add to these). */
  sources: z.array(ref('sources')).default([]),
  /** Replaces the "Improve this page" link; `false` hides it. Normally left out: the site computes it. */
  editUrl: z.union([httpsUrl, z.literal(false)]).optional(),
  /** Set `true` to stop glossary terms in this entry's body being linked automatically. */
  noAutolink: z.boolean().default(false),
});

/** What a piece of evidence becomes once parsed: the document and, where useful, where in it. */
export interface FieldEvidence {
  source: EntryRef;
  /** Section, table or page of the document that states the value, e.g. "Table 3" or "§2". */
  at?: string;
}

/**
 * The document that states one value: a source id (`llama-3-1-model-card`), or
 * `{ source: <id>, at: "<section, table or page>" }` when the place in it helps a reader.
 */
export const evidence = (ref: RefFn) =>
  z.preprocess(
    // The short form `field: source-id` is the long form without `at`.
    (value) => (typeof value === 'string' ? { source: value } : value),
    z.strictObject(
      {
        /** The document (id of a sources entry). */
        source: ref('sources'),
        /** Where in it, e.g. "Table 3", "§2 Additional Commercial Terms", "Model Information". */
        at: plainText(120).optional(),
      },
      { error: 'expected a source id, or { source: <source id>, at: "<section or page>" }' },
    ),
  );
