/** Content-Security-Policy text and `_headers` files as data (src/security/csp-policy.ts). */
import { describe, expect, it } from 'vitest';
import {
  formatPolicy,
  headersFor,
  headersWithPolicy,
  metaPolicy,
  parseHeadersFile,
  parsePolicy,
  unionPolicies,
  withMissing,
} from '../../src/security/csp-policy.ts';

describe('policies', () => {
  it('parse and format round-trip, first occurrence of a directive wins', () => {
    const p = parsePolicy("default-src 'none'; script-src 'self' 'sha256-a';;  Script-Src 'unsafe-inline'");
    expect([...p]).toEqual([
      ['default-src', ["'none'"]],
      ['script-src', ["'self'", "'sha256-a'"]],
    ]);
    expect(formatPolicy(p)).toBe("default-src 'none'; script-src 'self' 'sha256-a'");
  });
  it('union keeps every hash once; withMissing only adds absent directives', () => {
    const u = unionPolicies([
      parsePolicy("script-src 'self' 'sha256-a'"),
      parsePolicy("script-src 'self' 'sha256-b'; img-src 'self'"),
    ]);
    expect(formatPolicy(u)).toBe("script-src 'self' 'sha256-a' 'sha256-b'; img-src 'self'");
    expect(formatPolicy(withMissing(u, parsePolicy("img-src *; frame-ancestors 'none'")))).toBe(
      "script-src 'self' 'sha256-a' 'sha256-b'; img-src 'self'; frame-ancestors 'none'",
    );
  });
  it("reads Astro's <meta> policy", () => {
    expect(
      metaPolicy('<head><meta http-equiv="content-security-policy" content="default-src &#39;none&#39;;"></head>'),
    ).toBe("default-src 'none';");
    expect(metaPolicy('<head></head>')).toBeUndefined();
  });
});

describe('_headers', () => {
  const file =
    "# comment\n/*\n  Content-Security-Policy: frame-ancestors 'none'\n  X-Frame-Options: DENY\n\n/_astro/*\n  Cache-Control: immutable\n";
  it('completes the policy of the /* rule, keeping its extra directives', () => {
    const out = headersWithPolicy(file, parsePolicy("default-src 'none'; script-src 'self'"));
    expect(out).toContain(
      "  Content-Security-Policy: default-src 'none'; script-src 'self'; frame-ancestors 'none'\n  X-Frame-Options: DENY",
    );
    expect(() => headersWithPolicy('/*\n  X-Frame-Options: DENY\n', new Map())).toThrow(
      'no Content-Security-Policy line',
    );
  });
  it('matches rules by path, later rules adding headers', () => {
    const rules = parseHeadersFile(file);
    expect(headersFor(rules, '/models/')).toEqual({
      'content-security-policy': "frame-ancestors 'none'",
      'x-frame-options': 'DENY',
    });
    expect(headersFor(rules, '/_astro/a.js')['cache-control']).toBe('immutable');
    expect(headersFor(rules, '/models/')['cache-control']).toBeUndefined();
  });
});
