/**
 * `npm run build [-- <astro build options>]`: `astro build`, then the Pagefind search index over
 * the site it wrote, in this process once Astro's has exited.
 *
 * Indexing inside `astro build` (the `astro:build:done` hook) stacked Pagefind's memory on the
 * Node heap the build still held; here the peak is the larger of the two instead of their sum.
 * The owe:pagefind integration (src/integrations/pagefind.ts) tells this script where the site
 * was written (options such as `--outDir`, `--root` and `--config` are Astro's to resolve), and
 * indexes in-process as before when `astro build` is run without this script.
 *
 * Exits non-zero, naming the problem, when the build fails, when indexing fails or indexes no
 * pages, or when the build never reported its output folder (no owe:pagefind in the config).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDEX_AFTER_BUILD, indexSite } from '../integrations/pagefind.ts';

const ASTRO = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const args = process.argv.slice(2);

const handoffDir = mkdtempSync(join(tmpdir(), 'owe-build-'));
const handoff = join(handoffDir, 'site-dir');
let code = 0;
try {
  const astro = spawnSync(process.execPath, [ASTRO, 'build', ...args], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', [INDEX_AFTER_BUILD]: handoff },
  });
  if (astro.error) throw astro.error;
  if (astro.status !== 0 || args.includes('--help') || args.includes('-h')) code = astro.status ?? 1;
  else if (!existsSync(handoff)) {
    console.error(
      '[owe:pagefind] astro build finished without reporting the folder it wrote, so the site has no search index: ' +
        'the owe:pagefind integration (src/integrations/pagefind.ts) must be in the config’s integrations.',
    );
    code = 1;
  } else {
    const site = readFileSync(handoff, 'utf8');
    try {
      const { pages, ms } = await indexSite(site);
      console.log(`[owe:pagefind] indexed ${pages} pages in ${ms} ms`);
    } catch (e) {
      console.error(
        `[owe:pagefind] ${e instanceof Error ? e.message : String(e)}\nThe build failed: ${site} has no search index.`,
      );
      code = 1;
    }
  }
} finally {
  rmSync(handoffDir, { recursive: true, force: true });
}
process.exit(code);
