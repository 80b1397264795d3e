/**
 * Builds the Pagefind search index over the finished site, inside `astro build`,
 * and fails the build on any indexing error.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { createIndex, close } from 'pagefind';

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
          const { index, errors } = await createIndex({});
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
