/**
 * A short-lived local server for the CLI's headless pages: the built renderer, the model assets
 * and the one input file, on 127.0.0.1 under a random path prefix, for as long as the command runs.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { mimeType, resolveStatic } from '../http/static-files';
import { contentSecurityPolicy } from '../../shared/security/csp';

export interface PageServer {
  /** Base URL, ending in "/", under which the mounts are served. */
  readonly base: string;
  close(): Promise<void>;
}

/** `mounts`: URL prefix (no leading slash, e.g. "app/") → a folder, or a single file. */
export async function startPageServer(
  mounts: Readonly<Record<string, string>>,
): Promise<PageServer> {
  const secret = crypto.randomBytes(12).toString('hex');
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const prefix = `/${secret}/`;
    let file: string | undefined;
    if (url.pathname.startsWith(prefix)) {
      const rest = url.pathname.slice(prefix.length);
      // Longest prefix first, so "app/models/mediapipe/" wins over "app/".
      for (const [mount, target] of Object.entries(mounts).sort(
        (a, b) => b[0].length - a[0].length,
      )) {
        if (!rest.startsWith(mount)) continue;
        const sub = rest.slice(mount.length);
        file = fs.statSync(target).isFile()
          ? sub === '' || sub === path.basename(target)
            ? target
            : undefined
          : resolveStatic(target, sub);
        break;
      }
    }
    if (file === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${url.pathname}\n`);
      return;
    }
    const headers: http.OutgoingHttpHeaders = {
      'content-type': mimeType(file),
      'cache-control': 'no-store',
    };
    if (file.endsWith('.html')) headers['content-security-policy'] = contentSecurityPolicy();
    res.writeHead(200, headers);
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}/${secret}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
