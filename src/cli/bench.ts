/**
 * `npm run bench [-- --sizes 200,2000,10000] [--bare md|mdx|md,mdx] [--no-search] [--no-loop] [--keep]`
 *
 * For each size N: writes a synthetic encyclopedia of N entries (src/tooling/synthetic.ts) into a
 * temporary folder with its own git history, checks it with the content validator, builds it
 * with the real pipeline (`OWE_CONTENT_DIR=<tmp>/content npm run build`, i.e. src/cli/build.ts:
 * astro build, then the search index), measures the contributor's loop (`npm run validate`,
 * `astro dev` to the first pages served, an edit to the page showing it), then builds the same
 * Markdown bodies as a bare Astro site (one collection, one route, the unified processor with
 * remark-gfm, Pagefind) in the same run. Prints one table of measured figures; nothing is
 * hard-coded. Everything it writes is removed afterwards (unless --keep).
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { checkContent } from '../checks/check-content.ts';
import { generateEncyclopedia, type SyntheticFile } from '../tooling/synthetic.ts';
import {
  dirBytes,
  formatTable,
  kb,
  mb,
  parsePagefindLog,
  parseValidateLog,
  runMeasured,
  walkFiles,
  type RunResult,
} from '../tooling/perf.ts';
import { serveStatic } from '../tooling/static-server.ts';
import { launchBrowser } from '../../tests/support/browser.ts';

const REPO = process.cwd();
const ASTRO = join(REPO, 'node_modules/astro/bin/astro.mjs');
/** `npm run build`: astro build, then the search index once Astro has exited. */
const BUILD = join(REPO, 'src/cli/build.ts');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
}
const sizes = (option('sizes') ?? '200,2000,10000')
  .split(',')
  .map((s) => Number(s.trim().replace(/[_k]/g, (c) => (c === 'k' ? '000' : ''))));
if (sizes.some((n) => !Number.isInteger(n) || n < 20))
  throw new Error('--sizes takes whole numbers of at least 20, e.g. --sizes 200,2000');
const bareKinds = (option('bare') ?? 'md').split(',') as ('md' | 'mdx')[];
if (bareKinds.some((k) => k !== 'md' && k !== 'mdx')) throw new Error('--bare takes md, mdx or md,mdx');
const measureSearch = !process.argv.includes('--no-search');
const keep = process.argv.includes('--keep');
const verbose = process.argv.includes('--verbose');
const measureLoop = !process.argv.includes('--no-loop');

interface Row {
  n: number;
  build: string;
  pages: number;
  run: RunResult;
  pagefindMs?: number;
  indexBytes: number;
  firstSearch?: number;
  ratio?: number;
  cpuRatio?: number;
}

/** The contributor's loop at one size: `npm run validate`, `npm run dev` to pages served, an edit to the page. */
interface Loop {
  n: number;
  validate: RunResult;
  validateMs?: number;
  devFirstPage: number;
  devEntryPage: number;
  editToPage: number;
}

const write = (path: string, text: string) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
};
const git = (cwd: string, ...args: string[]) =>
  execFileSync(
    'git',
    ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', '-c', 'commit.gpgsign=false', ...args],
    { cwd, stdio: 'ignore' },
  );
const htmlPages = (dist: string) =>
  walkFiles(dist).filter((f) => f.endsWith('.html') && !f.includes('/pagefind/')).length;

/** The synthetic content, committed twice so pages have a history (a tenth of the files revised). */
function writeContent(root: string, files: SyntheticFile[]) {
  const content = join(root, 'content');
  for (const f of files) write(join(content, f.path), f.text);
  git(root, 'init', '-q');
  git(root, 'add', 'content');
  git(root, 'commit', '-q', '-m', 'synthetic content');
  files.forEach((f, i) => i % 10 === 0 && write(join(content, f.path), `${f.text}\n`));
  git(root, 'commit', '-q', '-a', '-m', 'revise a tenth');
  return content;
}

/** A bare Astro 7 project over the same bodies: one collection, one route, Pagefind. */
function writeBare(root: string, files: SyntheticFile[], kind: 'md' | 'mdx') {
  write(join(root, 'package.json'), JSON.stringify({ name: 'bare-bench', private: true, type: 'module' }));
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
  write(
    join(root, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
${kind === 'mdx' ? "import mdx from '@astrojs/mdx';" : ''}
import { fileURLToPath } from 'node:url';
import { createIndex, close } from 'pagefind';

const pagefind = {
  name: 'bare:pagefind',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const site = fileURLToPath(dir);
      const started = performance.now();
      const { index } = await createIndex({});
      const added = await index.addDirectory({ path: site });
      await index.writeFiles({ outputPath: site.replace(/\\/$/, '') + '/pagefind' });
      await close();
      logger.info('indexed ' + added.page_count + ' pages in ' + Math.round(performance.now() - started) + ' ms');
    },
  },
};

export default defineConfig({
  site: 'https://bench.example',
  cacheDir: './.astro-cache',
  vite: { cacheDir: './.vite-cache' },
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) },
  integrations: [${kind === 'mdx' ? 'mdx(), ' : ''}pagefind],
});
`,
  );
  write(
    join(root, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
  pages: defineCollection({ loader: glob({ base: './pages', pattern: '**/*.${kind}' }), schema: z.object({ title: z.string() }) }),
};
`,
  );
  write(
    join(root, 'src/pages/[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const pages = await getCollection('pages');
  return pages.map((page) => ({ params: { slug: page.id }, props: { page } }));
}
const { page } = Astro.props;
const { Content } = await render(page);
---
<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{page.data.title}</title></head>
  <body><main data-pagefind-body><h1>{page.data.title}</h1><Content /></main></body>
</html>
`,
  );
  for (const f of files)
    if (f.body !== undefined)
      write(
        join(root, 'pages', f.collection, `${f.id}.${kind}`),
        `---\ntitle: ${JSON.stringify(f.title)}\n---\n\n${f.body}`,
      );
}

/** Bytes a reader's browser fetches for a first search at /search/?q=… (page, assets, Pagefind), gzipped. */
async function firstSearchBytes(dist: string, query: string): Promise<number> {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.base}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(
      () =>
        document.querySelector('#search-results li, [data-search-results] li') !== null ||
        /No results/i.test(document.body.innerText),
      undefined,
      { timeout: 60_000 },
    );
    await page.waitForLoadState('networkidle');
    return server.log.reduce((sum, s) => sum + s.wireBytes, 0);
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function build(
  label: string,
  cwd: string,
  outDir: string,
  env: NodeJS.ProcessEnv,
  script = ASTRO,
): Promise<RunResult> {
  process.stderr.write(`  ${label}: building…`);
  const full: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env };
  if (!env.OWE_CONTENT_DIR) delete full.OWE_CONTENT_DIR;
  const args = script === ASTRO ? [ASTRO, 'build', '--outDir', outDir] : [script, '--outDir', outDir];
  const run = await runMeasured(process.execPath, args, {
    cwd,
    env: full,
    echo: verbose,
  });
  if (run.code !== 0) {
    process.stderr.write('\n');
    throw new Error(`${label} build failed (exit ${run.code}):\n${run.output.split('\n').slice(-40).join('\n')}`);
  }
  process.stderr.write(` ${run.seconds.toFixed(1)} s\n`);
  return run;
}

/** A free TCP port on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => ok(port));
    });
  });
}

/** Polls `url` until `done(status, text)`; resolves with the time it first was (performance.now()). */
async function pollUntil(
  url: string,
  done: (status: number, text: string) => boolean,
  timeoutMs: number,
  alive: () => boolean,
) {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (!alive()) throw new Error(`the dev server exited before ${url} answered`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(60_000) });
      const text = await res.text();
      if (done(res.status, text)) return performance.now();
    } catch {
      // not listening yet, or the request timed out
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer as expected within ${timeoutMs / 1000} s`);
}

/**
 * `npm run validate` over the content, then `astro dev` on a free loopback port: seconds from the
 * spawn to the home page and to an entry page answering 200, then from saving a change to that
 * entry's file to the page serving it (each poll is a full page request, as a browser reload).
 */
async function contributorLoop(n: number, content: string, files: SyntheticFile[]): Promise<Loop> {
  process.stderr.write('  npm run validate…');
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OWE_CONTENT_DIR: content };
  const validate = await runMeasured(process.execPath, [join(REPO, 'src/cli/validate.ts')], { cwd: REPO, env });
  if (validate.code !== 0) throw new Error(`npm run validate failed on the synthetic content:\n${validate.output}`);
  process.stderr.write(` ${validate.seconds.toFixed(1)} s\n  astro dev…`);

  const entry = files.find((f) => f.collection === 'models')!;
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  // Its own process group, so the dev server and the processes it starts end together.
  const dev = spawn(process.execPath, [ASTRO, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: REPO,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  dev.stdout.on('data', (c: Buffer) => (output += c.toString()));
  dev.stderr.on('data', (c: Buffer) => (output += c.toString()));
  let exited = false;
  const ended = new Promise<void>((r) => dev.on('exit', () => ((exited = true), r())));
  const alive = () => !exited;
  try {
    const firstPage = await pollUntil(`${base}/`, (s) => s === 200, 300_000, alive);
    const entryUrl = `${base}/${entry.collection}/${entry.id}/`;
    const entryPage = await pollUntil(entryUrl, (s) => s === 200, 300_000, alive);
    const marker = `Benchedit${Date.now().toString(36)}`;
    const saved = performance.now();
    appendFileSync(join(content, entry.path), `\n${marker} is a new sentence.\n`);
    const shown = await pollUntil(entryUrl, (s, text) => s === 200 && text.includes(marker), 120_000, alive);
    process.stderr.write(` first page ${((firstPage - started) / 1000).toFixed(1)} s\n`);
    return {
      n,
      validate,
      validateMs: parseValidateLog(validate.output),
      devFirstPage: (firstPage - started) / 1000,
      devEntryPage: (entryPage - started) / 1000,
      editToPage: (shown - saved) / 1000,
    };
  } catch (e) {
    throw new Error(`${e instanceof Error ? e.message : String(e)}\n${output.split('\n').slice(-30).join('\n')}`, {
      cause: e,
    });
  } finally {
    if (!exited) {
      process.kill(-dev.pid!, 'SIGTERM');
      const timer = setTimeout(() => !exited && process.kill(-dev.pid!, 'SIGKILL'), 5000);
      await ended;
      clearTimeout(timer);
    }
  }
}

const rows: Row[] = [];
const loops: (Loop | { n: number; error: string })[] = [];
for (const n of sizes) {
  const tmp = mkdtempSync(join(tmpdir(), `owe-bench-${n}-`));
  const content = join(tmp, 'content');
  // astro.config.mjs gives another content folder its own content cache under node_modules/.
  const cacheDir = join(
    REPO,
    'node_modules',
    `.astro-${createHash('sha1').update(resolve(content)).digest('hex').slice(0, 10)}`,
  );
  try {
    process.stderr.write(`N = ${n}: generating in ${tmp}\n`);
    const files = generateEncyclopedia(n);
    writeContent(tmp, files);
    const check = checkContent(content);
    if (check.problems > 0) throw new Error(`the synthetic content does not validate:\n${check.report}`);

    // Inside the project: Astro puts a build's server chunks in <outDir>/.prerender when outDir is
    // under the working directory, and in the shared <cwd>/.astro/.prerender otherwise, where a
    // build running at the same time (another agent's, another checkout's) would overwrite them.
    const dist = join(REPO, '.bench', basename(tmp), 'dist');
    const ours = await build('OWE', REPO, dist, { OWE_CONTENT_DIR: content }, BUILD);
    const ownRow: Row = {
      n,
      build: 'OWE (full pipeline)',
      pages: htmlPages(dist),
      run: ours,
      pagefindMs: parsePagefindLog(ours.output)?.ms,
      indexBytes: dirBytes(join(dist, 'pagefind')),
    };
    if (measureSearch) ownRow.firstSearch = await firstSearchBytes(dist, 'license');
    rows.push(ownRow);
    if (!keep) rmSync(dist, { recursive: true, force: true });
    // After the build, whose figures stay comparable (it starts with no content cache); the dev
    // server then starts with the content cache the build left, as a contributor's second start.
    // A failure here is reported and the build figures are still printed.
    if (measureLoop)
      loops.push(
        await contributorLoop(n, content, files).catch((e: unknown) => {
          process.stderr.write(`\n  contributor loop failed: ${e instanceof Error ? e.message : String(e)}\n`);
          return { n, error: e instanceof Error ? e.message.split('\n')[0]! : String(e) };
        }),
      );

    for (const kind of bareKinds) {
      const bare = join(tmp, `bare-${kind}`);
      writeBare(bare, files, kind);
      const run = await build(`bare Astro (.${kind})`, bare, join(bare, 'dist'), {});
      rows.push({
        n,
        build: `bare Astro (.${kind})`,
        pages: htmlPages(join(bare, 'dist')),
        run,
        pagefindMs: parsePagefindLog(run.output)?.ms,
        indexBytes: dirBytes(join(bare, 'dist', 'pagefind')),
      });
      ownRow.ratio ??= ours.seconds / run.seconds;
      if (ours.cpuSeconds && run.cpuSeconds) ownRow.cpuRatio ??= ours.cpuSeconds / run.cpuSeconds;
    }
  } finally {
    if (!keep) {
      rmSync(tmp, { recursive: true, force: true });
      rmSync(join(REPO, '.bench', basename(tmp)), { recursive: true, force: true });
    } else process.stderr.write(`  kept ${tmp} and .bench/${basename(tmp)}\n`);
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

const fmt = (x: number | undefined, digits = 1) => (x === undefined ? '–' : x.toFixed(digits));
console.log(
  formatTable(
    [
      'N',
      'build',
      'pages',
      'build s',
      'CPU s',
      'pages/s',
      'peak memory',
      'Pagefind s',
      'index size',
      'first search',
      'time vs bare',
      'CPU vs bare',
    ],
    rows.map((r) => [
      r.n.toLocaleString('en-US'),
      r.build,
      r.pages.toLocaleString('en-US'),
      fmt(r.run.seconds),
      fmt(r.run.cpuSeconds),
      fmt(r.pages / r.run.seconds),
      mb(r.run.peakBytes),
      r.pagefindMs === undefined ? '–' : fmt(r.pagefindMs / 1000),
      mb(r.indexBytes),
      r.firstSearch === undefined ? '–' : kb(r.firstSearch, 0),
      r.ratio === undefined ? (r.build.startsWith('bare') ? '1.00×' : '–') : `${r.ratio.toFixed(2)}×`,
      r.cpuRatio === undefined
        ? r.build.startsWith('bare') && r.run.cpuSeconds
          ? '1.00×'
          : '–'
        : `${r.cpuRatio.toFixed(2)}×`,
    ]),
    ['r', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  ),
);
// Linearity: each size's build time against the previous size's, next to the growth in N.
const own = rows.filter((r) => r.build.startsWith('OWE'));
for (let i = 1; i < own.length; i++) {
  const [a, b] = [own[i - 1]!, own[i]!];
  const cpu =
    a.run.cpuSeconds && b.run.cpuSeconds ? `, CPU time ×${(b.run.cpuSeconds / a.run.cpuSeconds).toFixed(2)}` : '';
  console.log(
    `N ${a.n} → ${b.n} (×${(b.n / a.n).toFixed(1)}): OWE build time ×${(b.run.seconds / a.run.seconds).toFixed(2)}${cpu}, peak memory ×${(b.run.peakBytes / a.run.peakBytes).toFixed(2)}`,
  );
}
if (loops.length)
  console.log(
    `\n${formatTable(
      [
        'N',
        'validate s',
        'validate CPU s',
        'validate (own timer) s',
        'dev: first page s',
        'dev: entry page s',
        'edit → page s',
      ],
      loops.map((l) =>
        'error' in l
          ? [l.n.toLocaleString('en-US'), `failed: ${l.error}`, '–', '–', '–', '–', '–']
          : [
              l.n.toLocaleString('en-US'),
              fmt(l.validate.seconds),
              fmt(l.validate.cpuSeconds),
              l.validateMs === undefined ? '–' : fmt(l.validateMs / 1000),
              fmt(l.devFirstPage),
              fmt(l.devEntryPage),
              fmt(l.editToPage),
            ],
      ),
      ['r', 'r', 'r', 'r', 'r', 'r', 'r'],
    )}\n` +
      'validate = `npm run validate` (node start included; own timer = what it prints); dev = `astro dev` from spawn to ' +
      'the home page, then to a model page, answering 200 (content cache left by the build); edit → page = from ' +
      'appending a sentence to that model file to the page serving it',
  );
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(
  `measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} cores (load average at the end: ${load}); CPU s = user + system time of the build's process tree; ` +
    'peak memory = largest resident set of the build process tree; first search = bytes (gzip) the search page fetches for "license" until its results show',
);
