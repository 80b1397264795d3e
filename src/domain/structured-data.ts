/**
 * JSON-LD for each kind of page (schema.org), built from entry data. Pure: the caller passes
 * absolute URLs. Serialized so that no `</script>` can close the element early.
 */

export type JsonLd = Record<string, unknown>;

const org = (name: string, url?: string): JsonLd => ({ '@type': 'Organization', name, ...(url ? { url } : {}) });

export function articleLd(a: {
  url: string;
  title: string;
  description: string;
  lastReviewed: string;
  modified?: string;
  site: string;
}): JsonLd {
  return {
    '@type': 'Article',
    headline: a.title,
    description: a.description,
    url: a.url,
    dateModified: a.modified ?? a.lastReviewed,
    publisher: org(a.site),
  };
}

export function termLd(t: {
  url: string;
  term: string;
  definition: string;
  aliases: readonly string[];
  glossaryUrl: string;
}): JsonLd {
  return {
    '@type': 'DefinedTerm',
    name: t.term,
    description: t.definition,
    url: t.url,
    ...(t.aliases.length ? { alternateName: [...t.aliases] } : {}),
    inDefinedTermSet: { '@type': 'DefinedTermSet', name: 'Glossary', url: t.glossaryUrl },
  };
}

/** A model is described as software: the weights and code released by its lab. */
export function modelLd(m: {
  url: string;
  name: string;
  summary: string;
  lab: string;
  labUrl: string;
  released?: string;
  licenseUrl?: string;
}): JsonLd {
  return {
    '@type': 'SoftwareApplication',
    applicationCategory: 'Machine learning model',
    name: m.name,
    description: m.summary,
    url: m.url,
    creator: org(m.lab, m.labUrl),
    ...(m.released ? { datePublished: m.released } : {}),
    ...(m.licenseUrl ? { license: m.licenseUrl } : {}),
  };
}

export function labLd(l: {
  url: string;
  name: string;
  summary: string;
  website?: string;
  founded?: string;
  country?: string;
  aliases: readonly string[];
}): JsonLd {
  return {
    '@type': 'Organization',
    name: l.name,
    description: l.summary,
    url: l.url,
    ...(l.website ? { sameAs: l.website } : {}),
    ...(l.founded ? { foundingDate: l.founded } : {}),
    ...(l.country ? { address: { '@type': 'PostalAddress', addressCountry: l.country } } : {}),
    ...(l.aliases.length ? { alternateName: [...l.aliases] } : {}),
  };
}

export function licenseLd(l: { url: string; name: string; summary: string; textUrl?: string }): JsonLd {
  return {
    '@type': 'CreativeWork',
    additionalType: 'License',
    name: l.name,
    description: l.summary,
    url: l.url,
    ...(l.textUrl ? { sameAs: l.textUrl } : {}),
  };
}

export function eventLd(e: { url: string; title: string; summary: string; date: string }): JsonLd {
  return {
    '@type': 'Event',
    name: e.title,
    description: e.summary,
    url: e.url,
    startDate: e.date,
    eventStatus: 'https://schema.org/EventScheduled',
  };
}

export function websiteLd(site: { name: string; url: string; description: string }): JsonLd {
  return {
    '@type': 'WebSite',
    name: site.name,
    url: site.url,
    description: site.description,
    potentialAction: {
      '@type': 'SearchAction',
      target: `${site.url}/search/?q={query}`,
      'query-input': 'required name=query',
    },
  };
}

/** The text of a `<script type="application/ld+json">`: `<` escaped so markup cannot end it. */
export function serializeLd(data: JsonLd): string {
  return JSON.stringify({ '@context': 'https://schema.org', ...data }).replace(/</g, '\\u003c');
}
