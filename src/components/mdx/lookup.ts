/** The site's entries in the shape the components' content checks read (src/domain/mdx-components.ts). */
import { getSite } from '../../site/entries.ts';
import type { ContentLookup } from '../../domain/mdx-components.ts';

export async function siteLookup(): Promise<ContentLookup> {
  const site = await getSite();
  const ids = (list: { id: string }[]) => new Set(list.map((e) => e.id));
  return {
    models: site.models,
    licenses: site.license,
    events: site.events,
    ids: {
      models: ids(site.models),
      licenses: ids(site.licenses),
      labs: ids(site.labs),
      events: ids(site.events),
      articles: ids(site.articles),
      glossary: ids(site.glossary),
      sources: ids(site.sources),
    },
  };
}
