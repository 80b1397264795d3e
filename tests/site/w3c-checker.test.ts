/**
 * The W3C Nu HTML Checker over every built page, in one run of the checker (one JVM), with
 * zero errors and zero warnings. It sees what html-validate does not, e.g. a module <script>
 * emitted after </html> ("Stray start tag script"), after which it gives up on the page.
 * A known-bad page is checked in the same run, so a checker that stopped reporting fails here.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DIST, distPages } from '../support/dist.ts';
import { formatCheckerMessage, runW3cChecker, type CheckerMessage } from '../support/w3c-checker.ts';

const temp = mkdtempSync(join(tmpdir(), 'owe-vnu-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('W3C Nu HTML Checker', () => {
  let messages: CheckerMessage[] = [];
  const canary = join(temp, 'stray-script.html');

  it('runs once over every page of dist/ and a known-bad page', () => {
    writeFileSync(
      canary,
      '<!doctype html><html lang="en"><head><title>x</title></head><body><p>x</p></body></html><script type="module" src="/x.js"></script>',
    );
    const pages = distPages().map((p) => p.file);
    expect(pages.length).toBeGreaterThan(10);
    messages = runW3cChecker([...pages, canary]);
  }, 600_000);

  it('reports the stray script of the known-bad page (the checker works)', () => {
    const found = messages.filter((m) => m.url.endsWith('stray-script.html')).map((m) => m.message);
    expect(found).toContain('Stray start tag “script”.');
  });

  it('finds no error and no warning on any built page', () => {
    const onSite = messages.filter((m) => !m.url.endsWith('stray-script.html'));
    expect(onSite.map((m) => formatCheckerMessage(m, DIST)).slice(0, 50)).toEqual([]);
  });
});
