/** The Pagefind index is built with the site and covers every entry page. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, distPages, $ } from '../support/dist.ts';

describe('search index', () => {
  it('exists and indexes exactly the pages marked for search', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    const marked = distPages().filter((p) => $(p.tree, '[data-pagefind-body]')).length;
    expect(marked).toBeGreaterThan(0);
    expect(indexed).toBe(marked);
    expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(readdirSync(join(DIST, 'pagefind', 'index')).length).toBeGreaterThan(0);
  });

  it('every entry page is marked for search, and interface text is not', () => {
    for (const p of distPages().filter((p) =>
      /^\/(models|labs|licenses|glossary|articles|events)\/[^/]+\/$/.test(p.url),
    )) {
      expect($(p.tree, '[data-pagefind-body]'), p.url).toBeTruthy();
      expect($(p.tree, '[data-pagefind-body] .site-nav'), p.url).toBeFalsy();
    }
  });
});
