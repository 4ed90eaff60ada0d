/**
 * Fuzzing host mode over the network, as its own process: JSON messages against the contract
 * over a well-behaved client, then raw frames and HTTP heads over raw sockets. Every message
 * must be answered (a result or a typed error, never `internal`), the process must live, and a
 * fresh client must get an answer within HANG_MS at the end of every batch.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnHost, WsClient } from '../../src/cli/host-client';
import type { HostProcess } from '../../src/cli/host-client';
import { FUZZ_MS, FUZZ_SEED, HANG_MS, MAX_CRASHES_KEPT } from './budget';
import { record } from './report';
import { REGRESSIONS_DIR } from './fuzz/run-target';
import { jsonCase, wireCase } from './fuzz/ws-cases';
import { rawRequest, rawWebSocket } from '../helpers/raw-ws';
import { hostForSuite } from '../helpers/host-suite';
import { ROOT } from '../helpers/shared';

const built = fs.existsSync(path.join(ROOT, 'dist', 'renderer', 'index.html'));
/** Cases between two liveness checks; a death is pinned on the cases since the last one. */
const BATCH = 25;
/** How long a raw case waits for the host to close the connection before closing it, ms. */
const RAW_WAIT_MS = 20;

type Reply = { t: string; result?: { ok: boolean; error?: { kind: string } } };

/** One JSON client that pairs each message with the next reply (events are skipped). */
async function jsonClient(host: HostProcess) {
  const c = await WsClient.open(host.port, host.token);
  const replies: Reply[] = [];
  let wake: (() => void) | undefined;
  c.ws.on('message', (data, binary) => {
    if (binary) return;
    const m = JSON.parse(data.toString()) as Reply;
    if (m.t === 'event') return;
    replies.push(m);
    wake?.();
  });
  return {
    client: c,
    /** Sends one message; the reply, or undefined when none comes within HANG_MS. */
    async send(text: string): Promise<Reply | undefined> {
      c.ws.send(text);
      const end = Date.now() + HANG_MS * 3;
      while (replies.length === 0 && Date.now() < end && c.ws.readyState === c.ws.OPEN)
        await new Promise<void>((r) => {
          wake = r;
          setTimeout(r, 100);
        });
      return replies.shift();
    },
  };
}

async function answers(host: HostProcess): Promise<boolean> {
  if (host.child.exitCode !== null) return false;
  try {
    const c = await WsClient.open(host.port, host.token);
    const r = await Promise.race([
      c.invoke('settings.get', {}),
      new Promise<undefined>((res) => setTimeout(() => res(undefined), HANG_MS)),
    ]);
    c.close();
    return r?.ok === true;
  } catch {
    return false;
  }
}

/** Writes one raw case and waits briefly for the host to answer or close. */
async function sendRaw(
  host: HostProcess,
  kind: 'frames' | 'http',
  bytes: Uint8Array,
): Promise<void> {
  let socket: net.Socket;
  if (kind === 'http') {
    socket = net.connect(host.port, '127.0.0.1');
    socket.on('error', () => {});
    socket.write(bytes);
  } else {
    socket = await rawWebSocket(host.port, host.token);
    socket.on('error', () => {});
    socket.write(bytes);
  }
  await new Promise((r) => {
    socket.once('close', r);
    setTimeout(r, RAW_WAIT_MS);
  });
  socket.destroy();
}

/** Keeps a new crash input; a replayed one (n < 0) is kept already. */
function keep(name: string, n: number, bytes: Uint8Array | string): string {
  if (n < 0) return `${name} regression replay ${n}`;
  fs.mkdirSync(REGRESSIONS_DIR, { recursive: true });
  const file = path.join(REGRESSIONS_DIR, `${name}-${n}.bin`);
  fs.writeFileSync(file, bytes);
  return path.basename(file);
}

const regressions = (prefix: string) =>
  fs.existsSync(REGRESSIONS_DIR)
    ? fs
        .readdirSync(REGRESSIONS_DIR)
        .filter((f) => f.startsWith(prefix))
        .sort()
        .map((f) => fs.readFileSync(path.join(REGRESSIONS_DIR, f)))
    : [];

describe.skipIf(!built)('fuzzing host mode over the network', () => {
  const suite = hostForSuite('sb-wsfuzz-');

  /** Restarts a dead host so the run can go on; returns whether it had died. */
  async function survive(): Promise<boolean> {
    if (await answers(suite.host)) return false;
    suite.host.child.kill('SIGKILL');
    await suite.host.exited;
    suite.host = await spawnHost(suite.dataDir);
    return true;
  }

  it(
    'ws-json: every message against the contract is answered with a result or typed error',
    async () => {
      const crashes: string[] = [];
      let conn = await jsonClient(suite.host);
      const replay = regressions('ws-json-').map((b) => b.toString('utf8'));
      const deadline = Date.now() + FUZZ_MS;
      let tried = 0;
      let typedErrors = 0;
      const batch: { n: number; text: string }[] = [];
      for (let n = -replay.length; Date.now() < deadline || n < 0; n++) {
        if (crashes.length >= MAX_CRASHES_KEPT) break;
        const text = n < 0 ? (replay[n + replay.length] as string) : jsonCase(FUZZ_SEED, n);
        batch.push({ n, text });
        const reply = await conn.send(text);
        tried++;
        const internal = reply?.result?.error?.kind === 'internal';
        if (reply === undefined || internal) {
          crashes.push(
            `${keep('ws-json', n, text)}: ${reply === undefined ? 'no answer' : 'internal error'}`,
          );
        } else if (reply.t === 'error' || reply.result?.ok === false) typedErrors++;
        if (batch.length >= BATCH || reply === undefined) {
          if (await survive()) {
            crashes.push(...batch.map((b) => `${keep('ws-json', b.n, b.text)}: host died`));
          }
          batch.length = 0;
          if (conn.client.ws.readyState !== conn.client.ws.OPEN)
            conn = await jsonClient(suite.host);
        }
      }
      conn.client.close();
      const alive = await answers(suite.host);
      record({
        section: 'fuzz',
        name: 'ws-json',
        ok: crashes.length === 0 && alive,
        figures: {
          seconds: FUZZ_MS / 1000,
          tried,
          'typed errors': typedErrors,
          replayed: replay.length,
          crashes: crashes.length,
        },
      });
      expect(crashes).toEqual([]);
      expect(alive).toBe(true);
    },
    FUZZ_MS + 60_000,
  );

  it(
    'ws-frames: raw frames and HTTP heads close one connection at most, never the host',
    async () => {
      const crashes: string[] = [];
      const replay = regressions('ws-frames-').map((b) => ({ kind: 'frames' as const, bytes: b }));
      replay.push(
        ...regressions('ws-http-').map((b) => ({
          kind: 'http' as const,
          bytes: new Uint8Array(b),
        })),
      );
      const deadline = Date.now() + FUZZ_MS;
      let tried = 0;
      const batch: { n: number; kind: 'frames' | 'http'; bytes: Uint8Array }[] = [];
      for (let n = -replay.length; Date.now() < deadline || n < 0; n++) {
        if (crashes.length >= MAX_CRASHES_KEPT) break;
        const c =
          n < 0
            ? replay[n + replay.length]!
            : wireCase(FUZZ_SEED, n, suite.host.port, suite.host.token);
        batch.push({ n, ...c });
        await sendRaw(suite.host, c.kind, c.bytes);
        tried++;
        if (batch.length >= BATCH || suite.host.child.exitCode !== null) {
          if (await survive())
            crashes.push(...batch.map((b) => `${keep(`ws-${b.kind}`, b.n, b.bytes)}: host died`));
          batch.length = 0;
        }
      }
      // The token page still loads: HTTP is served after all that.
      const page = await rawRequest(
        suite.host.port,
        `GET /?token=${suite.host.token} HTTP/1.1\r\nHost: 127.0.0.1:${suite.host.port}\r\nConnection: close\r\n\r\n`,
      );
      page.socket.destroy();
      const alive = (await answers(suite.host)) && page.status === 200;
      record({
        section: 'fuzz',
        name: 'ws-frames',
        ok: crashes.length === 0 && alive,
        figures: {
          seconds: FUZZ_MS / 1000,
          tried,
          replayed: replay.length,
          crashes: crashes.length,
        },
      });
      expect(crashes).toEqual([]);
      expect(alive).toBe(true);
    },
    FUZZ_MS + 60_000,
  );
});
