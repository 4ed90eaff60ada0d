/**
 * A file cut short while it is served (a rebuild rewriting it in place while host mode runs)
 * must not reach the client as a whole, shorter file with status 200: the response says its
 * length and is aborted when fewer bytes come. Found by the reliability suite (faults).
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sendFile } from '../../../src/node/http/static-files';
import type { Logger } from '../../../src/node/logger';

// Far more than loopback socket buffers hold (a few MiB): the server cannot have sent the whole
// file before it is cut (with 4 MiB, a CI run had it all in the buffers first).
const BIG_BYTES = 32 * 1024 * 1024;

describe('sendFile', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-sendfile-'));
  const file = path.join(dir, 'big.bin');
  const lines: string[] = [];
  const logger: Logger = { log: (level, message) => lines.push(`${level} ${message}`) };
  let server: http.Server;
  let port = 0;

  beforeAll(async () => {
    server = http.createServer((_req, res) =>
      sendFile(
        res,
        file,
        { 'content-type': 'application/octet-stream' },
        () => {
          res.writeHead(404).end();
        },
        logger,
      ),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('says the length of the file it sends', async () => {
    fs.writeFileSync(file, Buffer.alloc(1000, 1));
    const res = await fetch(`http://127.0.0.1:${port}/`);
    expect(res.headers.get('content-length')).toBe('1000');
    expect((await res.arrayBuffer()).byteLength).toBe(1000);
  });

  it('aborts the response when the file is cut short mid-body, and names the file', async () => {
    fs.writeFileSync(file, Buffer.alloc(BIG_BYTES, 2));
    const res = await fetch(`http://127.0.0.1:${port}/`);
    expect(res.status).toBe(200);
    fs.truncateSync(file, 1024);
    const reader = res.body!.getReader();
    let got = 0;
    const read = (async () => {
      for (let r = await reader.read(); !r.done; r = await reader.read()) got += r.value.length;
      return got;
    })();
    await expect(read).rejects.toThrow();
    expect(got).toBeLessThan(BIG_BYTES);
    // The log line is written when the pipeline ends, which may be just after the client sees the abort.
    await vi.waitFor(() =>
      expect(lines.join('\n')).toMatch(/big\.bin.*changed while it was served/),
    );
  });
});
