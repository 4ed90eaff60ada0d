/**
 * What every host WebSocket connection gets before it carries a message: a protocol error
 * closes that connection only (ws throws an 'error' event without a listener, which would end
 * the process), and a client that stops reading is dropped before its replies pile up.
 */
import type { WebSocket } from 'ws';
import type { Logger } from '../node/logger';
import {
  CLOSE_GRACE_MS,
  MAX_UNREAD_REPLY_BYTES,
  MAX_WS_MESSAGE_BYTES,
  formatBytes,
} from './ws-limits';

export interface GuardedClient {
  /** "WebSocket client 3": names the connection in every log line about it. */
  readonly label: string;
  /** Sends a text message, or drops the client when it has left too much unread. */
  send(text: string): void;
}

export function guardClient(ws: WebSocket, id: number, logger: Logger): GuardedClient {
  const label = `WebSocket client ${id}`;
  ws.on('error', (e: Error) => {
    logger.log('warn', `${label} closed: ${describeError(e)}`);
    // ws has sent a close frame with the status code; a peer that never answers it is cut off.
    const timer = setTimeout(() => ws.terminate(), CLOSE_GRACE_MS);
    timer.unref();
    ws.once('close', () => clearTimeout(timer));
  });

  // The largest message queued since the queue was last empty: a legitimate large reply (a
  // user avatar) may exceed the cap on its own, what piles up behind it may not.
  let largestQueued = 0;
  return {
    label,
    send(text) {
      if (ws.readyState !== ws.OPEN) return;
      const queued = ws.bufferedAmount;
      const bytes = Buffer.byteLength(text);
      largestQueued = Math.max(queued === 0 ? 0 : largestQueued, bytes);
      if (queued + bytes - largestQueued > MAX_UNREAD_REPLY_BYTES) {
        logger.log(
          'warn',
          `${label} dropped: it left ${formatBytes(queued)} of replies unread, over the ` +
            `${formatBytes(MAX_UNREAD_REPLY_BYTES)} limit beyond its largest message: it stopped reading`,
        );
        ws.terminate();
        return;
      }
      ws.send(text);
    },
  };
}

function describeError(e: Error): string {
  const code = (e as { code?: unknown }).code;
  if (code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') {
    return (
      `a message over the ${formatBytes(MAX_WS_MESSAGE_BYTES)} limit ` +
      '(the largest legitimate message is speech.recognize with 60 s of audio)'
    );
  }
  return `protocol error: ${e.message}${typeof code === 'string' ? ` (${code})` : ''}`;
}
