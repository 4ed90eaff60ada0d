/**
 * The only bridge between the page and main: `window.signbridge` with invoke/on over the
 * contract's channel names, and the hand-off of the frame port. Nothing else of Electron or Node
 * reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { isEventName, isInvokeName } from '../shared/ipc/contract';

const IPC_INVOKE = 'sb:invoke';
const IPC_EVENT = 'sb:event';
const IPC_FRAMES_PORT = 'sb:frames-port';
const FRAME_PORT_MESSAGE = 'signbridge:frames-port';

const listeners = new Map<string, Set<(payload: unknown) => void>>();
ipcRenderer.on(IPC_EVENT, (_ev, channel: string, payload: unknown) => {
  listeners.get(channel)?.forEach((l) => l(payload));
});

// MessagePorts cannot cross contextBridge, so the page posts its port to this isolated world
// with window.postMessage (Electron's documented pattern) and it is forwarded to main here.
window.addEventListener('message', (ev) => {
  if (ev.source !== window || (ev.data as { type?: unknown })?.type !== FRAME_PORT_MESSAGE) return;
  const [port] = ev.ports;
  if (port !== undefined) ipcRenderer.postMessage(IPC_FRAMES_PORT, null, [port]);
});

contextBridge.exposeInMainWorld('signbridge', {
  invoke(channel: string, request: unknown): Promise<unknown> {
    if (!isInvokeName(channel))
      return Promise.resolve({
        ok: false,
        error: { kind: 'invalid-request', message: `unknown channel "${channel}"` },
      });
    return ipcRenderer.invoke(IPC_INVOKE, channel, request);
  },
  on(channel: string, listener: (payload: unknown) => void): () => void {
    if (!isEventName(channel)) throw new Error(`unknown event "${channel}"`);
    const set = listeners.get(channel) ?? new Set();
    set.add(listener);
    listeners.set(channel, set);
    return () => set.delete(listener);
  },
  framePortMessage: FRAME_PORT_MESSAGE,
});
