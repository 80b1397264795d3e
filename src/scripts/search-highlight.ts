/**
 * Arriving from a search result (`?highlight=words`): marks the searched words in the entry's
 * text, the part of the page that search indexes. Loaded only on such visits.
 */
import { highlightPattern, highlightTerms } from '../domain/search.ts';

const SKIP = new Set(['H1', 'SCRIPT', 'STYLE', 'MARK', 'TEXTAREA', 'INPUT', 'SELECT', 'BUTTON', 'SVG']);

export function highlightFromUrl(root: ParentNode | null = document.querySelector('[data-pagefind-body]')): number {
  const pattern = highlightPattern(highlightTerms(location.search));
  if (!root || !pattern) return 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      for (let p = node.parentElement; p && p !== root; p = p.parentElement) {
        if (SKIP.has(p.tagName.toUpperCase()) || p.hidden || p.hasAttribute('data-pagefind-ignore'))
          return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  let count = 0;
  for (const text of texts) {
    const value = text.data;
    pattern.lastIndex = 0;
    if (!pattern.test(value)) continue;
    pattern.lastIndex = 0;
    const parts: Node[] = [];
    let at = 0;
    for (const m of value.matchAll(pattern)) {
      if (m.index > at) parts.push(document.createTextNode(value.slice(at, m.index)));
      const mark = document.createElement('mark');
      mark.className = 'search-highlight';
      mark.textContent = m[0];
      parts.push(mark);
      at = m.index + m[0].length;
      count++;
    }
    if (at < value.length) parts.push(document.createTextNode(value.slice(at)));
    text.replaceWith(...parts);
  }
  return count;
}
