/**
 * Content-Security-Policy strings as data: parse, merge, and find the policy Astro wrote into
 * the built pages, so the `_headers` file for static hosts carries exactly the same policy.
 * Pure (no file access): the integration and the tests pass the text in.
 */

/** Directive name → its sources, in order. */
export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Every directive of every policy, each with the union of its sources (first policy's order first). */
export function unionPolicies(policies: readonly Policy[]): Policy {
  const out: Policy = new Map();
  for (const p of policies) {
    for (const [name, sources] of p) out.set(name, [...new Set([...(out.get(name) ?? []), ...sources])]);
  }
  return out;
}

/** `base` with the directives of `extra` that it lacks (e.g. frame-ancestors, which a <meta> policy cannot carry). */
export function withMissing(base: Policy, extra: Policy): Policy {
  const out: Policy = new Map(base);
  for (const [name, sources] of extra) if (!out.has(name)) out.set(name, sources);
  return out;
}

const META = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;

/** The policy of a page's <meta http-equiv="content-security-policy">, or undefined. */
export function metaPolicy(html: string): string | undefined {
  return META.exec(html)?.[1]
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Sources that would let injected code run: none may appear in our policy. */
export const UNSAFE_SOURCES = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", 'data:', '*', 'http:', 'https:'];

/**
 * `_headers` text with the Content-Security-Policy of the `/*` rule replaced by `policy`
 * merged with the directives the file already had there (so frame-ancestors stays).
 * Throws when the file has no `/*` rule with a policy line: the template is the contract.
 */
export function headersWithPolicy(headers: string, policy: Policy): string {
  const lines = headers.split('\n');
  let inAll = false;
  let done = false;
  const out = lines.map((line) => {
    if (/^\S/.test(line) && !line.startsWith('#')) inAll = line.trim() === '/*';
    const m = /^(\s+)Content-Security-Policy:\s*(.*)$/i.exec(line);
    if (!inAll || !m || done) return line;
    done = true;
    return `${m[1]}Content-Security-Policy: ${formatPolicy(withMissing(policy, parsePolicy(m[2] ?? '')))}`;
  });
  if (!done) throw new Error('_headers has no Content-Security-Policy line under a /* rule');
  return out.join('\n');
}

/** The rules of a `_headers` file: each path pattern (with `*` wildcards) and its headers, in order. */
export function parseHeadersFile(text: string): { pattern: RegExp; path: string; headers: [string, string][] }[] {
  const rules: { pattern: RegExp; path: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (/^\S/.test(line)) {
      const path = line.trim();
      const pattern = new RegExp(
        `^${path
          .split('*')
          .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*')}$`,
      );
      rules.push({ pattern, path, headers: [] });
      continue;
    }
    const m = /^\s+([^:]+):\s*(.*)$/.exec(line);
    if (m && rules.length) rules[rules.length - 1]!.headers.push([m[1]!.trim(), m[2]!.trim()]);
  }
  return rules;
}

/** The headers a host reading `_headers` sends for `path` (later rules add to earlier ones). */
export function headersFor(rules: ReturnType<typeof parseHeadersFile>, path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) if (rule.pattern.test(path)) for (const [k, v] of rule.headers) out[k.toLowerCase()] = v;
  return out;
}
