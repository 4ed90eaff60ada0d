/**
 * Electron transport of the IPC contract: one invoke channel and one event channel. Main answers
 * only its own window's app frame; payloads are parsed by the shared dispatch.
 */
import { ipcMain } from 'electron';
import type { BrowserWindow } from 'electron';
import type { AppServices } from '../services/app-services';
import { fromAppFrame } from './security';

export const IPC_INVOKE = 'sb:invoke';
export const IPC_EVENT = 'sb:event';
export const IPC_FRAMES_PORT = 'sb:frames-port';

export function wireIpc(win: BrowserWindow, services: AppServices): () => void {
  ipcMain.handle(IPC_INVOKE, (event, channel: unknown, payload: unknown) => {
    if (!fromAppFrame(win.webContents, event.senderFrame?.url, event.sender)) {
      return {
        ok: false,
        error: { kind: 'forbidden', message: 'IPC is accepted only from the SignBridge window' },
      };
    }
    return services.dispatch(channel, payload);
  });
  ipcMain.on(IPC_FRAMES_PORT, (event) => {
    const port = event.ports[0];
    if (port === undefined || !fromAppFrame(win.webContents, event.senderFrame?.url, event.sender))
      return;
    port.on('message', ({ data }) => {
      const f = data as { seq?: unknown; timestamp?: unknown; data?: unknown };
      if (
        typeof f.seq === 'number' &&
        typeof f.timestamp === 'number' &&
        f.data instanceof Float32Array
      ) {
        services.frames.push(f.seq, f.timestamp, f.data);
      }
    });
    port.start();
  });
  const unsubscribe = services.events.subscribe((channel, payload) => {
    if (!win.isDestroyed()) win.webContents.send(IPC_EVENT, channel, payload);
  });
  return () => {
    unsubscribe();
    ipcMain.removeHandler(IPC_INVOKE);
    ipcMain.removeAllListeners(IPC_FRAMES_PORT);
  };
}
