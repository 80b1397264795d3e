/**
 * Serves a built site the way a static host that reads `_headers` does (Netlify, Cloudflare
 * Pages): files from the folder, `dir/index.html` for `dir/`, 404.html with status 404, and the
 * headers of every matching `_headers` rule — so browser tests see the real header policy
 * (which also governs Pagefind's worker) as well as each page's <meta> policy.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeadersFile } from '../../src/lib/csp-policy.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.webp': 'image/webp',
};

export async function serveStatic(root: string): Promise<{ base: string; stop: () => Promise<void> }> {
  const headersFile = join(root, '_headers');
  if (!existsSync(headersFile)) throw new Error(`${root} has no _headers file: build the site first (npm run build)`);
  const rules = parseHeadersFile(readFileSync(headersFile, 'utf8'));
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) file = join(root, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file) || path.endsWith('/_headers')) {
      status = 404;
      file = join(root, '404.html');
    }
    res.statusCode = status;
    for (const [k, v] of Object.entries(headersFor(rules, path))) res.setHeader(k, v);
    res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { base: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
