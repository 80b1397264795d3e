/** Every internal link and #anchor in dist/ resolves. */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, distPages, ids, $$ } from '../support/dist.ts';

describe('internal links', () => {
  it('every href to this site reaches a page, and every #anchor an id on it', () => {
    const pages = distPages();
    const byUrl = new Map(pages.map((p) => [p.url, p]));
    const idCache = new Map<string, Set<string>>();
    const idsOf = (url: string) => {
      let s = idCache.get(url);
      if (!s) idCache.set(url, (s = ids(byUrl.get(url)!)));
      return s;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const p of pages) {
      for (const a of $$(p.tree, 'a[href]')) {
        const href = String(a.properties.href);
        if (/^[a-z]+:/i.test(href) || href.startsWith('//')) continue;
        const url = new URL(href, `http://site${p.url}`);
        checked++;
        const path = decodeURIComponent(url.pathname);
        const target = byUrl.has(path) ? path : undefined;
        if (!target) {
          if (!existsSync(join(DIST, path))) broken.push(`${p.url} → ${href} (no page)`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && !idsOf(target).has(anchor)) broken.push(`${p.url} → ${href} (no #${anchor})`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });
});
