/**
 * A minimal static file server over a built site (any folder, e.g. a benchmark's temporary
 * dist/), which records what it sends: each path with its raw and gzipped size, so a script
 * can say how many bytes a page and what it loads would cost over the wire.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipBytes } from './perf.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
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

/** Serves `root` on a free loopback port; `/x/` maps to `/x/index.html`. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const log: Served[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    if (!found) file = join(root, '404.html');
    const body = existsSync(file) ? readFileSync(file) : Buffer.from('not found');
    log.push({ path, bytes: body.length, wireBytes: Math.min(body.length, gzipBytes(body)) });
    res.writeHead(found ? 200 : 404, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    log,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
