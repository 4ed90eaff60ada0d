/**
 * The host-mode transport of the IPC contract: JSON text messages for invoke calls and events,
 * binary messages for landmark frames. Every call goes through the same dispatch as Electron IPC.
 */
import type { WebSocket } from 'ws';
import { z } from 'zod';
import { decodeFrame, FRAME_MESSAGE_BYTES } from '../shared/landmarks/wire';
import type { AppServices } from '../main/services/app-services';
import type { Logger } from '../node/logger';
import { formatIssues } from '../main/services/router';
import { limitedLogger } from './log-limit';
import { guardClient } from './ws-guard';

/** Client → host messages. */
const InvokeMessage = z
  .object({
    t: z.literal('invoke'),
    id: z.number().int().nonnegative(),
    channel: z.string().max(128),
    payload: z.unknown(),
  })
  .strict();

/** Serves one connection; `clientId` names it in the log. */
export function attachBridge(
  ws: WebSocket,
  clientId: number,
  services: AppServices,
  logger: Logger,
): void {
  const client = guardClient(ws, clientId, logger);
  // Junk in a loop would otherwise write one line per message.
  const junkLog = limitedLogger(logger, client.label);
  const send = (message: unknown) => client.send(JSON.stringify(message));
  const unsubscribe = services.events.subscribe((channel, payload) =>
    send({ t: 'event', channel, payload }),
  );
  ws.on('close', () => {
    unsubscribe();
    junkLog.flush();
  });
  ws.on('message', (data, isBinary) => {
    if (isBinary) {
      const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
      if (bytes.byteLength !== FRAME_MESSAGE_BYTES) {
        junkLog.log(
          'warn',
          `ignored a binary message of ${bytes.byteLength} bytes: a frame is ${FRAME_MESSAGE_BYTES}`,
        );
        return;
      }
      try {
        const f = decodeFrame(bytes);
        services.frames.push(f.seq, f.timestamp, f.data);
      } catch (e) {
        junkLog.log(
          'warn',
          `ignored a malformed frame: ${e instanceof Error ? e.message : String(e)}`,
        );
      }
      return;
    }
    let msg: unknown;
    try {
      msg = JSON.parse(data.toString());
    } catch {
      send({ t: 'error', error: { kind: 'invalid-request', message: 'message is not JSON' } });
      return;
    }
    const parsed = InvokeMessage.safeParse(msg);
    if (!parsed.success) {
      const id =
        typeof (msg as { id?: unknown })?.id === 'number' ? (msg as { id: number }).id : null;
      const error = {
        kind: 'invalid-request',
        message: `malformed message: ${formatIssues(parsed.error.issues)}`,
      };
      send(id === null ? { t: 'error', error } : { t: 'result', id, result: { ok: false, error } });
      return;
    }
    const { id: callId, channel, payload } = parsed.data;
    void services
      .dispatch(channel, payload)
      .then((result) => send({ t: 'result', id: callId, result }));
  });
}
