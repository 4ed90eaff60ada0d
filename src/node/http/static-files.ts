/**
 * Serves files from a fixed set of roots, refusing anything that resolves outside them.
 */
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { Transform, pipeline } from 'node:stream';
import type { Logger } from '../logger';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.data': 'application/octet-stream',
  '.binarypb': 'application/octet-stream',
  '.tflite': 'application/octet-stream',
  '.task': 'application/octet-stream',
  '.vrm': 'model/gltf-binary',
  '.glb': 'model/gltf-binary',
  '.sigml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeType(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The file for a URL path under `root`, or undefined if it is missing or escapes the root. */
export function resolveStatic(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const full = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  const rootResolved = path.resolve(root);
  if (full !== rootResolved && !full.startsWith(rootResolved + path.sep)) return undefined;
  try {
    return fs.statSync(full).isFile() ? full : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Passes the bytes of a file of `size` bytes through, failing when more or fewer come: a file
 * rewritten while served (a rebuild) must abort the response, which says its length, rather than
 * reach the client as a whole file of another length.
 */
function exactly(size: number, file: string): Transform {
  let seen = 0;
  const changed = () =>
    new Error(
      `${file} changed while it was served: ${seen} bytes read, expected ${size} (its size when opened)`,
    );
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      done(seen > size ? changed() : null, chunk);
    },
    flush(done) {
      done(seen === size ? null : changed());
    },
  });
}

/**
 * Streams `file` as the body of a 200. A file gone since it was located (a rebuild while host
 * mode runs) gets `notFound()`; a read that fails mid-body aborts that response only. The read
 * stream always has an error listener: an 'error' event without one ends the process.
 */
export function sendFile(
  res: http.ServerResponse,
  file: string,
  headers: http.OutgoingHttpHeaders,
  notFound: () => void,
  logger: Logger,
): void {
  const stream = fs.createReadStream(file);
  const openFailed = (e: Error) => {
    logger.log('warn', `${file} could not be opened to serve it: ${e.message}`);
    notFound();
  };
  stream.once('error', openFailed);
  // The size of the file opened, not of whatever has its name by the time it is read.
  let fd = -1;
  stream.once('open', (opened: number) => (fd = opened));
  stream.once('ready', () => {
    stream.off('error', openFailed);
    const size = fs.fstatSync(fd).size;
    res.writeHead(200, { ...headers, 'content-length': size });
    // pipeline also closes the file when the client goes away mid-body.
    pipeline(stream, exactly(size, file), res, (e) => {
      if (e && (e as { code?: unknown }).code !== 'ERR_STREAM_PREMATURE_CLOSE')
        logger.log('warn', `${file} failed while being served: ${e.message}`);
    });
  });
}
