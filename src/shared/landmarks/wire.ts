import { FRAME_BYTES, FRAME_LENGTH } from './layout';

/**
 * Binary framing for one landmark frame on a byte stream (the host-mode WebSocket):
 * [magic u32 'SBLF'][seq u32][timestamp f64 ms][FRAME_LENGTH × f32], little-endian.
 * Electron transfers the Float32Array over a MessagePort instead and needs no framing.
 */
export const FRAME_MAGIC = 0x464c4253; // 'SBLF' read as little-endian u32
export const FRAME_HEADER_BYTES = 16;
export const FRAME_MESSAGE_BYTES = FRAME_HEADER_BYTES + FRAME_BYTES;

/**
 * One landmark frame, the same message on every hop: renderer → main (a MessagePort transfer in
 * Electron, the binary framing below in host mode) and main → the SLT worker (a transfer).
 */
export interface WireFrame {
  readonly seq: number;
  /** Capture time in ms (performance.now() or epoch ms; the receiver only compares them). */
  readonly timestamp: number;
  readonly data: Float32Array;
}

export function encodeFrame(
  frame: WireFrame,
  out = new ArrayBuffer(FRAME_MESSAGE_BYTES),
): ArrayBuffer {
  if (frame.data.length !== FRAME_LENGTH) {
    throw new RangeError(`frame has ${frame.data.length} values, expected ${FRAME_LENGTH}`);
  }
  const view = new DataView(out);
  view.setUint32(0, FRAME_MAGIC, true);
  view.setUint32(4, frame.seq >>> 0, true);
  view.setFloat64(8, frame.timestamp, true);
  new Float32Array(out, FRAME_HEADER_BYTES, FRAME_LENGTH).set(frame.data);
  return out;
}

/** Decodes a frame message; the data is copied into a fresh, transferable buffer. */
export function decodeFrame(bytes: Uint8Array): WireFrame {
  if (bytes.byteLength !== FRAME_MESSAGE_BYTES) {
    throw new RangeError(
      `frame message is ${bytes.byteLength} bytes, expected ${FRAME_MESSAGE_BYTES}`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = view.getUint32(0, true);
  if (magic !== FRAME_MAGIC) {
    throw new RangeError(
      `frame message starts with 0x${magic.toString(16)}, expected 0x${FRAME_MAGIC.toString(16)}`,
    );
  }
  const data = new Float32Array(FRAME_LENGTH);
  new Uint8Array(data.buffer).set(bytes.subarray(FRAME_HEADER_BYTES));
  return { seq: view.getUint32(4, true), timestamp: view.getFloat64(8, true), data };
}
