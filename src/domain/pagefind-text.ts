/**
 * Escaping for one channel: Pagefind's filters. Pagefind reads a filter's text from the built
 * HTML and then decodes character references in it once more, so a lab named "AT&amp;T" (as
 * typed) would be filtered as "AT&T", and text "&lt;b&gt;" would come back as "<b>". Writing
 * each `&` as `&amp;` before Astro escapes the text makes the filter value the exact text.
 * (Metadata, `data-pagefind-meta`, is read once and needs nothing.) Checked by
 * tests/site/hostile-output.test.ts against Pagefind's own index.
 */
export function pagefindFilterText(text: string): string {
  return text.replace(/&/g, '&amp;');
}
