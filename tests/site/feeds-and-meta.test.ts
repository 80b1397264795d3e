/** Feeds, sitemap and the metadata every page carries for search engines and link previews. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContentFiles } from '../../src/checks/content-files.ts';
import { SITE } from '../../src/site.config.ts';
import { DIST, distPages, page, $, $$, text } from '../support/dist.ts';

const files = readContentFiles();

describe('RSS feed', () => {
  const xml = readFileSync(join(DIST, 'rss.xml'), 'utf8');
  const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
  const field = (item: string, tag: string) => new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(item)?.[1] ?? '';

  it('lists every article and event with a full title, a date and a working link', () => {
    const expected = files
      .filter((f) => f.collection === 'articles' || f.collection === 'events')
      .map((f) => `${SITE.url}/${f.collection}/${f.id}/`);
    const links = items.map((i) => field(i, 'link'));
    expect(links.sort()).toEqual(expected.sort());
    for (const item of items) {
      expect(field(item, 'title').length).toBeGreaterThan(3);
      expect(Number.isNaN(Date.parse(field(item, 'pubDate')))).toBe(false);
      const path = new URL(field(item, 'link')).pathname;
      expect(existsSync(join(DIST, path, 'index.html')), path).toBe(true);
    }
  });

  it('is well-formed XML, newest first, and announced in every page head', () => {
    expect(xml.startsWith('<?xml')).toBe(true);
    const dates = items.map((i) => Date.parse(field(i, 'pubDate')));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    const home = page('/');
    expect($(home.tree, 'link[rel="alternate"][type="application/rss+xml"]')?.properties.href).toBe('/rss.xml');
  });
});

describe('sitemap', () => {
  it('lists every page that has a canonical URL', () => {
    const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const urls = new Set(
      maps.flatMap((m) =>
        [...readFileSync(join(DIST, m), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((x) => new URL(x[1]!).pathname),
      ),
    );
    const missing = distPages()
      .filter((p) => p.url.endsWith('/') && !urls.has(p.url))
      .map((p) => p.url);
    expect(missing).toEqual([]);
  });
});

describe('page metadata', () => {
  it('every page has OpenGraph and Twitter tags that agree with its title and description', () => {
    const problems: string[] = [];
    for (const p of distPages()) {
      const og = (prop: string) => $(p.tree, `meta[property="og:${prop}"]`)?.properties.content;
      const desc = $(p.tree, 'meta[name="description"]')?.properties.content;
      if (!og('title') || !og('url') || og('description') !== desc) problems.push(`${p.url}: OpenGraph`);
      if (!$(p.tree, 'meta[name="twitter:card"]')) problems.push(`${p.url}: Twitter card`);
      if (og('url') !== $(p.tree, 'link[rel="canonical"]')?.properties.href)
        problems.push(`${p.url}: og:url is not the canonical URL`);
    }
    expect(problems).toEqual([]);
  });

  const ld = (url: string) => {
    const script = $(page(url).tree, 'script[type="application/ld+json"]');
    return script ? JSON.parse(text(script)) : undefined;
  };
  const typeOf: Record<string, string> = {
    articles: 'Article',
    glossary: 'DefinedTerm',
    models: 'SoftwareApplication',
    labs: 'Organization',
    licenses: 'CreativeWork',
    events: 'Event',
  };

  it('every entry page describes itself in JSON-LD with the right type', () => {
    const problems: string[] = [];
    for (const f of files.filter((f) => f.collection !== 'sources')) {
      const url = `/${f.collection}/${f.id}/`;
      const data = ld(url);
      if (data?.['@context'] !== 'https://schema.org' || data['@type'] !== typeOf[f.collection])
        problems.push(`${url}: ${data?.['@type']}`);
      if (data && data.url !== `${SITE.url}${url}`) problems.push(`${url}: url ${data.url}`);
    }
    expect(problems).toEqual([]);
    expect(ld('/')?.['@type']).toBe('WebSite');
  });

  it('a model links its lab and license in JSON-LD', () => {
    const data = ld('/models/llama-2/');
    expect(data.creator).toMatchObject({ '@type': 'Organization', name: 'Meta' });
    expect(data.license).toBe(`${SITE.url}/licenses/llama-2-community/`);
  });
});

describe('print', () => {
  it('the stylesheet prints references with their URLs and hides navigation', () => {
    const css = distPages()
      .flatMap((p) => $$(p.tree, 'link[rel="stylesheet"]').map((l) => String(l.properties.href)))
      .filter((v, i, a) => a.indexOf(v) === i)
      .map((href) => readFileSync(join(DIST, href), 'utf8'))
      .join('\n');
    expect(css).toMatch(/@media print/);
    expect(css).toMatch(/attr\(href\)/);
  });
});
