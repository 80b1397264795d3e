/**
 * Links the first mention of each glossary term (or alias) in a body to the term's page,
 * with the definition attached for the preview card. Not inside headings, links or code;
 * not a term on its own page; not at all when the entry sets `noAutolink: true`.
 * Following the link works without JavaScript; the card is an enhancement.
 */
import type { Root, Text, PhrasingContent, Link } from 'mdast';
import type { VFile } from 'vfile';
import { visitParents, SKIP } from 'unist-util-visit-parents';
import { findMentions, type Matcher } from '../domain/glossary-match.ts';
import { loadGlossary } from '../site/glossary.ts';
import { href } from '../domain/urls.ts';

const SKIP_INSIDE = new Set([
  'link',
  'linkReference',
  'heading',
  'inlineCode',
  'code',
  'mdxJsxTextElement',
  'mdxJsxFlowElement',
]);

/** Not inside links, headings, code, or the elements other plugins made (citation marks). */
const skipped = (a: { type: string; data?: unknown }) =>
  SKIP_INSIDE.has(a.type) || (a.data as { hName?: string } | undefined)?.hName !== undefined;
interface Options {
  matcher?: Matcher;
}

export function remarkGlossaryLinks(options: Options = {}) {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data as { astro?: { frontmatter?: { noAutolink?: boolean } } }).astro?.frontmatter;
    if (frontmatter?.noAutolink) return;
    const matcher = options.matcher ?? loadGlossary();
    const own = /\/glossary\/([a-z0-9-]+)\.mdx?$/.exec(file.path ?? '')?.[1];
    const linked = new Set<string>(own ? [own] : []);
    // Terms the writer linked by hand count as linked.
    visitParents(tree, 'link', (node: Link) => {
      const id = /^\/glossary\/([a-z0-9-]+)\/?(?:#.*)?$/.exec(node.url)?.[1];
      if (id) linked.add(id);
    });

    visitParents(tree, 'text', (node: Text, ancestors) => {
      if (ancestors.some(skipped)) return;
      const parent = ancestors[ancestors.length - 1] as { children: PhrasingContent[] };
      const mention = findMentions(node.value, matcher).find((m) => !linked.has(m.id));
      if (!mention) return;
      linked.add(mention.id);
      const term = matcher.terms.get(mention.id)!;
      const before = node.value.slice(0, mention.index);
      const word = node.value.slice(mention.index, mention.index + mention.length);
      const after = node.value.slice(mention.index + mention.length);
      const link: Link = {
        type: 'link',
        url: href('glossary', term.id),
        data: { hProperties: { className: ['term-link'], 'data-term': term.term, 'data-definition': term.definition } },
        children: [{ type: 'text', value: word }],
      };
      const parts: PhrasingContent[] = [
        ...(before ? [{ type: 'text', value: before } as Text] : []),
        link,
        ...(after ? [{ type: 'text', value: after } as Text] : []),
      ];
      const index = parent.children.indexOf(node);
      parent.children.splice(index, 1, ...parts);
      // Continue with the text after the link: it may mention other terms.
      return [SKIP, index + parts.length - (after ? 1 : 0)];
    });
  };
}
