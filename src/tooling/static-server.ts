/**
 * The one static server over a built site, for the browser tests and the measuring scripts
 * alike. It serves the way a static host that reads `_headers` does (Netlify, Cloudflare
 * Pages): files from the folder, `dir/index.html` for `dir/`, 404.html with status 404, and the
 * headers of every matching `_headers` rule, so browsers see the real header policy (which
 * also governs Pagefind's worker) as well as each page's <meta> policy. It records what it
 * sends: each path with its raw and gzipped size, so a script can say what a page costs over
 * the wire.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipBytes } from './perf.ts';
import { headersFor, parseHeadersFile } from '../security/csp-policy.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.webp': 'image/webp',
};

export interface Served {
  path: string;
  bytes: number;
  /** Bytes as a host with gzip would send them (never more than the raw size). */
  wireBytes: number;
}

export interface StaticServer {
  base: string;
  /** Every response so far, in order. */
  log: Served[];
  stop: () => Promise<void>;
}

/**
 * Serves `root` on a free loopback port. Its `_headers` rules are applied when the file exists;
 * with `requireHeaders` a folder without one is refused (a site not built yet).
 */
export async function serveStatic(root: string, { requireHeaders = false } = {}): Promise<StaticServer> {
  const dir = resolve(root);
  const headersFile = join(dir, '_headers');
  if (requireHeaders && !existsSync(headersFile))
    throw new Error(`${root} has no _headers file: build the site first (npm run build)`);
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const log: Served[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) file = join(dir, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file) || path.endsWith('/_headers')) {
      status = 404;
      file = join(dir, '404.html');
    }
    const body = existsSync(file) ? readFileSync(file) : Buffer.from('not found');
    log.push({ path, bytes: body.length, wireBytes: Math.min(body.length, gzipBytes(body)) });
    res.statusCode = status;
    for (const [k, v] of Object.entries(headersFor(rules, path))) res.setHeader(k, v);
    res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.setHeader('cache-control', 'no-cache');
    res.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    log,
    stop: () => new Promise((done) => server.close(() => done())),
  };
}
