/**
 * The one place pages get content from. Loads every collection once per build and
 * builds the derived index once; pages ask this module, never `getCollection` directly.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildIndex, byDateDesc, citedBy, sourceRefsIn, type CitingPage } from './derived.ts';
import { citedSourceIds } from '../domain/citations.ts';
import { termsMentioned } from '../domain/glossary-match.ts';
import { loadGlossary } from './glossary.ts';
import { gitHistory, type FileHistory } from './git-history.ts';
import { repoRelative } from '../domain/edit-links.ts';
import { href } from '../domain/urls.ts';
import { modelRecords, type ModelRecord as AnyModelRecord } from './model-record.ts';
import { entryPage, type EntryPage, type PageContext } from './entry-pages.ts';
import type { CollectionName } from '../schemas/shared.ts';

export type Model = CollectionEntry<'models'>;
export type Lab = CollectionEntry<'labs'>;
export type License = CollectionEntry<'licenses'>;
export type Event = CollectionEntry<'events'>;
export type Term = CollectionEntry<'glossary'>;
export type Article = CollectionEntry<'articles'>;
export type Source = CollectionEntry<'sources'>;
/** A model's derived record, as the pages read it. */
export type ModelRecord = AnyModelRecord<Model, Lab, License>;

async function load() {
  const [models, labs, licenses, events, glossary, articles, sources] = await Promise.all([
    getCollection('models'),
    getCollection('labs'),
    getCollection('licenses'),
    getCollection('events'),
    getCollection('glossary'),
    getCollection('articles'),
    getCollection('sources'),
  ]);
  models.sort(
    byDateDesc(
      (m) => m.data.released,
      (m) => m.id,
    ),
  );
  events.sort(
    byDateDesc(
      (e) => e.data.date,
      (e) => e.id,
    ),
  );
  const byName =
    <T>(name: (t: T) => string) =>
    (a: T, b: T) =>
      name(a).localeCompare(name(b), 'en', { sensitivity: 'base' });
  labs.sort(byName((l) => l.data.name));
  licenses.sort(byName((l) => l.data.name));
  glossary.sort(byName((t) => t.data.term));
  articles.sort(
    (a, b) => Number(b.data.featured) - Number(a.data.featured) || a.data.title.localeCompare(b.data.title),
  );
  sources.sort(byName((s) => s.data.title));
  const map = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
  const model = map(models);
  const lab = map(labs);
  const license = map(licenses);
  const history = gitHistory();
  const ctx: PageContext = {
    lab: (id) => lab.get(id),
    license: (id) => license.get(id),
    modified: (filePath) => (filePath ? history.get(repoRelative(filePath))?.lastModified : undefined),
  };
  // Each entry's page frame: URL, kind, title, search descriptor and JSON-LD, by URL.
  const page = new Map<string, EntryPage>();
  const addPages = <C extends 'models' | 'labs' | 'licenses' | 'glossary' | 'articles' | 'events'>(
    collection: C,
    list: Parameters<typeof entryPage<C>>[1][],
  ) => {
    for (const e of list) page.set(href(collection, e.id), entryPage(collection, e, ctx));
  };
  addPages('models', models);
  addPages('labs', labs);
  addPages('licenses', licenses);
  addPages('glossary', glossary);
  addPages('articles', articles);
  addPages('events', events);
  const citing = [
    ...pages(articles, 'articles', (a) => a.data.title),
    ...pages(models, 'models', (m) => m.data.name),
    ...pages(labs, 'labs', (l) => l.data.name),
    ...pages(licenses, 'licenses', (l) => l.data.name),
    ...pages(events, 'events', (e) => e.data.title),
    ...pages(glossary, 'glossary', (t) => t.data.term),
  ];
  return {
    models,
    labs,
    licenses,
    events,
    glossary,
    articles,
    sources,
    model,
    lab,
    license,
    /** Each model's derived record (URL, lookups, verdicts, lineage check, labels, table row). */
    modelRecord: modelRecords(models, lab, license, model),
    term: map(glossary),
    source: map(sources),
    index: buildIndex(models, events),
    citedBy: citedBy(citing),
    mentionedIn: mentions(citing),
    history,
    page,
  };
}

/** Each entry as a page that cites sources: in its body and in its fields. */
function pages<T extends { id: string; body?: string; data: object }>(
  list: T[],
  collection: CollectionName,
  title: (t: T) => string,
): (CitingPage & { body: string })[] {
  return list.map((e) => ({
    href: href(collection, e.id),
    title: title(e),
    sources: [...citedSourceIds(e.body ?? ''), ...sourceRefsIn(e.data)],
    body: e.body ?? '',
  }));
}

/** For each glossary term, the pages whose text mentions it (the term's own page excluded). */
function mentions(citing: (CitingPage & { body: string })[]): Map<string, CitingPage[]> {
  const matcher = loadGlossary();
  const out = new Map<string, CitingPage[]>();
  for (const page of citing) {
    for (const id of termsMentioned(page.body, matcher)) {
      if (page.href === href('glossary', id)) continue;
      const list = out.get(id);
      if (list) list.push(page);
      else out.set(id, [page]);
    }
  }
  return out;
}

/** When a content file last changed and how often, from git; undefined without history. */
export async function historyOf(filePath: string | undefined): Promise<FileHistory | undefined> {
  if (!filePath) return undefined;
  return (await getSite()).history.get(repoRelative(filePath));
}

let site: ReturnType<typeof load> | undefined;

/** Every collection, sorted for display, with lookups and reverse links. Loaded once. */
export function getSite() {
  site ??= load();
  return site;
}

/** Looks up a referenced entry that the content check guarantees exists. */
export function must<T>(map: Map<string, T>, id: string, what: string): T {
  const found = map.get(id);
  if (!found) throw new Error(`missing ${what} "${id}" (the content check should have caught this)`);
  return found;
}

/** The derived record of a model (computed once per build in getSite). */
export async function modelRecord(model: { id: string }): Promise<ModelRecord> {
  return must((await getSite()).modelRecord, model.id, 'model record');
}

/** The page frame of an entry (computed once per build in getSite). */
export async function pageOf(entry: { collection: string; id: string }): Promise<EntryPage> {
  return must((await getSite()).page, href(entry.collection as CollectionName, entry.id), 'entry page');
}
