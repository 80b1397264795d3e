/**
 * Says once per build what the site could not be told: that no GitHub repository is known
 * (so edit and report links are left out) or that the content's git history is shallow or
 * missing (so pages show no revision counts or dates).
 */
import type { AstroIntegration } from 'astro';
import { SITE } from '../site.config.ts';
import { NO_REPO_WARNING } from '../site/site-address.ts';
import { historyNotice } from '../site/entry-history.ts';

export function siteNotices(): AstroIntegration {
  return {
    name: 'owe:site-notices',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'preview') return;
        if (!SITE.repo) logger.warn(NO_REPO_WARNING);
        else logger.info(`repository ${SITE.repo} (branch ${SITE.branch}, from ${SITE.repoFrom})`);
        const notice = historyNotice();
        if (notice) logger.warn(notice);
      },
    },
  };
}
