/**
 * An article's body as HTML for the RSS feed: rendered through the same MDX components as its
 * page (a <Fact> is its rendered value, a table its rows), with links made absolute, and without
 * scripts or Astro's scoping attributes (a feed reader runs none and styles none).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { render } from 'astro:content';
import type { Article } from '../../site/entries.ts';
import { MDX_COMPONENT_MAP } from './index.ts';
import { href } from '../../domain/urls.ts';

let container: Promise<AstroContainer> | undefined;

/** Links and sources made absolute (`#x` to the page's own URL), scripts and scoping attributes dropped. */
function feedSafe(html: string, site: string, pagePath: string): string {
  const base = site.replace(/\/$/, '');
  return html
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/\s(?:data-astro-cid-[\w-]+|data-pagefind-[\w-]+)(?:="[^"]*")?/g, '')
    .replace(/\s(href|src)="\/(?!\/)/g, ` $1="${base}/`)
    .replace(/\shref="#/g, ` href="${base}${pagePath}#`);
}

export async function articleHtml(article: Article, site: string): Promise<string> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  const { Content } = await render(article);
  const html = await (await container).renderToString(Content, { props: { components: MDX_COMPONENT_MAP } });
  return feedSafe(html, site, href('articles', article.id));
}
