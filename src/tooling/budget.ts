/**
 * What a built page costs a reader before any interaction, gzipped: its HTML, all the CSS it
 * loads (stylesheets and inline <style>), and the JavaScript that runs on load (module and
 * classic scripts, with their static imports and modulepreloads; dynamic `import()` is loaded
 * on use and not counted). Pure: the caller hands in a reader for the site's files.
 */
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import type { Element } from 'hast';
import { gzipBytes } from './perf.ts';

export interface PageCost {
  html: number;
  css: number;
  js: number;
  /** Site paths of the stylesheets and scripts counted. */
  assets: string[];
}

/** Reads a file of the built site by its site path (`/_astro/x.css`); undefined when absent. */
export type SiteReader = (path: string) => string | undefined;

/** Static imports and re-exports of an ES module (not `import()`), as written. */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(
    /(?:^|[;\s}])(?:import\s*(?:[\w$*{][^;'"]*?\bfrom\s*)?|export\s*[*{][^;'"]*?\bfrom\s*)(["'])([^"']+)\1/g,
  ))
    found.push(m[2]!);
  return found;
}

/** The raw text of a <script> or <style> element. */
const text = (el: Element) => el.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
const resolvePath = (spec: string, from: string) => new URL(spec, `http://site${from}`).pathname;

/** The cost of one page; `path` is its site path (`/models/llama-2/`). */
export function pageCost(html: string, path: string, read: SiteReader): PageCost {
  const tree = fromHtml(html);
  const assets: string[] = [];
  const missing = (p: string) => {
    throw new Error(`${path} loads ${p}, which is not in the build`);
  };

  let css = 0;
  for (const link of selectAll('link[rel~="stylesheet"][href]', tree)) {
    const href = resolvePath(String(link.properties.href), path);
    if (/^https?:/.test(String(link.properties.href)) && !String(link.properties.href).startsWith('/')) continue;
    const text = read(href) ?? missing(href);
    assets.push(href);
    css += gzipBytes(text);
  }
  const inlineCss = selectAll('style', tree).map(text).join('\n');
  if (inlineCss.trim()) css += gzipBytes(inlineCss);

  let js = 0;
  const seen = new Set<string>();
  const addModule = (p: string) => {
    if (seen.has(p)) return;
    seen.add(p);
    const code = read(p) ?? missing(p);
    assets.push(p);
    js += gzipBytes(code);
    for (const spec of staticImports(code))
      if (spec.startsWith('.') || spec.startsWith('/')) addModule(resolvePath(spec, p));
  };
  let inlineJs = '';
  for (const script of selectAll('script', tree)) {
    const type = String(script.properties.type ?? '');
    if (type && type !== 'module' && type !== 'text/javascript') continue; // JSON-LD, templates
    const src = script.properties.src;
    if (src) addModule(resolvePath(String(src), path));
    else {
      const code = text(script);
      inlineJs += code;
      for (const spec of staticImports(code))
        if (spec.startsWith('.') || spec.startsWith('/')) addModule(resolvePath(spec, path));
    }
  }
  for (const link of selectAll('link[rel~="modulepreload"][href]', tree))
    addModule(resolvePath(String(link.properties.href), path));
  if (inlineJs.trim()) js += gzipBytes(inlineJs);

  return { html: gzipBytes(html), css, js, assets };
}

export interface Budget {
  /** Largest gzipped HTML, in bytes (only where a budget applies). */
  html?: number;
  css: number;
  js: number;
}

const KB = 1024;
/** The budgets of the reading issue and DESIGN.md: a long article's HTML, and every page's CSS and JS. */
export const BUDGETS = {
  articleHtml: 30 * KB,
  css: 10 * KB,
  js: 5 * KB,
} as const;

/** Which measure of a cost exceeds its budget. */
export function overBudget(cost: PageCost, budget: Budget): ('html' | 'css' | 'js')[] {
  const over: ('html' | 'css' | 'js')[] = [];
  if (budget.html !== undefined && cost.html > budget.html) over.push('html');
  if (cost.css > budget.css) over.push('css');
  if (cost.js > budget.js) over.push('js');
  return over;
}
