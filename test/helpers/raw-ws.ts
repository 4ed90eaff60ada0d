/**
 * A WebSocket client written by hand on a TCP socket, for tests that must send what no
 * well-behaved library would: bad UTF-8, reserved bits, unmasked or oversized frames, raw URLs.
 */
import crypto from 'node:crypto';
import net from 'node:net';

export interface RawReply {
  /** The HTTP status of the reply, 0 when the connection closed without one. */
  readonly status: number;
  /** The socket, still open after a 101; the bytes already read past the headers are in `rest`. */
  readonly socket: net.Socket;
  readonly rest: Buffer;
}

/** Sends one raw HTTP request head and waits for the reply's headers (or the connection's end). */
export function rawRequest(port: number, head: string): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(head));
    let got = Buffer.alloc(0);
    const done = (status: number, rest: Buffer) => {
      socket.off('data', onData);
      socket.off('close', onClose);
      resolve({ status, socket, rest });
    };
    const onData = (d: Buffer) => {
      got = Buffer.concat([got, d]);
      const end = got.indexOf('\r\n\r\n');
      if (end < 0) return;
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(got.toString('latin1'))?.[1] ?? 0);
      done(status, got.subarray(end + 4));
    };
    const onClose = () => done(0, got);
    socket.on('data', onData);
    socket.on('close', onClose);
    socket.on('error', reject);
  });
}

/** A WebSocket upgrade request head for `path` (which carries the token, when it should). */
export function upgradeHead(port: number, path: string): string {
  const key = crypto.randomBytes(16).toString('base64');
  return [
    `GET ${path} HTTP/1.1`,
    `Host: 127.0.0.1:${port}`,
    'Upgrade: websocket',
    'Connection: Upgrade',
    `Sec-WebSocket-Key: ${key}`,
    'Sec-WebSocket-Version: 13',
    '',
    '',
  ].join('\r\n');
}

/** Opens a WebSocket by hand; rejects unless the host answers 101. */
export async function rawWebSocket(port: number, token: string): Promise<net.Socket> {
  const r = await rawRequest(port, upgradeHead(port, `/ws?token=${token}`));
  if (r.status !== 101) throw new Error(`upgrade answered HTTP ${r.status}, expected 101`);
  return r.socket;
}

export const OPCODE = { continuation: 0, text: 1, binary: 2, close: 8, ping: 9 } as const;

export interface FrameSpec {
  readonly opcode: number;
  readonly payload?: Buffer;
  readonly fin?: boolean;
  /** Reserved bits as the 3 bits after FIN (RSV1 = 4, RSV2 = 2, RSV3 = 1). */
  readonly rsv?: number;
  /** Clients must mask; false writes an unmasked frame. */
  readonly mask?: boolean;
  /** Declares this payload length in the header instead of the payload's own. */
  readonly declaredLength?: number;
}

/** One client frame (RFC 6455 §5.2), masked unless told otherwise. */
export function clientFrame(spec: FrameSpec): Buffer {
  const payload = spec.payload ?? Buffer.alloc(0);
  const length = spec.declaredLength ?? payload.length;
  const mask = spec.mask ?? true;
  const b0 = ((spec.fin ?? true) ? 0x80 : 0) | ((spec.rsv ?? 0) << 4) | spec.opcode;
  const maskBit = mask ? 0x80 : 0;
  let header: Buffer;
  if (length < 126) {
    header = Buffer.from([b0, maskBit | length]);
  } else if (length < 65536) {
    header = Buffer.alloc(4);
    header.writeUInt8(b0, 0);
    header.writeUInt8(maskBit | 126, 1);
    header.writeUInt16BE(length, 2);
  } else {
    header = Buffer.alloc(10);
    header.writeUInt8(b0, 0);
    header.writeUInt8(maskBit | 127, 1);
    header.writeBigUInt64BE(BigInt(length), 2);
  }
  if (!mask) return Buffer.concat([header, payload]);
  const key = crypto.randomBytes(4);
  const masked = Buffer.from(payload.map((x, i) => x ^ (key[i % 4] as number)));
  return Buffer.concat([header, key, masked]);
}

/** A masked text frame holding `text`. */
export function textFrame(text: string): Buffer {
  return clientFrame({ opcode: OPCODE.text, payload: Buffer.from(text) });
}

/**
 * Waits until the host closes the connection and returns the status code of the close frame it
 * sent (undefined when it sent none). `first` holds bytes already read with the handshake.
 */
export function closedWith(
  socket: net.Socket,
  first = Buffer.alloc(0),
): Promise<number | undefined> {
  return new Promise((resolve) => {
    let got = first;
    socket.on('data', (d: Buffer) => (got = Buffer.concat([got, d])));
    socket.on('error', () => {});
    socket.on('close', () => resolve(closeCode(got)));
  });
}

/** The status code of the first close frame in a stream of unmasked server frames. */
function closeCode(bytes: Buffer): number | undefined {
  let at = 0;
  while (at + 2 <= bytes.length) {
    const opcode = (bytes[at] as number) & 0x0f;
    let length = (bytes[at + 1] as number) & 0x7f;
    let start = at + 2;
    if (length === 126) {
      length = bytes.readUInt16BE(start);
      start += 2;
    } else if (length === 127) {
      length = Number(bytes.readBigUInt64BE(start));
      start += 8;
    }
    if (opcode === OPCODE.close) return length >= 2 ? bytes.readUInt16BE(start) : undefined;
    at = start + length;
  }
  return undefined;
}
