/**
 * A host-mode server as a separate process, and a minimal client of its WebSocket bridge: what
 * the recovery bench and the integration/end-to-end tests drive.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import WebSocket from 'ws';
import { distDir } from '../node/paths';

export interface HostProcess {
  readonly child: ChildProcess;
  readonly url: string;
  readonly port: number;
  readonly token: string;
  /** Settles with the exit code once the process has exited (listened for from the spawn on). */
  readonly exited: Promise<number | null>;
  log(): string;
}

/** Starts the built host (`dist/node/host.mjs`) as its own process and waits for its URL. */
export function spawnHost(dataDir: string, extraArgs: string[] = []): Promise<HostProcess> {
  const child = spawn(
    process.execPath,
    [path.join(distDir(), 'node', 'host.mjs'), '--port', '0', '--data-dir', dataDir, ...extraArgs],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`host did not start in 30 s:\n${out}`)),
      30_000,
    );
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /host mode: (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+))/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({
          child,
          url: m[1] as string,
          port: Number(m[2]),
          token: m[3] as string,
          exited,
          log: () => out,
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}:\n${out}`));
    });
  });
}

/** A minimal contract client over the host's WebSocket, for the benches and the tests. */
export class WsClient {
  private nextId = 1;
  private readonly waiting = new Map<number, (r: unknown) => void>();
  readonly events: { channel: string; payload: unknown }[] = [];

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data, binary) => {
      if (binary) return;
      const msg = JSON.parse(data.toString()) as {
        t: string;
        id?: number;
        result?: unknown;
        channel?: string;
        payload?: unknown;
      };
      if (msg.t === 'result' && msg.id !== undefined) this.waiting.get(msg.id)?.(msg.result);
      if (msg.t === 'event')
        this.events.push({ channel: msg.channel as string, payload: msg.payload });
    });
    // A dead host answers nothing: fail the calls still waiting instead of hanging.
    ws.on('close', () => {
      for (const [id, resolve] of this.waiting) {
        this.waiting.delete(id);
        resolve({ ok: false, error: { kind: 'unavailable', message: 'connection closed' } });
      }
    });
  }

  static open(
    port: number,
    token: string | undefined,
    origin = `http://127.0.0.1:${port}`,
  ): Promise<WsClient> {
    const q = token === undefined ? '' : `?token=${token}`;
    const ws = new WebSocket(`ws://127.0.0.1:${port}/ws${q}`, { origin });
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(new WsClient(ws)));
      ws.once('error', reject);
      ws.once('unexpected-response', (_req, res) =>
        reject(new Error(`refused with HTTP ${res.statusCode}`)),
      );
    });
  }

  invoke(
    channel: string,
    payload: unknown,
  ): Promise<{ ok: boolean; value?: unknown; error?: { kind: string; message: string } }> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      if (this.ws.readyState !== WebSocket.OPEN) {
        resolve({ ok: false, error: { kind: 'unavailable', message: 'connection closed' } });
        return;
      }
      this.waiting.set(id, (r) => {
        this.waiting.delete(id);
        resolve(r as never);
      });
      this.ws.send(JSON.stringify({ t: 'invoke', id, channel, payload }));
    });
  }

  close(): void {
    this.ws.close();
  }
}
