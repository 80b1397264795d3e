/**
 * The site's Content-Security-Policy, in Astro's `security.csp` form. Astro adds the SHA-256
 * hash of every script and style it emits to `script-src` and `style-src` and writes the
 * policy into each page's <meta http-equiv="content-security-policy">; `securityHeaders()`
 * (src/integrations/security-headers.ts) copies the same policy into dist/_headers for hosts
 * that read it, where `frame-ancestors` (ignored in a meta tag) also applies.
 *
 * No 'unsafe-inline' and no 'unsafe-eval' anywhere: an injected <script>, an on* attribute or
 * a style="" attribute is refused by the browser even if one ever reached a page.
 * 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine, and nothing else.
 */
import type { AstroUserConfig } from 'astro';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

export const CSP: CspConfig = {
  algorithm: 'SHA-256',
  directives: [
    "default-src 'none'",
    "base-uri 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "img-src 'self'",
    "font-src 'self'",
    "manifest-src 'self'",
    // Pagefind fetches its index and WebAssembly from /pagefind/.
    "connect-src 'self'",
    // The header search form submits to /search/ on this site.
    "form-action 'self'",
  ],
  scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
  styleDirective: { resources: ["'self'"] },
};
