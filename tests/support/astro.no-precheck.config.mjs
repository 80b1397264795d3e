// @ts-check
/**
 * For the hostile-input tests only: the site's own config without the content check that runs
 * before the build, so the tests can show that the layers inside the build (the MDX guard in
 * the Markdown pipeline, the collection schemas) refuse hostile files on their own.
 * With OWE_TEST_DROP_GUARD=1 the MDX guard is removed too: the control run that shows what
 * the guard prevents. Never used to build the site.
 */
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import site from '../../astro.config.mjs';
import { remarkMdxGuard } from '../../src/markdown/mdx-guard.ts';

const dropGuard = process.env.OWE_TEST_DROP_GUARD === '1';
const processor = /** @type {any} */ (site.markdown?.processor);
if (!processor?.options?.remarkPlugins?.includes(remarkMdxGuard))
  throw new Error('astro.config.mjs: the MDX guard is not in the Markdown pipeline');

export default {
  ...site,
  root: fileURLToPath(new URL('../..', import.meta.url)),
  integrations: (site.integrations ?? []).filter(
    (i) => i && typeof i === 'object' && 'name' in i && i.name !== 'owe:content-check',
  ),
  markdown: dropGuard
    ? {
        ...site.markdown,
        processor: unified({
          ...processor.options,
          remarkPlugins: processor.options.remarkPlugins.filter((/** @type {unknown} */ p) => p !== remarkMdxGuard),
        }),
      }
    : site.markdown,
};
