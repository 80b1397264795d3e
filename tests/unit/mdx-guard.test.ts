/**
 * The MDX guard's finer points: components by exact name only (miscased ones named), props
 * from the allow-list only and as literal strings, no prototype names passing as components,
 * and URL schemes recognised however they are disguised.
 */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { guardTree, isUnsafeUrl } from '../../src/markdown/mdx-guard.ts';
import { checkContent } from '../../src/checks/check-content.ts';
import { mayNeedGuard } from '../../src/checks/body-check.ts';
import { alreadyGuarded } from '../../src/checks/guarded-bodies.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const guard = (mdx: string, allowed?: Record<string, string[]>) =>
  guardTree(parser.runSync(parser.parse(mdx)) as Root, allowed).map((p) => `${p.line} ${p.message}`);
const ALLOWED = { Callout: ['type', 'href'] };

describe('components', () => {
  it('an allowed component with literal props passes', () => {
    expect(guard('<Callout type="note">Text</Callout>', ALLOWED)).toEqual([]);
  });
  it('a miscased component is named with its right spelling', () => {
    expect(guard('<callout type="note" />', ALLOWED)).toEqual(['1 <callout> is miscased: write <Callout>']);
    expect(guard('<CALLOUT />', ALLOWED)).toEqual(['1 <CALLOUT> is miscased: write <Callout>']);
  });
  it('an unknown component lists the ones available', () => {
    expect(guard('<Chart />', ALLOWED)).toEqual([
      '1 <Chart> is not allowed in content: use Markdown instead (components available: Callout)',
    ]);
  });
  it('props must be allowed, literal, and not event handlers', () => {
    expect(guard('<Callout kind="x" />', ALLOWED)).toEqual([
      '1 <Callout>: unknown attribute "kind" (allowed: type, href)',
    ]);
    expect(guard('<Callout type={x} />', ALLOWED)).toEqual([
      '1 <Callout> type: attribute values must be plain strings, not {expressions}',
    ]);
    expect(guard('<Callout onClick="alert(1)" />', ALLOWED)).toEqual([
      '1 <Callout>: event attribute "onClick" is not allowed',
    ]);
    expect(guard('<Callout {...x} />', ALLOWED)).toEqual(['1 <Callout>: spread attributes {...} are not allowed']);
    expect(guard('<Callout href="javascript:alert(1)" />', ALLOWED)).toEqual([
      '1 <Callout> href: javascript: and data: URLs are not allowed',
    ]);
  });
  it('names inherited from Object are not components', () => {
    for (const name of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) {
      expect(guard(`<${name} />`, ALLOWED), name).toEqual([
        `1 <${name}> is not allowed in content: use Markdown instead (components available: Callout)`,
      ]);
      expect(guard(`<${name} />`).length, name).toBe(1);
    }
  });
  it('fragments are refused', () => {
    expect(guard('<>text</>')).toEqual(['1 fragments (<>...</>) are not allowed in content: remove them']);
  });
});

describe('URLs', () => {
  it('recognises the schemes in any case and however they are split', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:x',
      '\u0001javascript:x',
      'data:text/html,x',
      'vbscript:x',
      'DATA:image/png;base64,AA',
    ]) {
      expect(isUnsafeUrl(url), JSON.stringify(url)).toBe(true);
    }
    for (const url of [
      'https://example.org/javascript:',
      '/models/',
      '#data:',
      'mailto:a@example.org',
      'https://example.org/?q=data:x',
    ]) {
      expect(isUnsafeUrl(url), url).toBe(false);
    }
  });
  it('refuses a disguised javascript: link in a body', () => {
    expect(guard('[x](<java\tscript:alert(1)>)')).toEqual([
      '1 javascript:, data: and vbscript: URLs are not allowed (link to an https:// page or a /site/ path)',
    ]);
    expect(guard('[x](&#106;avascript:alert(1))')).toEqual([
      '1 javascript:, data: and vbscript: URLs are not allowed (link to an https:// page or a /site/ path)',
    ]);
  });
});

describe('each body guarded once', () => {
  it('the content check marks the bodies it parsed and passed; any other text is guarded again', () => {
    // The fixture set, with one body that needs the parse (an escaped brace).
    const dir = mkdtempSync(join(tmpdir(), 'owe-guard-'));
    cpSync('tests/fixtures/content', dir, { recursive: true });
    const article = join(dir, 'articles', readdirSync(join(dir, 'articles'))[0]!);
    writeFileSync(article, `${readFileSync(article, 'utf8')}\nA set \\{a\\} and 3 \\< 4.\n`);
    const check = checkContent(dir);
    expect(check.problems).toBe(0);
    const parsed = check.files.filter((f) => f.path.endsWith('.mdx') && mayNeedGuard(f.body));
    expect(parsed.length).toBeGreaterThan(0);
    for (const f of parsed) {
      const path = resolve(f.path);
      // Astro hands the plugin the file with its frontmatter blanked out.
      const blanked = `${' '.repeat(3)}\n${' '.repeat(10)}\n${f.body}`;
      expect(alreadyGuarded(path, blanked), f.path).toBe(true);
      expect(alreadyGuarded(path, `${f.body}\n<script>alert(1)</script>`)).toBe(false);
    }
    expect(alreadyGuarded(resolve(dir, 'models/none.mdx'), 'text')).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});
