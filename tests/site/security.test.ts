/**
 * The built site's security policy, read from dist/: every page carries the same strict
 * Content-Security-Policy; every inline script and style of every page is allowed by its hash
 * (so nothing breaks) and nothing else inline exists (no style="" or on* attributes, which the
 * policy would block); dist/_headers carries the same policy for static hosts, with
 * frame-ancestors and the other security headers.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { $$, DIST, distPages, text } from '../support/dist.ts';
import {
  headersFor,
  metaPolicy,
  parseHeadersFile,
  parsePolicy,
  UNSAFE_SOURCES,
} from '../../src/security/csp-policy.ts';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('Content-Security-Policy in dist/', () => {
  const pages = distPages();
  const policies = new Map(pages.map((p) => [p.url, metaPolicy(p.html)]));

  it('every page has one, and it is the same strict policy everywhere', () => {
    expect(pages.filter((p) => !policies.get(p.url)).map((p) => p.url)).toEqual([]);
    expect(new Set(policies.values()).size).toBe(1);
    const policy = parsePolicy(policies.get('/')!);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    const unsafe = [...policy].flatMap(([d, sources]) =>
      sources.filter((s) => UNSAFE_SOURCES.includes(s)).map((s) => `${d} ${s}`),
    );
    expect(unsafe).toEqual([]);
    expect(policy.get('script-src')).toContain("'wasm-unsafe-eval'");
  });

  it('every inline script and style is allowed by its hash', () => {
    const policy = parsePolicy(policies.get('/')!);
    const missing: string[] = [];
    for (const p of pages) {
      for (const el of $$(p.tree, 'script:not([src])')) {
        if (String(el.properties.type ?? '') === 'application/ld+json') continue;
        if (!policy.get('script-src')!.includes(sha(text(el))))
          missing.push(`${p.url}: <script> ${text(el).slice(0, 60)}`);
      }
      for (const el of $$(p.tree, 'style'))
        if (!policy.get('style-src')!.includes(sha(text(el))))
          missing.push(`${p.url}: <style> ${text(el).slice(0, 60)}`);
    }
    expect(missing.slice(0, 20)).toEqual([]);
  });

  it('no page has inline style or event attributes, which the policy refuses', () => {
    const found: string[] = [];
    for (const p of pages) {
      for (const m of p.html.matchAll(/<[a-z][^>]*?\s(style|on[a-z]+)=/gi))
        found.push(`${p.url}: ${m[1]}= in ${m[0].slice(0, 60)}`);
    }
    expect(found.slice(0, 20)).toEqual([]);
  });

  it('dist/_headers sends the same policy, with frame-ancestors, and the other security headers', () => {
    const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
    const h = headersFor(rules, '/models/');
    const header = parsePolicy(h['content-security-policy']!);
    const meta = parsePolicy(policies.get('/')!);
    for (const [d, sources] of meta) expect(header.get(d), d).toEqual(sources);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['x-frame-options']).toBe('DENY');
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(h['permissions-policy']).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    expect(headersFor(rules, '/pagefind/pagefind-worker.js')['content-security-policy']).toBe(
      h['content-security-policy'],
    );
  });
});
