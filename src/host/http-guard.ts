/**
 * The host's HTTP entry points never throw into Node: an exception in a 'request' or 'upgrade'
 * listener is uncaught and ends host mode, and it comes before any token check, so any web page
 * could send it (an `<img src="http://127.0.0.1:port//%">`).
 */
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from '../node/logger';

/** The request's URL, or undefined when it is none (`//%`): the caller answers 400. */
export function parseRequestUrl(raw: string | undefined): URL | undefined {
  try {
    return new URL(raw ?? '/', 'http://127.0.0.1');
  } catch {
    return undefined;
  }
}

/** A request listener whose exceptions end that request with a 500, not the process. */
export function guardRequests(
  handle: (req: http.IncomingMessage, res: http.ServerResponse) => void,
  logger: Logger,
): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  return (req, res) => {
    try {
      handle(req, res);
    } catch (e) {
      logger.log('error', `request for ${JSON.stringify(req.url)} failed: ${describe(e)}`);
      if (res.headersSent) return void res.destroy();
      res.writeHead(500, {
        'content-type': 'text/plain; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end('internal error: see the host log\n');
    }
  };
}

/**
 * An upgrade listener whose exceptions close that socket, not the process. The socket also gets
 * an error listener: Node removes its own once a request becomes an upgrade.
 */
export function guardUpgrades(
  handle: (req: http.IncomingMessage, socket: Duplex, head: Buffer) => void,
  logger: Logger,
): (req: http.IncomingMessage, socket: Duplex, head: Buffer) => void {
  return (req, socket, head) => {
    socket.on('error', () => socket.destroy());
    try {
      handle(req, socket, head);
    } catch (e) {
      logger.log('error', `upgrade for ${JSON.stringify(req.url)} failed: ${describe(e)}`);
      socket.destroy();
    }
  };
}

/** Answers a refused upgrade with a status line and closes the socket. */
export function refuseUpgrade(socket: Duplex, status: 400 | 401): void {
  const reason = status === 400 ? 'Bad Request' : 'Unauthorized';
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

function describe(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}
