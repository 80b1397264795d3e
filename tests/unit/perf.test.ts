/** The measuring tools: page costs for the budget, the synthetic encyclopedia, git history, tables. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUDGETS, overBudget, pageCost, staticImports } from '../../src/tooling/budget.ts';
import {
  formatTable,
  gzipBytes,
  parsePagefindLog,
  parseStatus,
  parseTimeLine,
  parseValidateLog,
} from '../../src/tooling/perf.ts';
import { indexProblems } from '../../src/integrations/pagefind.ts';
import { generateEncyclopedia, pseudoWord, syntheticCounts } from '../../src/tooling/synthetic.ts';
import { checkContent } from '../../src/checks/check-content.ts';
import { gitHistory } from '../../src/site/git-history.ts';
import { citedSourceIds } from '../../src/domain/citations.ts';
import { loadGlossary } from '../../src/site/glossary.ts';
import { termsMentioned } from '../../src/domain/glossary-match.ts';

const temps: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'owe-perf-test-'));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('page cost (npm run budget)', () => {
  it('finds static imports and re-exports, not dynamic import()', () => {
    const code =
      'import{a as b}from"./chunk.js";import"./side.js";export*from"./re.js";const x=()=>import("./lazy.js");';
    expect(staticImports(code)).toEqual(['./chunk.js', './side.js', './re.js']);
  });

  it('counts the HTML, every stylesheet and inline style, and the scripts run on load with their imports', () => {
    const files: Record<string, string> = {
      '/_astro/a.css': 'body{color:red}'.repeat(50),
      '/_astro/entry.js': 'import{x}from"./shared.js";x();import("./lazy.js");',
      '/_astro/shared.js': 'export const x=()=>console.log("shared");',
      '/_astro/lazy.js': 'console.log("never counted");'.repeat(100),
    };
    const html =
      '<!doctype html><html><head><link rel="stylesheet" href="/_astro/a.css"><style>p{margin:0}</style>' +
      '<script type="application/ld+json">{"@type":"Thing"}</script></head>' +
      '<body><p>Hello</p><script type="module" src="/_astro/entry.js"></script><script type="module">document.body.dataset.js="1"</script></body></html>';
    const cost = pageCost(html, '/x/', (p) => files[p]);
    expect(cost.html).toBe(gzipBytes(html));
    expect(cost.css).toBe(gzipBytes(files['/_astro/a.css']!) + gzipBytes('p{margin:0}'));
    expect(cost.js).toBe(
      gzipBytes(files['/_astro/entry.js']!) +
        gzipBytes(files['/_astro/shared.js']!) +
        gzipBytes('document.body.dataset.js="1"'),
    );
    expect(cost.assets).toEqual(['/_astro/a.css', '/_astro/entry.js', '/_astro/shared.js']);
  });

  it('fails when a page loads a file that is not in the build', () => {
    expect(() => pageCost('<link rel="stylesheet" href="/gone.css">', '/x/', () => undefined)).toThrow(
      /\/x\/ loads \/gone.css/,
    );
  });

  it('says which budget is exceeded', () => {
    const cost = { html: 31 * 1024, css: 2000, js: 6 * 1024, assets: [] };
    expect(overBudget(cost, { html: BUDGETS.articleHtml, css: BUDGETS.css, js: BUDGETS.js })).toEqual(['html', 'js']);
    expect(overBudget(cost, { css: BUDGETS.css, js: 10 * 1024 })).toEqual([]);
  });
});

describe('measuring helpers', () => {
  it('prints a Markdown table with numbers aligned right', () => {
    const table = formatTable(
      ['N', 'build'],
      [
        [200, 'OWE'],
        [2000, 'bare'],
      ],
    );
    expect(table.split('\n')).toEqual(['|    N | build |', '| ---: | ----- |', '|  200 | OWE   |', '| 2000 | bare  |']);
  });
  it('reads the Pagefind log line and /proc status', () => {
    expect(parsePagefindLog('[owe:pagefind] indexed 231 pages in 310 ms')).toEqual({ pages: 231, ms: 310 });
    expect(parsePagefindLog('nothing')).toBeUndefined();
    expect(parseStatus('Name:\tnode\nVmHWM:\t  2048 kB\nVmRSS:\t  1024 kB\n')).toEqual({
      rss: 1024 * 1024,
      hwm: 2048 * 1024,
    });
    expect(parseTimeLine('built\n__owe_time__ 12.50 20.25 3.75 409600\n')).toEqual({
      cpuSeconds: 24,
      maxRss: 409600 * 1024,
    });
  });
});

describe('search index after the build (npm run build)', () => {
  it('names every Pagefind error, a missing index and an index of no pages', () => {
    expect(indexProblems('createIndex', { errors: [], hasIndex: true })).toEqual([]);
    expect(indexProblems('createIndex', { errors: [], hasIndex: false })).toEqual([
      'Pagefind createIndex failed: no index was created',
    ]);
    expect(indexProblems('addDirectory', { errors: [], page_count: 12 })).toEqual([]);
    expect(indexProblems('addDirectory', { errors: [], page_count: 0 })).toEqual([
      'Pagefind addDirectory failed: no pages were indexed',
    ]);
    expect(indexProblems('writeFiles', { errors: ['disk full', 'no space'] })).toEqual([
      'Pagefind writeFiles failed: disk full',
      'Pagefind writeFiles failed: no space',
    ]);
  });
  it("reads npm run validate's own timing", () => {
    expect(parseValidateLog('content ok: 2000 entries checked in 1234 ms\n')).toBe(1234);
    expect(parseValidateLog('3 problems in 2000 entries (987 ms): fix them')).toBe(987);
    expect(parseValidateLog('nothing')).toBeUndefined();
  });
});

describe('synthetic encyclopedia (npm run bench)', () => {
  const files = generateEncyclopedia(150);

  it('has N entries across every collection, and is deterministic', () => {
    expect(files).toHaveLength(150);
    const counts = syntheticCounts(150);
    for (const [collection, n] of Object.entries(counts))
      expect(files.filter((f) => f.collection === collection)).toHaveLength(n);
    expect(generateEncyclopedia(150).map((f) => f.text)).toEqual(files.map((f) => f.text));
    expect(new Set(Array.from({ length: 5000 }, (_, i) => pseudoWord(i))).size).toBe(5000);
  });

  it('passes the content check: schemas, references, citations, links, MDX guard', () => {
    const dir = join(temp(), 'content');
    for (const f of files) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      writeFileSync(join(dir, f.path), f.text);
    }
    const check = checkContent(dir);
    expect(check.report).toBe('');
    expect(check.entries).toBe(150);
    // Bodies read like entries: about 600 words, five citations, glossary mentions, a GFM table.
    const model = files.find((f) => f.collection === 'models')!;
    const words = model.body!.split(/\s+/).length;
    expect(words).toBeGreaterThan(450);
    expect(words).toBeLessThan(900);
    expect(model.body!.match(/\[\^synth-source-\d+\]/g)).toHaveLength(5);
    expect(citedSourceIds(model.body!).length).toBeGreaterThan(0);
    expect(model.body).toMatch(/^\| --- \| ---: \|/m);
    expect(termsMentioned(model.body!, loadGlossary(dir)).size).toBeGreaterThanOrEqual(3);
  });
});

describe('git history of the content folder being built', () => {
  it('keys each file from content/ on, with its last date and revision count, in one pass', () => {
    const root = temp();
    const git = (...args: string[]) =>
      execFileSync(
        'git',
        ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args],
        { cwd: root, stdio: 'ignore' },
      );
    mkdirSync(join(root, 'content/models'), { recursive: true });
    writeFileSync(join(root, 'content/models/a.mdx'), 'one');
    writeFileSync(join(root, 'content/models/b.mdx'), 'one');
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'first');
    writeFileSync(join(root, 'content/models/a.mdx'), 'two');
    git('commit', '-q', '-a', '-m', 'second');
    const history = gitHistory(join(root, 'content'));
    expect(history.get('content/models/a.mdx')?.revisions).toBe(2);
    expect(history.get('content/models/b.mdx')?.revisions).toBe(1);
    expect(history.get('content/models/a.mdx')?.lastModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // A folder outside any repository has no history rather than failing the build.
    expect(gitHistory(temp()).size).toBe(0);
  });
});

import { mayNeedGuard } from '../../src/checks/body-check.ts';
import { buildMatcher, findMentions } from '../../src/domain/glossary-match.ts';
describe('content check: which bodies need the MDX parse', () => {
  it('parses every body that could hold JSX, HTML, expressions, ESM or an unsafe URL', () => {
    for (const hostile of [
      '<script>alert(1)</script>',
      'Home is {process.env.HOME}',
      'a } alone',
      'import fs from "node:fs"',
      '  export const x = 1',
      '[x](javascript:alert(1))',
      '[x](JavaScript\\:alert(1))',
      '[x](java&#115;cript:alert(1))',
      '[x]: data:text/html,hi',
      '![x](vbscript:msgbox)',
      // C1 control characters may sit unescaped in a link destination; browsers drop them.
      '[x](java\u0085script:alert(1))',
      '[x](<java\tscript:alert(1)>)',
    ])
      expect(mayNeedGuard(hostile), hostile).toBe(true);
  });
  it('skips plain Markdown: prose, citations, links, tables, "Export controls"', () => {
    for (const plain of [
      'Export controls apply.[^src]',
      '| a | b |\n| - | - |\n| 1 | 2 |',
      'See [Llama 2](/models/llama-2/) and the training data.',
      '## Important',
    ])
      expect(mayNeedGuard(plain), plain).toBe(false);
  });
});

describe('glossary matcher at scale', () => {
  it('finds the same mentions whatever the size of the glossary', () => {
    const core = [
      { id: 'gpt-4', term: 'GPT-4', aliases: [], definition: '' },
      { id: 'fine-tuning', term: 'fine-tune', aliases: ['fine tuning'], definition: '' },
      { id: 'moe', term: 'MoE', aliases: ['mixture of experts'], definition: '' },
      { id: 'box', term: 'box', aliases: [], definition: '' },
    ];
    const filler = Array.from({ length: 3000 }, (_, i) => ({
      id: `t${i}`,
      term: pseudoWord(i + 7),
      aliases: [`${pseudoWord(i + 7)} method`],
      definition: '',
    }));
    const text = 'GPT-4o is not GPT-4; fine-tunes, Fine  tuning, boxes, MoEs and /MoE, x-MoE, a Mixture of Experts.';
    const expected = [
      ['gpt-4', 14],
      ['fine-tuning', 21],
      ['fine-tuning', 33],
      ['box', 47],
      ['moe', 54],
      ['moe', 78],
    ];
    for (const m of [buildMatcher(core), buildMatcher([...filler, ...core])])
      expect(findMentions(text, m).map((x) => [x.id, x.index])).toEqual(expected);
  });
});
