/**
 * articles: long-form, cited explanations. Read by everyone who wants the whole story.
 */
import { z } from 'astro/zod';
import { commonFields, fullDate, plainText, type RefFn } from './shared.ts';

export const REVIEW_STATUSES = ['draft', 'reviewed'] as const;

export const articleSchema = (ref: RefFn) =>
  z.strictObject({
    /** The article's title. */
    title: plainText(90),
    /** One or two sentences for search results, previews and the meta description. */
    description: plainText(300),
    /** When an editor last checked the whole article, YYYY-MM-DD. */
    lastReviewed: fullDate,
    /** draft or reviewed. The site adds "needs citations" by itself when a claim lacks one. */
    reviewStatus: z.enum(REVIEW_STATUSES, { error: `expected one of: ${REVIEW_STATUSES.join(', ')}` }).default('draft'),
    /** Free keywords. */
    tags: z.array(plainText(40)).default([]),
    /** Show this article on the home page. */
    featured: z.boolean().default(false),
    ...commonFields(ref),
  });
export type ArticleData = z.infer<ReturnType<typeof articleSchema>>;
