/**
 * Host mode: the renderer and the same services as the Electron app, served on 127.0.0.1 with a
 * random per-run token. Every HTTP request and the WebSocket upgrade must carry the token (query
 * or cookie) and a local Host/Origin; anything else is refused.
 */
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { contentSecurityPolicy } from '../shared/security/csp';
import type { AppServices } from '../main/services/app-services';
import type { Logger } from '../node/logger';
import { guardRequests, guardUpgrades, parseRequestUrl, refuseUpgrade } from './http-guard';
import { mimeType, resolveStatic, sendFile } from '../node/http/static-files';
import { TOKEN_COOKIE, cookieToken, newToken, tokenMatches } from './token';
import { attachBridge } from './ws-bridge';
import { MAX_WS_MESSAGE_BYTES } from './ws-limits';

export interface HostOptions {
  readonly services: AppServices;
  readonly rendererDir: string;
  /** Extra URL prefix → folder mounts (e.g. /models/avatars → models/avatars). */
  readonly mounts: Readonly<Record<string, string>>;
  readonly port: number;
  readonly logger: Logger;
  readonly token?: string;
}

export interface HostServer {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

export async function startHost(opts: HostOptions): Promise<HostServer> {
  const token = opts.token ?? newToken();
  let port = opts.port;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const authorized = (req: http.IncomingMessage, url: URL): boolean =>
    tokenMatches(token, url.searchParams.get('token')) ||
    tokenMatches(token, cookieToken(req.headers.cookie));

  const refuse = (res: http.ServerResponse, status: number, message: string) => {
    res.writeHead(status, {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(`${message}\n`);
  };

  const server = http.createServer();
  server.on(
    'request',
    guardRequests((req, res) => {
      const url = parseRequestUrl(req.url);
      if (url === undefined)
        return refuse(
          res,
          400,
          `${JSON.stringify(req.url)} is not a URL path: expected e.g. /index.html`,
        );
      if (!allowedHosts().has(req.headers.host ?? '')) {
        return refuse(
          res,
          403,
          `host "${req.headers.host}" refused: SignBridge answers only on 127.0.0.1:${port}`,
        );
      }
      if (!authorized(req, url)) {
        return refuse(
          res,
          401,
          'missing or wrong token: open the URL SignBridge printed at start-up',
        );
      }
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return refuse(res, 405, `${req.method} is not allowed`);
      const file = locate(opts, url.pathname);
      if (file === undefined) return refuse(res, 404, `not found: ${url.pathname}`);
      const headers: http.OutgoingHttpHeaders = {
        'content-type': mimeType(file),
        // The page carries the token (URL and cookie): no copy of it may be kept.
        'cache-control': file.endsWith('.html') ? 'no-store' : 'no-cache',
        'x-content-type-options': 'nosniff',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-resource-policy': 'same-origin',
        'referrer-policy': 'no-referrer',
      };
      if (file.endsWith('.html')) {
        headers['content-security-policy'] = contentSecurityPolicy([
          `ws://127.0.0.1:${port}`,
          `ws://localhost:${port}`,
        ]);
        headers['set-cookie'] = `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
      }
      if (req.method === 'HEAD') {
        res.writeHead(200, headers);
        return res.end();
      }
      sendFile(
        res,
        file,
        headers,
        () => refuse(res, 404, `not found: ${url.pathname}`),
        opts.logger,
      );
    }, opts.logger),
  );

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_WS_MESSAGE_BYTES });
  let clients = 0;
  server.on(
    'upgrade',
    guardUpgrades((req, socket, head) => {
      const url = parseRequestUrl(req.url);
      if (url === undefined) return refuseUpgrade(socket, 400);
      const origin = req.headers.origin ?? '';
      const originOk =
        origin === `http://127.0.0.1:${port}` ||
        origin === `http://localhost:${port}` ||
        origin === '';
      if (
        url.pathname !== '/ws' ||
        !allowedHosts().has(req.headers.host ?? '') ||
        !originOk ||
        !authorized(req, url)
      ) {
        opts.logger.log(
          'warn',
          `refused WebSocket from origin "${origin}" to ${url.pathname} (token ${url.searchParams.has('token') ? 'wrong' : 'missing'})`,
        );
        return refuseUpgrade(socket, 401);
      }
      const id = ++clients;
      wss.handleUpgrade(req, socket, head, (ws) =>
        attachBridge(ws, id, opts.services, opts.logger),
      );
    }, opts.logger),
  );

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/?token=${token}`;
  return {
    url,
    port,
    token,
    close: async () => {
      for (const c of wss.clients) c.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

function locate(opts: HostOptions, pathname: string): string | undefined {
  for (const [prefix, dir] of Object.entries(opts.mounts)) {
    if (pathname.startsWith(`${prefix}/`)) return resolveStatic(dir, pathname.slice(prefix.length));
  }
  const p = pathname === '/' ? '/index.html' : pathname;
  return (
    resolveStatic(opts.rendererDir, p) ??
    (path.extname(p) === '' ? resolveStatic(opts.rendererDir, '/index.html') : undefined)
  );
}
