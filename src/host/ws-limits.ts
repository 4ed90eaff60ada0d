/**
 * The host WebSocket's size limits, derived from the contract so they follow it: a client may
 * send nothing larger than the largest legitimate message, and may leave only so much unread.
 */
import { MAX_PCM_BASE64 } from '../shared/ipc/channels/speech';
import { FRAME_MESSAGE_BYTES } from '../shared/landmarks/wire';

/** Room for the invoke envelope around a payload: `{"t":"invoke","id":…,"channel":…}`. */
const INVOKE_ENVELOPE_BYTES = 1024;

/**
 * Largest message a client may send, in bytes. The largest legitimate one is `speech.recognize`
 * with 60 s of audio as base64; a landmark frame (the most frequent) is far smaller. Replies are
 * not bound by it: `avatar.get` sends a user's avatar file the other way.
 */
export const MAX_WS_MESSAGE_BYTES = Math.max(
  FRAME_MESSAGE_BYTES,
  MAX_PCM_BASE64 + INVOKE_ENVELOPE_BYTES,
);

/**
 * Bytes of replies and events a client may leave unread beyond its largest queued message
 * before it is dropped as one that stopped reading. Beyond the largest message, so that a
 * legitimate large reply (a user avatar) followed by small ones does not count as a stall.
 */
export const MAX_UNREAD_REPLY_BYTES = 8 * 1024 * 1024;

/** After a protocol error ws has sent its close frame; the peer gets this long to answer it. */
export const CLOSE_GRACE_MS = 1000;

/** "7.3 MiB (7681028 bytes)": the unit a reader expects, and the exact figure for a grep. */
export function formatBytes(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MiB (${bytes} bytes)`;
}
