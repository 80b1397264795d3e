/**
 * Builds the Pagefind search index over the finished site, inside `astro build`,
 * and fails the build on any indexing error.
 *
 * Only entry pages are indexed (`data-pagefind-body`, set by EntryLayout). Inside them, the
 * text every page repeats is left out here, in one place, rather than marked in each component:
 * citation markers ("[1]", "citation needed"), reference lists (the same source titles on many
 * pages), the labels, captions and status badges of generated tables, heading anchors, and the
 * tables of models on lab and license pages (each model's figures are on its own page).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { createIndex, close } from 'pagefind';

/** Repeated interface text inside indexed entries: never indexed. */
const EXCLUDED_FROM_INDEX = [
  'sup.cite',
  'sup.cite-needed',
  'section[aria-labelledby="references"]',
  'section[aria-labelledby="further-sources"]',
  'th[scope]',
  '.badge',
  'td > .meta',
  'caption',
  '.heading-anchor',
  // Tables of models on lab and license pages: each model's figures, already on its own page.
  'table.model-table',
];

export function pagefind(): AstroIntegration {
  return {
    name: 'owe:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const fail = (step: string, errors: string[]) => {
          throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
        };
        try {
          const { index, errors } = await createIndex({ excludeSelectors: EXCLUDED_FROM_INDEX });
          if (!index || errors.length) fail('createIndex', errors);
          const added = await index!.addDirectory({ path: site });
          if (added.errors.length) fail('addDirectory', added.errors);
          if (added.page_count === 0) fail('addDirectory', ['no pages were indexed']);
          const written = await index!.writeFiles({ outputPath: `${site.replace(/\/$/, '')}/pagefind` });
          if (written.errors.length) fail('writeFiles', written.errors);
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await close();
        }
      },
    },
  };
}
