/**
 * Articles show entry data through components, so a correction made once reaches every page:
 * the fixture content plus two articles (tests/fixtures/mdx/) is built with the real build,
 * then a model's parameter count and a license clause are changed in their entries only, and
 * built again. Every article that shows them changes, and no copy of the old values is left.
 * Also: a <Fact> is prose to search (indexed), a table of other entries' data is not, the RSS
 * feed carries the rendered text, and the models table is complete without JavaScript.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'owe-mdx-'));
const content = join(root, 'content');
const ARTICLES = ['components-article', 'components-second'];

function build(outDir: string): void {
  const run = spawnSync('npm', ['run', 'build', '--', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, OWE_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    timeout: 240_000,
  });
  if (run.status !== 0) throw new Error(`build failed:\n${(run.stdout + run.stderr).slice(-4000)}`);
}
const html = (out: string, id: string) => readFileSync(join(out, 'articles', id, 'index.html'), 'utf8');
/** The visible text of an article's body, tags removed. */
const bodyText = (out: string, id: string) => {
  const h = html(out, id);
  return h
    .slice(h.indexOf('<main'), h.indexOf('</main>'))
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
};
const edit = (file: string, from: string, to: string) => {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
  writeFileSync(path, text.replace(from, to));
};

let before: string;
let after: string;
beforeAll(() => {
  cpSync('tests/fixtures/content', content, { recursive: true });
  cpSync('tests/fixtures/mdx', content, { recursive: true });
  before = join(root, 'before');
  build(before);
  // One correction to each entry, nowhere else.
  edit('models/example-base.mdx', 'total: 46.7', 'total: 52.3');
  edit('licenses/example-license.mdx', 'amount: 700000000', 'amount: 650000000');
  edit('licenses/example-license.mdx', 'value: conditional\n    note: Below the threshold.', 'value: yes');
  after = join(root, 'after');
  build(after);
}, 600_000);

afterAll(() => {
  rmSync(`node_modules/.astro-${createHash('sha1').update(resolve(content)).digest('hex').slice(0, 10)}`, {
    recursive: true,
    force: true,
  });
  rmSync(root, { recursive: true, force: true });
});

describe('a correction in an entry reaches every article that shows it', () => {
  it('before: the articles show what the entries say', () => {
    const first = bodyText(before, 'components-article');
    expect(first).toContain('Example Base has 46.7 billion');
    expect(first).toContain('Above 700 million monthly active users');
    expect(first).toMatch(/Conditional Below the threshold\./);
    const second = bodyText(before, 'components-second');
    expect(second).toContain('The base release counts 46.7B total, 12.9B active');
    expect(second).toContain('commercial use: conditional');
  });

  it("after changing the model's parameter count, every article shows the new count and none the old", () => {
    expect(bodyText(after, 'components-article')).toContain('Example Base has 52.3 billion');
    expect(bodyText(after, 'components-second')).toContain('The base release counts 52.3B total, 12.9B active');
    for (const id of ARTICLES) {
      expect(bodyText(after, id), id).not.toMatch(/46\.7/);
    }
    // The side-by-side and models tables follow too.
    expect(html(after, 'components-second')).toMatch(/52\.3B total/);
    expect(html(after, 'components-article')).toMatch(/data-sort="52\.3"[^>]*>52\.3B</);
  });

  it('after changing a license clause, every article shows the new clause and none the old', () => {
    const first = bodyText(after, 'components-article');
    expect(first).toContain('Above 650 million monthly active users');
    expect(first).not.toContain('700 million');
    expect(first).not.toContain('Conditional');
    const second = bodyText(after, 'components-second');
    expect(second).toContain('commercial use: yes');
    expect(second).not.toMatch(/conditional/i);
    expect(second).toContain('Yes 650 million.');
    // detail="values": no note, the section of the source as the link
    expect(bodyText(before, 'components-second')).toMatch(
      /Conditional §2 Additional Commercial Terms Yes 700 million\. §2 /,
    );
  });

  it('each value links to its entry and cites the document the entry names', () => {
    const h = html(after, 'components-article');
    expect(h).toContain(
      '<span class="mdx-fact"><a href="/models/example-base/">52.3 billion</a><sup class="fact-cite" data-pagefind-ignore><a href="/sources/#example-report" aria-label="Source for Example Base 70B, total parameters: Example Report: A Test, Table 1">source</a></sup></span>',
    );
  });
});

describe('search and feeds', () => {
  interface Fragment {
    url: string;
    content: string;
  }
  const fragment = (url: string): Fragment => {
    const dir = join(after, 'pagefind', 'fragment');
    for (const f of readdirSync(dir)) {
      const parsed = JSON.parse(
        gunzipSync(readFileSync(join(dir, f)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, ''),
      ) as Fragment;
      if (parsed.url === url) return parsed;
    }
    throw new Error(`no index record for ${url}`);
  };

  it('a <Fact> is indexed as the prose around it; tables of other entries are not indexed', () => {
    const first = fragment('/articles/components-article/').content;
    expect(first).toContain('Example Base has 52.3 billion parameters in all');
    expect(first).not.toContain('source'); // the citation mark of a fact
    expect(first).not.toContain('Total params'); // the models table
    expect(first).not.toContain('Example Community License text'); // the clause table's sources
    const second = fragment('/articles/components-second/').content;
    expect(second).not.toContain('Example Distill 8B'); // the side-by-side table
    for (const cls of ['mdx-license-clauses', 'mdx-models-table', 'mdx-side-by-side', 'mdx-chart', 'mdx-timeline'])
      expect(html(after, 'components-article'), cls).toMatch(
        new RegExp(`class="[^"]*${cls}[^"]*" data-pagefind-ignore`),
      );
  });

  it('the RSS feed carries the rendered text of each article, components included', () => {
    const xml = readFileSync(join(after, 'rss.xml'), 'utf8');
    const item = xml.split('<item>').find((i) => i.includes('/articles/components-article/'))!;
    const encoded = /<content:encoded>([\s\S]*?)<\/content:encoded>/.exec(item)?.[1] ?? '';
    const decoded = encoded
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    expect(decoded).toContain('Example Base has <span class="mdx-fact"><a href="https://');
    expect(decoded).toContain('/models/example-base/">52.3 billion</a>');
    expect(decoded).not.toContain('<Fact');
    expect(decoded).not.toContain('<script');
    expect(decoded).not.toMatch(/\shref="\//);
  });

  it('the models table is complete without JavaScript: every matching model is a row', () => {
    const h = html(after, 'components-article');
    const table = h.slice(h.indexOf('mdx-models-table'), h.indexOf('</table>', h.indexOf('mdx-models-table')));
    expect(table).toContain('/models/example-base/');
    expect(table).toContain('/models/example-distill/');
    // name + released, total, license, and the extra column of the training data's openness
    expect([...table.matchAll(/<th scope="col"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual([
      'Model',
      'Released',
      'Total params',
      'License',
      'Training data',
    ]);
    expect(table).toContain('<span class="badge status-not-disclosed">Not disclosed</span>');
  });
});
