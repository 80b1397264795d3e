/** Reads the built site in dist/: every HTML page, parsed once, with its ids and links. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll, select } from 'hast-util-select';
import type { Root, Element } from 'hast';

/** The built site: dist/, or OWE_DIST_DIR when set (a build made with `npm run build -- --outDir <dir>`). */
export const DIST = process.env.OWE_DIST_DIR ? resolve(process.env.OWE_DIST_DIR) : join(process.cwd(), 'dist');

export interface Page {
  /** URL path, e.g. `/models/llama-2/`. */
  url: string;
  file: string;
  html: string;
  tree: Root;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

let pages: Page[] | undefined;

/** Every HTML page of dist/ (Pagefind's own files excluded). Fails loudly when there is no build. */
export function distPages(): Page[] {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/ has no build: run `npm run build` first (npm test does)');
  pages ??= walk(DIST)
    .filter((f) => f.endsWith('.html') && !f.includes(`${join(DIST, 'pagefind')}`))
    .map((file) => {
      const rel = relative(DIST, file).split('\\').join('/');
      const url = `/${rel.replace(/index\.html$/, '')}`;
      const html = readFileSync(file, 'utf8');
      return { url, file, html, tree: fromHtml(html) };
    });
  return pages;
}

export function page(url: string): Page {
  const found = distPages().find((p) => p.url === url);
  if (!found) throw new Error(`no page ${url} in dist/`);
  return found;
}

export const $ = (tree: Root | Element, selector: string) => select(selector, tree);
export const $$ = (tree: Root | Element, selector: string) => selectAll(selector, tree);

/** The text of a node and its descendants. */
export function text(node: unknown): string {
  const n = node as { type: string; value?: string; children?: unknown[] };
  if (n.type === 'text') return n.value ?? '';
  return (n.children ?? []).map(text).join('');
}

/** Every id in a page. */
export function ids(p: Page): Set<string> {
  return new Set($$(p.tree, '[id]').map((e) => String(e.properties.id)));
}
