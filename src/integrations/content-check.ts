/**
 * Refuses to build from content with any problem (schema, reference, citation, MDX guard,
 * malformed or hostile files), before Astro reads a single entry, and prints every problem at
 * once as `file:line field: problem (fix)`, with no stack trace: the list is the message.
 */
import type { AstroIntegration } from 'astro';
import { checkedContent } from '../checks/check-content.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'owe:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // Previewing serves a finished dist/; there is nothing to check.
        if (command === 'preview') return;
        let result: ReturnType<typeof checkedContent>;
        try {
          result = checkedContent();
        } catch (error) {
          // The checks report problems, never throw; this is a bug in them, said in one line.
          logger.error(`Content check failed; nothing was built. The check itself broke: ${(error as Error).message}`);
          process.exit(1);
        }
        const { report, problems, entries } = result;
        if (problems > 0) {
          if (command === 'build') {
            // Astro would print a thrown error with its stack trace; the contributor needs the list only.
            logger.error(`Content check failed; nothing was built.\n${report}`);
            process.exit(1);
          }
          logger.error(report);
        } else logger.info(`content ok: ${entries} entries`);
      },
    },
  };
}
