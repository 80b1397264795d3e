/**
 * Builds the Pagefind search index over the finished site and fails the build on any indexing
 * error, or when no page was indexed.
 *
 * `npm run build` (src/cli/build.ts) indexes after `astro build` has exited, so Pagefind's memory
 * does not stack on the heap Astro still holds: it sets INDEX_AFTER_BUILD to a file, and this
 * integration only writes the output folder there. A bare `astro build` indexes in its
 * `astro:build:done` hook, as before.
 *
 * Only entry pages are indexed (`data-pagefind-body`, set by EntryLayout). Inside them, the
 * text every page repeats is left out here, in one place, rather than marked in each component:
 * citation markers ("[1]", "citation needed"), reference lists (the same source titles on many
 * pages), the labels, captions and status badges of generated tables, heading anchors, and the
 * tables of models on lab and license pages (each model's figures are on its own page).
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Environment variable: a file path where the build writes its output folder for src/cli/build.ts to index. */
export const INDEX_AFTER_BUILD = 'OWE_INDEX_AFTER_BUILD';

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

/** What is wrong with one Pagefind step's result, as messages (none when it went well). */
export function indexProblems(
  step: 'createIndex' | 'addDirectory' | 'writeFiles',
  result: { errors: readonly string[]; page_count?: number; hasIndex?: boolean },
): string[] {
  const problems = result.errors.map((e) => `Pagefind ${step} failed: ${e}`);
  if (step === 'createIndex' && result.hasIndex === false && problems.length === 0)
    problems.push('Pagefind createIndex failed: no index was created');
  if (step === 'addDirectory' && result.page_count === 0)
    problems.push('Pagefind addDirectory failed: no pages were indexed');
  return problems;
}

/** Indexes the built site in `site` (a folder) into `<site>/pagefind`; throws, naming each problem. */
export async function indexSite(site: string): Promise<{ pages: number; ms: number }> {
  const { createIndex, close } = await import('pagefind');
  const started = performance.now();
  const check = (problems: string[]) => {
    if (problems.length) throw new Error(problems.join('\n'));
  };
  try {
    const { index, errors } = await createIndex({ excludeSelectors: EXCLUDED_FROM_INDEX });
    check(indexProblems('createIndex', { errors, hasIndex: Boolean(index) }));
    const added = await index!.addDirectory({ path: site });
    check(indexProblems('addDirectory', added));
    const written = await index!.writeFiles({ outputPath: `${site.replace(/\/$/, '')}/pagefind` });
    check(indexProblems('writeFiles', written));
    return { pages: added.page_count, ms: Math.round(performance.now() - started) };
  } finally {
    await close();
  }
}

export function pagefind(): AstroIntegration {
  return {
    name: 'owe:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const handoff = process.env[INDEX_AFTER_BUILD];
        if (handoff) {
          writeFileSync(handoff, site);
          logger.info('search index: built after astro build exits (src/cli/build.ts)');
          return;
        }
        const { pages, ms } = await indexSite(site);
        logger.info(`indexed ${pages} pages in ${ms} ms`);
      },
    },
  };
}
