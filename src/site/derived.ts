/**
 * Data derived from all entries at once: lookups by id and the reverse links (a lab's
 * models, a license's models, a model's derivatives and events). Built once per build from
 * plain arrays, so it is unit-testable without Astro.
 */

export interface Ref {
  id: string;
}
export interface Item<D> {
  id: string;
  data: D;
}
export interface ModelLike {
  lab: Ref;
  license?: Ref;
  baseModel?: Ref;
  released?: string;
}
export interface EventLike {
  date: string;
  models: Ref[];
  labs: Ref[];
  licenses: Ref[];
}

/** Newest first by a partial date, unknown dates last; ties broken by id so the order is stable. */
export function byDateDesc<T>(date: (t: T) => string | undefined, id: (t: T) => string) {
  return (a: T, b: T) => (date(b) ?? '').localeCompare(date(a) ?? '') || id(a).localeCompare(id(b));
}

function group<T>(items: readonly T[], keys: (t: T) => (string | undefined)[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      if (key === undefined) continue;
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  }
  return map;
}

/** Reverse links; the lists hold the caller's own entry objects, so their full types survive. */
export interface SiteIndex<M extends Item<ModelLike>, E extends Item<EventLike>> {
  modelsByLab: Map<string, M[]>;
  modelsByLicense: Map<string, M[]>;
  derivativesOf: Map<string, M[]>;
  eventsByModel: Map<string, E[]>;
  eventsByLab: Map<string, E[]>;
  eventsByLicense: Map<string, E[]>;
}

/** All reverse links, each list sorted newest first. */
export function buildIndex<M extends Item<ModelLike>, E extends Item<EventLike>>(
  models: readonly M[],
  events: readonly E[],
): SiteIndex<M, E> {
  const sortedModels = [...models].sort(
    byDateDesc(
      (m) => m.data.released,
      (m) => m.id,
    ),
  );
  const sortedEvents = [...events].sort(
    byDateDesc(
      (e) => e.data.date,
      (e) => e.id,
    ),
  );
  return {
    modelsByLab: group(sortedModels, (m) => [m.data.lab.id]),
    modelsByLicense: group(sortedModels, (m) => [m.data.license?.id]),
    derivativesOf: group(sortedModels, (m) => [m.data.baseModel?.id]),
    eventsByModel: group(sortedEvents, (e) => e.data.models.map((r) => r.id)),
    eventsByLab: group(sortedEvents, (e) => e.data.labs.map((r) => r.id)),
    eventsByLicense: group(sortedEvents, (e) => e.data.licenses.map((r) => r.id)),
  };
}

/** The chain of base models above a model, nearest first; stops on a cycle. */
export function ancestry<M extends Item<{ baseModel?: Ref }>>(id: string, byId: ReadonlyMap<string, M>): M[] {
  const chain: M[] = [];
  const seen = new Set([id]);
  let next = byId.get(id)?.data.baseModel?.id;
  while (next && !seen.has(next)) {
    const item = byId.get(next);
    if (!item) break;
    chain.push(item);
    seen.add(next);
    next = item.data.baseModel?.id;
  }
  return chain;
}

export interface CitingPage {
  href: string;
  title: string;
  /** Source ids the page cites, in its body or its fields. */
  sources: readonly string[];
}

/** For each source id, the pages that cite it, in the order given. */
export function citedBy(pages: readonly CitingPage[]): Map<string, CitingPage[]> {
  return group(pages, (p) => [...new Set(p.sources)]);
}

/** Every source id a value mentions as `{ collection: 'sources', id }`, however deep. */
export function sourceRefsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) sourceRefsIn(v, found);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o.collection === 'sources' && typeof o.id === 'string') found.push(o.id);
    else for (const v of Object.values(o)) sourceRefsIn(v, found);
  }
  return found;
}
