/**
 * The entries the history pages and /changes/ are about: every entry page of the site with its
 * name, and the history pass's data for it. The one place those routes read content from.
 */
import { getSite } from './entries.ts';
import { contentHistory, type ContentHistory } from './entry-history.ts';
import { SINGULAR, type CollectionName } from '../schemas/shared.ts';

export interface PageEntry {
  collection: Exclude<CollectionName, 'sources'>;
  id: string;
  /** The entry's name or title. */
  name: string;
  /** `model`, `license`... */
  kind: string;
  /** The content file, e.g. `content/models/llama-2.mdx`. */
  filePath: string | undefined;
}

let cached: Promise<{ entries: PageEntry[]; byKey: Map<string, PageEntry>; history: ContentHistory }> | undefined;

async function load() {
  const site = await getSite();
  const ref = <C extends PageEntry['collection']>(
    collection: C,
    id: string,
    name: string,
    filePath?: string,
  ): PageEntry => ({
    collection,
    id,
    name,
    kind: SINGULAR[collection],
    filePath,
  });
  const entries: PageEntry[] = [
    ...site.models.map((e) => ref('models', e.id, e.data.name, e.filePath)),
    ...site.licenses.map((e) => ref('licenses', e.id, e.data.name, e.filePath)),
    ...site.labs.map((e) => ref('labs', e.id, e.data.name, e.filePath)),
    ...site.events.map((e) => ref('events', e.id, e.data.title, e.filePath)),
    ...site.glossary.map((e) => ref('glossary', e.id, e.data.term, e.filePath)),
    ...site.articles.map((e) => ref('articles', e.id, e.data.title, e.filePath)),
  ];
  return {
    entries,
    byKey: new Map(entries.map((e) => [`${e.collection}/${e.id}`, e])),
    history: contentHistory(),
  };
}

/** Every entry page with its name, and the content history; loaded once per build. */
export function historySite() {
  cached ??= load();
  return cached;
}

/** A name short enough for a page title (titles stay under 90 characters). */
export function shortName(name: string, max = 60): string {
  return name.length > max ? `${name.slice(0, max - 1).trimEnd()}…` : name;
}
