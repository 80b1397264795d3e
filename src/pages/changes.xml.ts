/**
 * /changes.xml: the changes to facts of /changes/ as an RSS feed, newest first. Each item
 * links the entry's history at that commit, and its text links the entry and the commit.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { SITE, absolute } from '../site.config.ts';
import {
  CHANGES_FEED_LIMIT,
  changeTitle,
  commitUrl,
  historyPath,
  KIND_LABELS,
  siteChanges,
} from '../domain/changes.ts';
import { describeChange } from '../domain/field-changes.ts';
import { historySite } from '../site/history-pages.ts';
import { href } from '../domain/urls.ts';

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export async function GET(context: APIContext) {
  const { byKey, history } = await historySite();
  const names = new Map([...byKey].map(([k, e]) => [k, e.name]));
  const items = siteChanges(history, names)
    .slice(0, CHANGES_FEED_LIMIT)
    .map((c) => {
      const page = absolute(href(c.collection, c.id));
      const commit = commitUrl(SITE.repo, c.commit);
      const lines = c.fields.map(describeChange);
      const text = [KIND_LABELS[c.kind][c.collection], ...lines, `Commit ${c.commit.slice(0, 7)}: ${c.subject}`].join(
        '. ',
      );
      const html = [
        `<p>${escape(KIND_LABELS[c.kind][c.collection])}: <a href="${escape(page)}">${escape(c.name)}</a></p>`,
        lines.length ? `<ul>${lines.map((l) => `<li>${escape(l)}</li>`).join('')}</ul>` : '',
        `<p>Commit ${commit ? `<a href="${escape(commit)}">${c.commit.slice(0, 7)}</a>` : c.commit.slice(0, 7)}: ${escape(c.subject)}</p>`,
      ].join('');
      return {
        title: changeTitle(c),
        description: text,
        content: html,
        link: `${historyPath(c.collection, c.id)}#r-${c.commit.slice(0, 7)}`,
        pubDate: new Date(c.time),
        categories: [KIND_LABELS[c.kind][c.collection]],
      };
    });
  return rss({
    title: `${SITE.name}: changes to the facts`,
    description:
      'New models and licenses, license changes, openness statuses and corrected figures, each with its commit.',
    site: context.site ?? SITE.url,
    items,
    // Item links end in a #fragment: no slash may be appended to them.
    trailingSlash: false,
    customData: `<language>${SITE.lang}</language>`,
  });
}
