/**
 * Refuses to build from content with any problem (schema, reference, citation, MDX guard),
 * before Astro reads a single entry, and prints every problem at once.
 */
import type { AstroIntegration } from 'astro';
import { checkedContent } from '../lib/check-content.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'owe:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // Previewing serves a finished dist/; there is nothing to check.
        if (command === 'preview') return;
        const { report, problems, entries } = checkedContent();
        if (problems > 0) {
          if (command === 'build') throw new Error(`Content check failed; nothing was built.\n${report}`);
          logger.error(report);
        } else logger.info(`content ok: ${entries} entries`);
      },
    },
  };
}
