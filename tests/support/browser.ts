/**
 * Shared by the browser tests and the screenshot tool: serve the built `dist/` with Astro's
 * own preview server and drive the system Chromium (no browser downloads are possible here).
 */
import { existsSync } from 'node:fs';
import { serveStatic } from '../../src/tooling/static-server.ts';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Serves `dist/` (with its `_headers`) on a free loopback port; returns its base URL and a stop function. */
export async function serveDist(): Promise<{ base: string; stop: () => Promise<void> }> {
  return serveStatic('dist', { requireHeaders: true });
}

/**
 * What every browser suite starts with: Chromium must exist (a suite that cannot run fails,
 * never skips), dist/ served on loopback, one browser. `stop` closes both.
 */
export async function startSite(): Promise<{
  server: Awaited<ReturnType<typeof serveDist>>;
  browser: Browser;
  stop: () => Promise<void>;
}> {
  if (!chromiumAvailable())
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  const server = await serveDist();
  const browser = await launchBrowser();
  return {
    server,
    browser,
    stop: async () => {
      await browser.close();
      await server.stop();
    },
  };
}
