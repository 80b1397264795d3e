/**
 * A `<script>` written after a page's layout element (`</BaseLayout>`, `</EntryLayout>`) is
 * rendered after `</html>`: browsers run it, but the W3C checker stops at "Stray start tag
 * script" and so do some feed readers and crawlers. The site test runs the checker over the
 * build; this finds the mistake in the source in milliseconds and names the line.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const astroFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const full = join(dir, n);
    return statSync(full).isDirectory() ? astroFiles(full) : full.endsWith('.astro') ? [full] : [];
  });

/** Every `<script>` after the last closing tag of a layout component, as `file:line`. */
export function scriptsAfterLayout(file: string, text: string): string[] {
  const closes = [...text.matchAll(/<\/[A-Z]\w*Layout\s*>/g)];
  const last = closes.at(-1);
  if (!last) return [];
  const after = last.index + last[0].length;
  return [...text.slice(after).matchAll(/<script\b/g)].map(
    (m) => `${file}:${text.slice(0, after + m.index).split('\n').length}`,
  );
}

describe('script placement', () => {
  it('finds a script after the layout (the check can fail)', () => {
    expect(scriptsAfterLayout('x.astro', '<BaseLayout>\n</BaseLayout>\n\n<script>\n</script>\n')).toEqual([
      'x.astro:4',
    ]);
    expect(scriptsAfterLayout('x.astro', '<BaseLayout>\n<script></script>\n</BaseLayout>\n<style></style>')).toEqual(
      [],
    );
  });

  it('no page or layout writes a <script> after its layout element (move it inside, before the closing tag)', () => {
    const found = astroFiles('src').flatMap((f) => scriptsAfterLayout(f, readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });
});
