/**
 * After the build, copies the Content-Security-Policy Astro wrote into every page's <meta>
 * (with the hash of each script and style of this build) into dist/_headers, so hosts that
 * read that file (Netlify, Cloudflare Pages and others) send it as a real header, together
 * with the directives a <meta> policy cannot carry (frame-ancestors). public/_headers is the
 * template: its `/*` rule holds the other security headers and the extra directives.
 * Fails the build when a page has no policy, or one allows unsafe sources.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersWithPolicy, metaPolicy, parsePolicy, UNSAFE_SOURCES, unionPolicies } from '../security/csp-policy.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? htmlFiles(full) : name.endsWith('.html') ? [full] : [];
  });
}

export function securityHeaders(): AstroIntegration {
  return {
    name: 'owe:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const policies = new Map<string, string[]>();
        for (const file of htmlFiles(out)) {
          const policy = metaPolicy(readFileSync(file, 'utf8'));
          if (!policy)
            throw new Error(
              `security headers: ${file.slice(out.length)} has no Content-Security-Policy <meta> (is it rendered through BaseLayout?)`,
            );
          policies.set(policy, [...(policies.get(policy) ?? []), file]);
        }
        const merged = unionPolicies([...policies.keys()].map(parsePolicy));
        const unsafe = [...merged].flatMap(([name, sources]) =>
          sources.filter((s) => UNSAFE_SOURCES.includes(s)).map((s) => `${name} ${s}`),
        );
        if (unsafe.length)
          throw new Error(`security headers: the Content-Security-Policy allows unsafe sources: ${unsafe.join(', ')}`);
        const headersFile = join(out, '_headers');
        if (!existsSync(headersFile))
          throw new Error('security headers: dist/_headers is missing (public/_headers is the template)');
        writeFileSync(headersFile, headersWithPolicy(readFileSync(headersFile, 'utf8'), merged));
        logger.info(
          `_headers: one Content-Security-Policy for ${[...policies.values()].flat().length} pages (${policies.size} distinct in pages)`,
        );
      },
    },
  };
}
