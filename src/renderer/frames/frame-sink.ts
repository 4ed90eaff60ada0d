/**
 * Where the renderer sends landmark frames: a transferred buffer on Electron's MessagePort, or a
 * binary WebSocket message in host mode. Latest frame wins: when the transport is still busy with
 * earlier frames, the new one is dropped here and counted, instead of queueing (docs/conventions.md #12).
 */
import { encodeFrame, FRAME_MESSAGE_BYTES } from '../../shared/landmarks/wire';

/** Bytes allowed to wait in the WebSocket's send buffer: about two frames. */
const MAX_BUFFERED = FRAME_MESSAGE_BYTES * 2;

export interface FrameSink {
  /** Sends the frame; the caller must not use `data` afterwards (it may be transferred). */
  post(seq: number, timestamp: number, data: Float32Array): boolean;
  readonly sent: number;
  readonly dropped: number;
}

export function wsFrameSink(socket: () => WebSocket | undefined): FrameSink {
  let sent = 0;
  let dropped = 0;
  return {
    post(seq, timestamp, data) {
      const ws = socket();
      if (ws === undefined || ws.bufferedAmount > MAX_BUFFERED) {
        dropped++;
        return false;
      }
      ws.send(encodeFrame({ seq, timestamp, data }));
      sent++;
      return true;
    },
    get sent() {
      return sent;
    },
    get dropped() {
      return dropped;
    },
  };
}

/** Electron: frames go over a MessagePort that preload hands to main; buffers are transferred. */
export function portFrameSink(port: MessagePort): FrameSink {
  let sent = 0;
  return {
    post(seq, timestamp, data) {
      port.postMessage({ seq, timestamp, data }, [data.buffer]);
      sent++;
      return true;
    },
    get sent() {
      return sent;
    },
    get dropped() {
      return 0;
    },
  };
}
