/**
 * Turns `[^source-id]` markers into numbered superscripts linking to `#ref-n`. The page
 * renders the References list (with back-links to each `#cite-n-k`) from the summary this
 * plugin leaves in `remarkPluginFrontmatter.citations`, after everything else on the page.
 * `[^citation-needed]` becomes a visible "citation needed" mark. An unknown id fails the build.
 * What was cited is exposed to the page as `remarkPluginFrontmatter.citations`.
 */
import type { Root, Text, PhrasingContent } from 'mdast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { CITATION_NEEDED, CITATION_PATTERN } from '../domain/citations.ts';
import { loadSources, type SourceInfo } from '../site/sources.ts';
import { displayPath } from './mdx-guard.ts';

export interface CitationSummary {
  /** Sources in order of first citation (reference n is index n-1), with the anchor of each use. */
  sources: { id: string; uses: string[] }[];
  /** Number of citation markers (with repeats). */
  count: number;
  /** Number of `[^citation-needed]` marks. */
  needed: number;
}

interface Options {
  /** Source lookup; defaults to the sources of the content folder. */
  sources?: Map<string, SourceInfo>;
}

/** A node rendered as an element with the given tag, properties and children. */
function element(tag: string, props: Record<string, unknown>, children: PhrasingContent[]): PhrasingContent {
  return { type: 'emphasis', data: { hName: tag, hProperties: props }, children } as PhrasingContent;
}
const text = (value: string): Text => ({ type: 'text', value });

export function remarkCitations(options: Options = {}) {
  return (tree: Root, file: VFile) => {
    const sources = options.sources ?? loadSources();
    const order: string[] = [];
    const uses = new Map<string, string[]>();
    let count = 0;
    let needed = 0;

    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || !node.value.includes('[^')) return;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const m of node.value.matchAll(CITATION_PATTERN)) {
        const id = m[1] ?? '';
        const at = m.index ?? 0;
        if (at > last) parts.push(text(node.value.slice(last, at)));
        last = at + m[0].length;
        if (id === CITATION_NEEDED) {
          needed++;
          parts.push(
            element('sup', { className: ['cite-needed'] }, [
              element(
                'a',
                { href: '/contribute/#citations', title: 'This claim has no source yet. Help by adding one.' },
                [text('citation needed')],
              ),
            ]),
          );
          continue;
        }
        if (!sources.has(id)) {
          const line = node.position?.start.line;
          throw new Error(
            `${displayPath(file)}${line ? `:${line}` : ''} unknown source id "[^${id}]": add content/sources/${id}.yaml, fix the id, or write [^${CITATION_NEEDED}]`,
          );
        }
        if (!uses.has(id)) {
          order.push(id);
          uses.set(id, []);
        }
        const n = order.indexOf(id) + 1;
        const list = uses.get(id)!;
        const anchor = `cite-${n}-${list.length + 1}`;
        list.push(anchor);
        count++;
        parts.push(
          element('sup', { className: ['cite'] }, [
            element('a', { href: `#ref-${n}`, id: anchor, 'aria-label': `Reference ${n}` }, [text(`[${n}]`)]),
          ]),
        );
      }
      if (parts.length === 0) return;
      if (last < node.value.length) parts.push(text(node.value.slice(last)));
      (parent.children as PhrasingContent[]).splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });

    const summary: CitationSummary = { sources: order.map((id) => ({ id, uses: uses.get(id) ?? [] })), count, needed };
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.citations = summary;
  };
}
