/**
 * Nothing a client sends may kill host mode or grow its memory without bound: malformed URLs,
 * WebSocket protocol errors, clients that stop reading, junk in a loop, files that vanish while
 * served. The first groups attack the built host as its own process, so a crash is a dead process.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { WsClient } from '../../src/cli/host-client';
import type { HostProcess } from '../../src/cli/host-client';
import { startHost } from '../../src/host/server';
import type { HostServer } from '../../src/host/server';
import { LOG_BURST } from '../../src/host/log-limit';
import { MAX_UNREAD_REPLY_BYTES, MAX_WS_MESSAGE_BYTES } from '../../src/host/ws-limits';
import type { Logger } from '../../src/node/logger';
import { AppServices } from '../../src/main/services/app-services';
import { MAX_ENTRY_TEXT } from '../../src/shared/transcript/entry';
import { hostForSuite } from '../helpers/host-suite';
import { ROOT } from '../helpers/shared';
import {
  OPCODE,
  clientFrame,
  closedWith,
  rawRequest,
  rawWebSocket,
  textFrame,
  upgradeHead,
} from '../helpers/raw-ws';

const built = fs.existsSync(path.join(ROOT, 'dist', 'renderer', 'index.html'));

/** Polls until `ok()` holds; false when `ms` pass first. */
async function waitFor(ok: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

/** Host mode is alive: its process runs and a fresh WebSocket gets an answer. */
async function expectAlive(host: HostProcess): Promise<void> {
  expect(host.child.exitCode, host.log().slice(-2000)).toBeNull();
  const c = await WsClient.open(host.port, host.token);
  try {
    expect((await c.invoke('settings.get', {})).ok).toBe(true);
  } finally {
    c.close();
  }
}

const countLines = (log: string, re: RegExp) => log.split('\n').filter((l) => re.test(l)).length;

describe.skipIf(!built)('host mode process under hostile input', () => {
  const suite = hostForSuite('sb-harden-');

  // URLs that `new URL` rejects: before any token check, so any web page could send them.
  it.each(['//%', '//[', '//:99999', '//%zz/x'])(
    'answers 400 to the malformed URL %s, as a request and as an upgrade',
    async (url) => {
      const head = `GET ${url} HTTP/1.1\r\nHost: 127.0.0.1:${suite.host.port}\r\nConnection: close\r\n\r\n`;
      const plain = await rawRequest(suite.host.port, head);
      plain.socket.destroy();
      expect(plain.status).toBe(400);
      const upgrade = await rawRequest(suite.host.port, upgradeHead(suite.host.port, url));
      upgrade.socket.destroy();
      expect(upgrade.status).toBe(400);
      await expectAlive(suite.host);
    },
  );

  const junk = Buffer.from([0xff, 0xfe, 0xfd]);
  it.each([
    ['invalid UTF-8 in a text frame', clientFrame({ opcode: OPCODE.text, payload: junk }), 1007],
    ['RSV1 set', clientFrame({ opcode: OPCODE.text, payload: Buffer.from('hi'), rsv: 4 }), 1002],
    ['RSV2 set', clientFrame({ opcode: OPCODE.text, payload: Buffer.from('hi'), rsv: 2 }), 1002],
    ['an unmasked frame', clientFrame({ opcode: OPCODE.text, payload: junk, mask: false }), 1002],
    ['a reserved opcode', clientFrame({ opcode: 3, payload: Buffer.from('hi') }), 1002],
    ['a 126-byte ping', clientFrame({ opcode: OPCODE.ping, payload: Buffer.alloc(126) }), 1002],
    ['a fragmented ping', clientFrame({ opcode: OPCODE.ping, fin: false }), 1002],
    ['a continuation with no start', clientFrame({ opcode: OPCODE.continuation }), 1002],
    [
      'a close frame with an invalid code',
      clientFrame({ opcode: OPCODE.close, payload: Buffer.from([0x03, 0xe7]) }),
      1002,
    ],
    [
      'a message over the size cap',
      clientFrame({ opcode: OPCODE.text, declaredLength: MAX_WS_MESSAGE_BYTES + 1 }),
      1009,
    ],
  ])('closes only the connection that sent %s', async (_what, frame, code) => {
    const closedBefore = countLines(suite.host.log(), /WebSocket client \d+ closed/);
    const bystander = await WsClient.open(suite.host.port, suite.host.token);
    const socket = await rawWebSocket(suite.host.port, suite.host.token);
    const closed = closedWith(socket);
    socket.write(frame);
    expect(await closed).toBe(code);
    // The other client's connection is untouched, and the host says what happened, once.
    expect((await bystander.invoke('settings.get', {})).ok).toBe(true);
    bystander.close();
    await expectAlive(suite.host);
    const closedLines = () =>
      countLines(suite.host.log(), /WebSocket client \d+ closed/) - closedBefore;
    expect(await waitFor(() => closedLines() > 0, 2000)).toBe(true);
    expect(closedLines()).toBe(1);
  });

  it('names the limit when a message is over the size cap', () => {
    expect(suite.host.log()).toMatch(
      new RegExp(`WebSocket client \\d+ closed: .*over the .*${MAX_WS_MESSAGE_BYTES} bytes`),
    );
  });

  it('drops a client that stops reading before its unread replies pass the cap', async () => {
    const c = await WsClient.open(suite.host.port, suite.host.token);
    const text = 'word '.repeat(MAX_ENTRY_TEXT / 5).trim();
    for (let k = 0; k < 100; k++) {
      expect((await c.invoke('transcript.append', { side: 'speaker', text })).ok).toBe(true);
    }
    c.close();
    // ~400 KB per export: 150 of them are 60 MB the host would hold for a client that reads nothing.
    const requests = 150;
    const socket = await rawWebSocket(suite.host.port, suite.host.token);
    socket.pause();
    socket.write(
      Buffer.concat(
        Array.from({ length: requests }, (_, id) =>
          textFrame(
            JSON.stringify({
              t: 'invoke',
              id,
              channel: 'transcript.export',
              payload: { format: 'txt' },
            }),
          ),
        ),
      ),
    );
    const dropped = () => /dropped: .*stopped reading/.test(suite.host.log());
    await waitFor(dropped, 20_000);
    // What reaches the client once it reads again is what the host (and the kernel) had queued.
    let received = 0;
    socket.on('data', (d: Buffer) => (received += d.length));
    socket.on('error', () => {});
    const ended = new Promise((r) => socket.once('close', r));
    socket.resume();
    let last = -1;
    while (received !== last) {
      last = received;
      await Promise.race([ended, new Promise((r) => setTimeout(r, 1000))]);
    }
    socket.destroy();
    expect(received).toBeLessThan(MAX_UNREAD_REPLY_BYTES + 8 * 2 ** 20);
    expect(suite.host.log()).toMatch(new RegExp(`over the .*${MAX_UNREAD_REPLY_BYTES} bytes`));
    await expectAlive(suite.host);
  });

  it('logs a few lines per connection for junk in a loop, then a count', async () => {
    const junkLine = /ignored a binary message of 10 bytes/;
    const before = countLines(suite.host.log(), junkLine);
    const c = await WsClient.open(suite.host.port, suite.host.token);
    const sent = 200;
    for (let k = 0; k < sent; k++) c.ws.send(new Uint8Array(10));
    // Messages are handled in order: once this answers, all the junk has been seen.
    expect((await c.invoke('settings.get', {})).ok).toBe(true);
    c.close();
    const summary = new RegExp(`${sent - LOG_BURST} more warnings suppressed`);
    expect(await waitFor(() => summary.test(suite.host.log()), 5000)).toBe(true);
    expect(countLines(suite.host.log(), junkLine) - before).toBe(LOG_BURST);
  });

  it('sends the page that sets the token cookie with no-store', async () => {
    const res = await fetch(`http://127.0.0.1:${suite.host.port}/?token=${suite.host.token}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/sb_token=/);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('a served file that vanishes or fails while it is read', () => {
  const lines: string[] = [];
  const logger: Logger = { log: (level, message) => lines.push(`${level} ${message}`) };
  const BIG_BYTES = 1024 * 1024; // several read chunks, so an error can land mid-body
  let dataDir: string;
  let root: string;
  let services: AppServices;
  let host: HostServer;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-vanish-'));
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-vanish-r-'));
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>t</title>');
    services = await AppServices.start({ mode: 'host', dataDir, version: 'test', logger });
    host = await startHost({ services, rendererDir: root, mounts: {}, port: 0, logger });
  });
  afterAll(async () => {
    await host.close();
    await services.dispose();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(root, { recursive: true, force: true });
  });
  afterEach(() => vi.restoreAllMocks());

  const big = () => path.join(root, 'big.bin');
  const get = (p: string) =>
    fetch(`http://127.0.0.1:${host.port}${p}?token=${host.token}`, {
      signal: AbortSignal.timeout(5000),
    });
  const createReadStream = fs.createReadStream.bind(fs);

  it('answers 404 when the file is removed after it was found, and keeps serving', async () => {
    fs.writeFileSync(big(), Buffer.alloc(BIG_BYTES, 1));
    // The file goes between the lookup and the open, as in a rebuild while host mode runs.
    vi.spyOn(fs, 'createReadStream').mockImplementationOnce(((
      file: fs.PathLike,
      options?: Parameters<typeof fs.createReadStream>[1],
    ) => {
      fs.rmSync(file);
      return createReadStream(file, options);
    }) as typeof fs.createReadStream);
    expect((await get('/big.bin')).status).toBe(404);
    expect(lines.join('\n')).toMatch(/big\.bin.*ENOENT/);
    fs.writeFileSync(big(), Buffer.alloc(BIG_BYTES, 2));
    const again = await get('/big.bin');
    expect(again.status).toBe(200);
    expect((await again.arrayBuffer()).byteLength).toBe(BIG_BYTES);
  });

  it('aborts only that response when a read fails mid-body, and keeps serving', async () => {
    fs.writeFileSync(big(), Buffer.alloc(BIG_BYTES, 3));
    vi.spyOn(fs, 'createReadStream').mockImplementationOnce(((
      file: fs.PathLike,
      options?: Parameters<typeof fs.createReadStream>[1],
    ) => {
      const stream = createReadStream(file, options);
      stream.once('data', () =>
        stream.destroy(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' })),
      );
      return stream;
    }) as typeof fs.createReadStream);
    const res = await get('/big.bin');
    expect(res.status).toBe(200);
    await expect(res.arrayBuffer()).rejects.toThrow();
    expect(lines.join('\n')).toMatch(/big\.bin.*EIO/);
    expect((await get('/index.html')).status).toBe(200);
  });
});
