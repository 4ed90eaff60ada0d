/**
 * `bench -- ipc`: the host-mode bridge round trip: a WebSocket client invokes `settings.get`
 * against a running host (token, JSON, zod validation both ways, dispatch) and waits for the
 * answer. Also the same call straight into dispatch, to show what the transport itself costs.
 */
import WebSocket from 'ws';
import type { BenchResult } from './stats';
import { withTempHost } from './temp-host';
import { summarize, timeAsync } from './stats';

export async function benchIpc(iterations: number): Promise<BenchResult> {
  return withTempHost(async (host, services) => {
    const ws = new WebSocket(`ws://127.0.0.1:${host.port}/ws?token=${host.token}`, {
      origin: `http://127.0.0.1:${host.port}`,
    });
    try {
      await new Promise<void>((resolve, reject) => {
        ws.once('open', () => resolve());
        ws.once('error', reject);
      });
      const waiting = new Map<number, () => void>();
      ws.on('message', (data) => {
        const msg = JSON.parse(data.toString()) as {
          t: string;
          id: number;
          result: { ok: boolean };
        };
        if (msg.t === 'result' && msg.result.ok) waiting.get(msg.id)?.();
      });
      let id = 0;
      const roundTrip = await timeAsync(iterations, 200, () => {
        const my = ++id;
        return new Promise<void>((resolve) => {
          waiting.set(my, () => {
            waiting.delete(my);
            resolve();
          });
          ws.send(JSON.stringify({ t: 'invoke', id: my, channel: 'settings.get', payload: {} }));
        });
      });
      const direct = await timeAsync(iterations, 200, async () => {
        const r = await services.dispatch('settings.get', {});
        if (!r.ok) throw new Error(r.error.message);
      });
      return {
        name: 'ipc',
        metrics: {
          ...summarize('host_roundtrip', roundTrip),
          ...summarize('dispatch_only', direct),
        },
      };
    } finally {
      ws.close();
    }
  });
}
