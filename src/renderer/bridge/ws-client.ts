/**
 * Host mode's transport: the IPC contract over the WebSocket that host mode serves, with the
 * per-run token from the page URL. Reconnects with backoff; calls made while disconnected fail
 * fast with `unavailable` rather than hang.
 */
import type { RawBridge } from '../../shared/ipc/api';
import type { Result } from '../../shared/ipc/result';

const MAX_BACKOFF_MS = 5000;
const CALL_TIMEOUT_MS = 60_000;

export type ConnectionState = 'connecting' | 'open' | 'closed';

export interface WsBridge extends RawBridge {
  readonly socket: () => WebSocket | undefined;
  onState(listener: (s: ConnectionState) => void): () => void;
}

interface Pending {
  resolve: (r: Result<unknown>) => void;
  timer: ReturnType<typeof setTimeout>;
}

export function connectWs(url: string): WsBridge {
  let ws: WebSocket | undefined;
  let nextId = 1;
  let backoff = 250;
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  const stateListeners = new Set<(s: ConnectionState) => void>();
  let opened: Promise<void>;
  let markOpen: () => void = () => {};

  const setState = (s: ConnectionState) => stateListeners.forEach((l) => l(s));
  const failAll = (message: string) => {
    for (const [id, p] of pending) {
      clearTimeout(p.timer);
      p.resolve({ ok: false, error: { kind: 'unavailable', message } });
      pending.delete(id);
    }
  };

  const connect = () => {
    opened = new Promise((r) => (markOpen = r));
    setState('connecting');
    const socket = new WebSocket(url);
    socket.binaryType = 'arraybuffer';
    ws = socket;
    socket.onopen = () => {
      backoff = 250;
      markOpen();
      setState('open');
    };
    socket.onmessage = (ev) => {
      if (typeof ev.data !== 'string') return;
      const msg = JSON.parse(ev.data) as {
        t: string;
        id?: number;
        result?: Result<unknown>;
        channel?: string;
        payload?: unknown;
      };
      if (msg.t === 'result' && msg.id !== undefined) {
        const p = pending.get(msg.id);
        if (p === undefined) return;
        pending.delete(msg.id);
        clearTimeout(p.timer);
        p.resolve(msg.result as Result<unknown>);
      } else if (msg.t === 'event' && msg.channel !== undefined) {
        listeners.get(msg.channel)?.forEach((l) => l(msg.payload));
      }
    };
    socket.onclose = () => {
      ws = undefined;
      failAll('lost the connection to SignBridge; reconnecting');
      setState('closed');
      setTimeout(connect, backoff);
      backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
    };
  };
  connect();

  return {
    socket: () => (ws?.readyState === WebSocket.OPEN ? ws : undefined),
    async invoke(channel, request) {
      await Promise.race([opened, new Promise((r) => setTimeout(r, 2000))]);
      const socket = ws;
      if (socket === undefined || socket.readyState !== WebSocket.OPEN) {
        return {
          ok: false,
          error: { kind: 'unavailable', message: 'not connected to SignBridge' },
        };
      }
      const id = nextId++;
      return new Promise<Result<unknown>>((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          resolve({
            ok: false,
            error: {
              kind: 'timeout',
              message: `${channel} got no answer in ${CALL_TIMEOUT_MS / 1000} s`,
            },
          });
        }, CALL_TIMEOUT_MS);
        pending.set(id, { resolve, timer });
        socket.send(JSON.stringify({ t: 'invoke', id, channel, payload: request }));
      });
    },
    on(channel, listener) {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return () => set.delete(listener);
    },
    onState(listener) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
  };
}
