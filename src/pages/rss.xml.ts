/** RSS feed of articles and events, newest first, with full titles, dates and links. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getSite } from '../lib/entries.ts';
import { SITE } from '../site.config.ts';
import { href } from '../lib/urls.ts';

/** A partial date as the first day it can mean ("2023-07" → 1 July 2023). */
const toDate = (partial: string) =>
  new Date(`${partial}${'-01'.repeat(Math.max(0, 2 - (partial.split('-').length - 1)))}T00:00:00Z`);

export async function GET(context: APIContext) {
  const site = await getSite();
  const items = [
    ...site.articles.map((a) => ({
      title: a.data.title,
      description: a.data.description,
      link: href('articles', a.id),
      pubDate: toDate(site.history.get(`content/articles/${a.id}.mdx`)?.lastModified ?? a.data.lastReviewed),
      categories: ['Article', ...a.data.tags],
    })),
    ...site.events.map((e) => ({
      title: e.data.title,
      description: e.data.summary,
      link: href('events', e.id),
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
