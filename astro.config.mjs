// @ts-check
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { SITE } from './src/site.config.ts';
import { CSP } from './src/security/csp.ts';
import { remarkMdxGuard } from './src/markdown/mdx-guard.ts';
import { remarkCitations } from './src/markdown/citations.ts';
import { remarkGlossaryLinks } from './src/markdown/glossary-links.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { siteNotices } from './src/integrations/site-notices.ts';
import { contentHistory, formerPaths } from './src/site/entry-history.ts';

/** @type {Set<string> | undefined} */
let former;
/** A page kept out of the sitemap: a history page, or a former URL that only redirects. @param {string} page */
const unlisted = (page) => {
  const path = new URL(page).pathname;
  return path.endsWith('/history/') || (former ??= formerPaths(contentHistory())).has(path);
};

// Another content folder (benchmark, hostile-input tests) gets its own content-layer cache,
// so entries cached from one folder never leak into a build of another.
const contentOverride = process.env.OWE_CONTENT_DIR;
const cacheDir = contentOverride
  ? `./node_modules/.astro-${createHash('sha1').update(resolve(contentOverride)).digest('hex').slice(0, 10)}`
  : undefined;

export default defineConfig({
  site: SITE.url,
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  output: 'static',
  // Stylesheets are always files, never inlined: an inline <style> needs its hash in the page's
  // policy, and a page's components (those handed to MDX content included) would then give each
  // page a policy of its own. Files are allowed by 'self', so every page shares one policy.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // A strict Content-Security-Policy: Astro hashes every script and style it emits (src/security/csp.ts).
  security: { csp: CSP },
  markdown: {
    // Shiki colours code with style="" attributes, which the Content-Security-Policy refuses.
    syntaxHighlight: false,
    // The guard runs first so nothing from a refused file is ever compiled; citations run
    // before glossary links so a term inside a [^source-id] marker is never linked.
    processor: unified({
      remarkPlugins: [remarkMdxGuard, remarkGfm, remarkCitations, remarkGlossaryLinks],
      rehypePlugins: [
        rehypeSlug,
        // A "#" after each heading: readers copy the link to a section.
        [
          rehypeAutolinkHeadings,
          {
            behavior: 'append',
            properties: { className: ['heading-anchor'], ariaLabel: 'Link to this section' },
            content: { type: 'text', value: '#' },
            test: ['h2', 'h3', 'h4'],
          },
        ],
      ],
    }),
  },
  integrations: [
    siteNotices(),
    contentCheck(),
    mdx(),
    // History pages and redirects from former URLs are noindex: not in the sitemap.
    sitemap({ filter: (page) => !unlisted(page) }),
    pagefind(),
    securityHeaders(),
  ],
});
