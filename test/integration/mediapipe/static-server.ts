import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** A tiny static file server on 127.0.0.1 for browser tests: URL prefixes mapped to folders. */
export interface Mount {
  /** URL prefix, starting and ending with '/'. */
  readonly prefix: string;
  readonly dir: string;
}

export interface StaticServer {
  readonly url: string;
  /** Every request path, in order, with its status: what the page fetched. */
  readonly requests: string[];
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.map': 'application/json',
};

/** Pages served from memory, e.g. a blank page that is a secure context for getUserMedia. */
export type InlinePages = Record<string, string>;

function resolve(mounts: readonly Mount[], urlPath: string): string | null {
  for (const { prefix, dir } of mounts) {
    if (!urlPath.startsWith(prefix)) continue;
    const rel = decodeURIComponent(urlPath.slice(prefix.length)) || 'index.html';
    const file = path.resolve(dir, rel);
    // No escaping the mounted folder with '..'.
    if (file !== dir && !file.startsWith(dir + path.sep)) return null;
    return file;
  }
  return null;
}

export function startStaticServer(
  mounts: readonly Mount[],
  inline: InlinePages = {},
  headers: Readonly<Record<string, string>> = {},
): Promise<StaticServer> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const reply = (status: number, type: string, body: Buffer | string): void => {
      requests.push(`${status} ${urlPath}`);
      res.writeHead(status, { ...headers, 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    const page = inline[urlPath];
    if (page !== undefined) return reply(200, MIME['.html'] ?? 'text/html', page);
    const file = resolve(mounts, urlPath);
    if (file === null || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      return reply(404, 'text/plain', `not found: ${urlPath}`);
    }
    reply(200, MIME[path.extname(file)] ?? 'application/octet-stream', fs.readFileSync(file));
  });
  return new Promise((resolveServer) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolveServer({
        url: `http://127.0.0.1:${port}`,
        requests,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
