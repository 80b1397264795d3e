/**
 * What the frame of each entry page shows and hands to search and to other sites, derived
 * once per build for every entry (src/site/entries.ts): its URL, kind, title and lead, the
 * search descriptor (facets, key facts, other names, date, weight) and its JSON-LD. One
 * function per collection, in a table typed by the collections: a new collection fails to
 * compile until it has one.
 */
import type { Article, Event, Lab, License, Model, Term } from './entries.ts';
import { ENTRY_KINDS, type EntryKind, type PageCollection } from '../domain/entry-kinds.ts';
import { formatDate, formatParams, humanize } from '../domain/format.ts';
import { TIER_LABELS } from '../domain/licenses.ts';
import type { FacetKey } from '../domain/search.ts';
import { articleLd, eventLd, labLd, licenseLd, modelLd, termLd, type JsonLd } from '../domain/structured-data.ts';
import { href } from '../domain/urls.ts';
import { absolute, SITE } from '../site.config.ts';

/** Values of the search page's facets (the type comes from the kind). */
type EntryFilters = Partial<Record<Exclude<FacetKey, 'type'>, string | string[] | undefined>>;

interface SearchDescriptor {
  filters: EntryFilters;
  /** The key facts line of a search result. */
  facts?: string;
  /** Other names (aliases, family, short name): searched with a name's weight, not shown. */
  aliases: string[];
  /** ISO date (or year, or year-month) that orders results by date. */
  sortDate?: string;
  /** Weight of the lead and body (1 when absent); events, which retell entries, count for less. */
  textWeight?: number;
}

export interface EntryPage {
  href: string;
  kind: EntryKind;
  title: string;
  /** The document title, when it differs from the heading. */
  pageTitle?: string;
  description: string;
  search: SearchDescriptor;
  jsonLd: JsonLd;
}

interface EntryOf {
  models: Model;
  labs: Lab;
  licenses: License;
  glossary: Term;
  articles: Article;
  events: Event;
}

/** What the per-collection functions may look up. */
export interface PageContext {
  lab(id: string): Lab | undefined;
  license(id: string): License | undefined;
  /** The last-modified date of an entry's file, from git. */
  modified(filePath: string | undefined): string | undefined;
}

const facts = (parts: (string | false | undefined | 0)[]) => parts.filter(Boolean).join(' · ');

const PAGES: { [C in PageCollection]: (entry: EntryOf[C], ctx: PageContext) => EntryPage } = {
  models: (m, ctx) => {
    const d = m.data;
    const lab = ctx.lab(d.lab.id);
    const license = d.license ? ctx.license(d.license.id) : undefined;
    const url = href('models', m.id);
    return {
      href: url,
      kind: ENTRY_KINDS.models,
      title: d.name,
      description: d.summary,
      search: {
        filters: {
          lab: lab?.data.name,
          tier: license && TIER_LABELS[license.data.tier],
          year: d.released?.slice(0, 4),
        },
        facts: facts([
          lab?.data.name,
          d.released?.slice(0, 4),
          d.parameters?.total && formatParams(d.parameters.total),
          license?.data.shortName,
        ]),
        aliases: [...d.aliases, ...(d.family ? [d.family] : [])],
        sortDate: d.released,
      },
      jsonLd: modelLd({
        url: absolute(url),
        name: d.name,
        summary: d.summary,
        lab: lab?.data.name ?? d.lab.id,
        labUrl: absolute(href('labs', d.lab.id)),
        released: d.released,
        licenseUrl: license && absolute(href('licenses', license.id)),
      }),
    };
  },
  labs: (l) => {
    const d = l.data;
    const url = href('labs', l.id);
    return {
      href: url,
      kind: ENTRY_KINDS.labs,
      title: d.name,
      description: d.summary,
      search: { filters: { lab: d.name }, facts: facts([humanize(d.kind), d.country]), aliases: d.aliases },
      jsonLd: labLd({
        url: absolute(url),
        name: d.name,
        summary: d.summary,
        website: d.website,
        founded: d.founded,
        country: d.country,
        aliases: d.aliases,
      }),
    };
  },
  licenses: (l) => {
    const d = l.data;
    const url = href('licenses', l.id);
    return {
      href: url,
      kind: ENTRY_KINDS.licenses,
      title: d.name,
      description: d.summary,
      search: {
        filters: { tier: TIER_LABELS[d.tier] },
        facts: facts([TIER_LABELS[d.tier], d.osiApproved && 'OSI-approved']),
        aliases: [d.shortName, ...(d.spdx ? [d.spdx] : [])],
      },
      jsonLd: licenseLd({ url: absolute(url), name: d.name, summary: d.summary, textUrl: d.url }),
    };
  },
  glossary: (t) => {
    const d = t.data;
    const url = href('glossary', t.id);
    return {
      href: url,
      kind: ENTRY_KINDS.glossary,
      title: d.term,
      pageTitle: `${d.term} (glossary)`,
      description: d.definition,
      search: { filters: { category: humanize(d.category) }, facts: humanize(d.category), aliases: d.aliases },
      jsonLd: termLd({
        url: absolute(url),
        term: d.term,
        definition: d.definition,
        aliases: d.aliases,
        glossaryUrl: absolute('/glossary/'),
      }),
    };
  },
  articles: (a, ctx) => {
    const d = a.data;
    const url = href('articles', a.id);
    return {
      href: url,
      kind: ENTRY_KINDS.articles,
      title: d.title,
      description: d.description,
      search: { filters: {}, aliases: [] },
      jsonLd: articleLd({
        url: absolute(url),
        title: d.title,
        description: d.description,
        lastReviewed: d.lastReviewed,
        modified: ctx.modified(a.filePath),
        site: SITE.name,
      }),
    };
  },
  events: (e, ctx) => {
    const d = e.data;
    const url = href('events', e.id);
    const labs = d.labs.map((r) => ctx.lab(r.id)?.data.name ?? r.id);
    return {
      href: url,
      kind: ENTRY_KINDS.events,
      title: d.title,
      description: d.summary,
      search: {
        filters: { year: d.date.slice(0, 4), lab: labs },
        facts: `${formatDate(d.date)} · ${humanize(d.kind)}`,
        aliases: [],
        sortDate: d.date,
        textWeight: 0.5,
      },
      jsonLd: eventLd({ url: absolute(url), title: d.title, summary: d.summary, date: d.date }),
    };
  },
};

/** The page of one entry. */
export function entryPage<C extends PageCollection>(collection: C, entry: EntryOf[C], ctx: PageContext): EntryPage {
  return PAGES[collection](entry, ctx);
}
