/**
 * RSS feed of articles and events, newest first, with full titles, dates and links; an
 * article's item carries its whole text as rendered on its page (components included).
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getSite, must } from '../site/entries.ts';
import { SITE } from '../site.config.ts';
import { href } from '../domain/urls.ts';
import { articleHtml } from '../components/mdx/feed-html.ts';

/** A partial date as the first day it can mean ("2023-07" → 1 July 2023). */
const toDate = (partial: string) =>
  new Date(`${partial}${'-01'.repeat(Math.max(0, 2 - (partial.split('-').length - 1)))}T00:00:00Z`);

export async function GET(context: APIContext) {
  const site = await getSite();
  const base = String(context.site ?? SITE.url);
  const bodies = await Promise.all(site.articles.map((a) => articleHtml(a, base)));
  // Title, lead and link as the entry's page frame has them.
  const item = (url: string) => {
    const page = must(site.page, url, 'entry page');
    return { title: page.title, description: page.description, link: page.href };
  };
  const items = [
    ...site.articles.map((a, i) => ({
      ...item(href('articles', a.id)),
      pubDate: toDate(site.history.get(`content/articles/${a.id}.mdx`)?.lastModified ?? a.data.lastReviewed),
      categories: ['Article', ...a.data.tags],
      content: bodies[i],
    })),
    ...site.events.map((e) => ({
      ...item(href('events', e.id)),
      pubDate: toDate(e.data.date),
      categories: ['Event', e.data.kind],
    })),
  ].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
  return rss({
    title: `${SITE.name}: articles and events`,
    description: SITE.description,
    site: context.site ?? SITE.url,
    items,
    customData: `<language>${SITE.lang}</language>`,
  });
}
