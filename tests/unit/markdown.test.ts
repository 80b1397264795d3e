/** The markdown plugins on small inputs, through a real unified + MDX pipeline. */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { remarkCitations, type CitationSummary } from '../../src/markdown/citations.ts';
import { remarkMdxGuard, guardTree } from '../../src/markdown/mdx-guard.ts';
import type { SourceInfo } from '../../src/site/sources.ts';

const sources = new Map<string, SourceInfo>([
  ['alpha', { id: 'alpha', title: 'Alpha Report', author: 'A Lab' }],
  ['beta', { id: 'beta', title: 'Beta Paper', author: 'B Lab' }],
]);

async function render(md: string, path = '/repo/content/models/x.mdx') {
  const file = new VFile({ value: md, path });
  const out = await unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkMdxGuard)
    .use(remarkGfm)
    .use(remarkCitations, { sources })
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(file);
  const citations = (file.data as { astro: { frontmatter: { citations: CitationSummary } } }).astro.frontmatter
    .citations;
  return { html: String(out), citations };
}

describe('citations plugin', () => {
  it('numbers sources by first use and links each use', async () => {
    const { html, citations } = await render('One.[^beta] Two.[^alpha] Three.[^beta]');
    expect(html).toContain('<sup class="cite"><a href="#ref-1" id="cite-1-1" aria-label="Reference 1">[1]</a></sup>');
    expect(html).toContain('<a href="#ref-2" id="cite-2-1" aria-label="Reference 2">[2]</a>');
    expect(html).toContain('id="cite-1-2"');
    expect(citations).toEqual({
      sources: [
        { id: 'beta', uses: ['cite-1-1', 'cite-1-2'] },
        { id: 'alpha', uses: ['cite-2-1'] },
      ],
      count: 3,
      needed: 0,
    });
  });
  it('works in lists and tables', async () => {
    const { html } = await render('- item[^alpha]\n\n| a | b |\n|---|---|\n| x[^beta] | y |');
    expect(html).toMatch(/<li>item<sup class="cite">/);
    expect(html).toMatch(/<td>x<sup class="cite">/);
  });
  it('marks claims that need a citation', async () => {
    const { html, citations } = await render('Claim.[^citation-needed]');
    expect(html).toContain('<sup class="cite-needed"><a href="/contribute/#citations"');
    expect(html).toContain('citation needed');
    expect(citations.needed).toBe(1);
  });
  it('fails on an unknown source, naming file and line', async () => {
    await expect(render('Fine.\n\nBad.[^gamma]')).rejects.toThrow(
      'content/models/x.mdx:3 unknown source id "[^gamma]"',
    );
  });
  it('leaves text without markers alone', async () => {
    const { html, citations } = await render('Plain [link](/x/) and [^ text.');
    expect(html).toBe('<p>Plain <a href="/x/">link</a> and [^ text.</p>');
    expect(citations.count).toBe(0);
  });
});

describe('MDX guard', () => {
  const refused: [string, string][] = [
    ['import fs from "node:fs"\n\nText', '`import` and `export` are not allowed'],
    ['export const x = 1\n\nText', '`import` and `export` are not allowed'],
    ['Home is {process.env.HOME}', '`{...}` expressions are not allowed'],
    ['{1 + 1}', '`{...}` expressions are not allowed'],
    ['<script>alert(1)</script>', '<script> is not allowed in content'],
    ['<style>{"body{}"}</style>', '<style> is not allowed in content'],
    ['<iframe src="https://x"></iframe>', '<iframe> is not allowed'],
    ['<object data="x"></object>', '<object> is not allowed'],
    ['<embed src="x" />', '<embed> is not allowed'],
    ['<img src="x" onerror="alert(1)" />', 'event attribute "onerror" is not allowed'],
    ['<a href={url}>x</a>', 'attribute values must be plain strings'],
    ['<Infobox />', '<Infobox> is not allowed in content'],
    ['[click](javascript:alert(1))', 'javascript:, data: and vbscript: URLs are not allowed'],
    ['![x](data:image/png;base64,AAAA)', 'javascript:, data: and vbscript: URLs are not allowed'],
  ];
  for (const [input, message] of refused) {
    it(`refuses ${JSON.stringify(input)}`, async () => {
      await expect(render(input)).rejects.toThrow(message);
    });
  }
  it('names the file and line', async () => {
    await expect(render('Fine.\n\nimport x from "y"')).rejects.toThrow('content/models/x.mdx:3 `import`');
  });
  it('accepts Markdown and GFM', async () => {
    const tree = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkGfm)
      .parse('# T\n\n**b** _i_ ~~s~~ [l](https://x/) \\{ \\<\n\n| a |\n|---|\n| 1 |\n\n- [ ] task');
    expect(guardTree(tree)).toEqual([]);
  });
});

import { remarkGlossaryLinks } from '../../src/markdown/glossary-links.ts';
import { buildMatcher, findMentions, termsMentioned } from '../../src/domain/glossary-match.ts';

const matcher = buildMatcher([
  {
    id: 'open-weights',
    term: 'open weights',
    aliases: ['open-weight', 'open-weights'],
    definition: 'Published parameters.',
  },
  { id: 'mixture-of-experts', term: 'mixture of experts', aliases: ['MoE'], definition: 'Sparse layers.' },
  { id: 'experts', term: 'experts', aliases: [], definition: 'Sub-networks.' },
]);

async function link(md: string, path = '/repo/content/models/x.mdx', frontmatter: Record<string, unknown> = {}) {
  const file = new VFile({ value: md, path, data: { astro: { frontmatter } } });
  return String(
    await unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkGfm)
      .use(remarkCitations, { sources })
      .use(remarkGlossaryLinks, { matcher })
      .use(remarkRehype)
      .use(rehypeStringify)
      .process(file),
  );
}

describe('glossary matcher', () => {
  it('prefers the longest phrase, matches plurals and respects case for abbreviations', () => {
    expect(findMentions('A mixture of experts model.', matcher).map((m) => m.id)).toEqual(['mixture-of-experts']);
    expect(findMentions('Two MoE models and some moe.', matcher).map((m) => m.id)).toEqual(['mixture-of-experts']);
    expect(findMentions('Open-weight releases', matcher).map((m) => m.id)).toEqual(['open-weights']);
    expect(findMentions('reopen weightsless', matcher)).toEqual([]);
  });
  it('counts as mentions exactly what the links plugin would link: not headings, link text or code', async () => {
    const body =
      '## MoE\n\nSee [open weights](/articles/x/) and `experts`.\n\n```\nexperts\n```\n\nA mixture of experts.\n';
    expect([...termsMentioned(body, matcher)]).toEqual(['mixture-of-experts']);
    const html = await link(body);
    expect([...html.matchAll(/href="\/glossary\/([a-z-]+)\/"/g)].map((x) => x[1])).toEqual(['mixture-of-experts']);
  });
  it('finds the terms a body mentions, ignoring citation ids', () => {
    expect([...termsMentioned('Cited.[^open-weights-paper] See [x](/glossary/experts/).', matcher)]).toEqual([
      'experts',
    ]);
  });
});

describe('glossary links plugin', () => {
  it('links the first mention only, with the definition for the preview', async () => {
    const html = await link('Open weights matter. Open weights again.');
    expect(html).toBe(
      '<p><a href="/glossary/open-weights/" class="term-link" data-term="open weights" data-definition="Published parameters.">Open weights</a> matter. Open weights again.</p>',
    );
  });
  it('links several terms in one sentence', async () => {
    const html = await link('An MoE with open weights.');
    expect(html).toContain('<a href="/glossary/mixture-of-experts/"');
    expect(html).toContain('<a href="/glossary/open-weights/"');
  });
  it('skips headings, links, code, citation marks and hand-linked terms', async () => {
    const html = await link(
      '## Open weights\n\n[MoE](/glossary/mixture-of-experts/) and `open weights` and text.[^alpha]\n\nThen MoE.',
    );
    expect(html).not.toContain('class="term-link"');
  });
  it('does not link a term on its own page, nor anything when opted out', async () => {
    expect(await link('Open weights.', '/repo/content/glossary/open-weights.mdx')).not.toContain('term-link');
    expect(await link('Open weights.', '/repo/content/models/x.mdx', { noAutolink: true })).not.toContain('term-link');
  });
});
