/**
 * The slice of the protobuf wire format ONNX files need: varints, length-delimited fields and
 * skipping. Enough to read a model's graph signature without opening a session, and to write
 * tiny test models without Python.
 */
import { decodeUtf8, encodeUtf8, findInvalidUtf8 } from '../util/utf8';

export const WIRE = { VARINT: 0, I64: 1, LEN: 2, I32: 5 } as const;

export class ProtoError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} at byte ${offset}`);
    this.name = 'ProtoError';
  }
}

export class ProtoReader {
  pos: number;
  constructor(
    readonly buf: Uint8Array,
    start = 0,
    readonly end = buf.length,
  ) {
    this.pos = start;
  }

  get done(): boolean {
    return this.pos >= this.end;
  }

  varint(): number {
    return Number(this.varintBig());
  }

  /** The full 64-bit varint: doubles cannot hold the two's-complement form of negative int64. */
  varintBig(): bigint {
    let result = 0n;
    let shift = 0n;
    for (;;) {
      if (this.pos >= this.end) throw new ProtoError('truncated varint', this.pos);
      const b = this.buf[this.pos++] as number;
      result |= BigInt(b & 0x7f) << shift;
      if ((b & 0x80) === 0) return result;
      shift += 7n;
      if (shift > 63n) throw new ProtoError('varint longer than 10 bytes', this.pos);
    }
  }

  /** Signed int64 varint (two's complement): -1 is ten bytes of 0xff. */
  int64(): number {
    return Number(BigInt.asIntN(64, this.varintBig()));
  }

  tag(): { field: number; wire: number } {
    const t = this.varint();
    return { field: Math.floor(t / 8), wire: t % 8 };
  }

  /** A length-delimited field: returns a reader bounded to its bytes and advances past it. */
  sub(): ProtoReader {
    const len = this.varint();
    const start = this.pos;
    if (start + len > this.end)
      throw new ProtoError(`field of ${len} bytes runs past the end (${this.end})`, start);
    this.pos += len;
    return new ProtoReader(this.buf, start, start + len);
  }

  bytes(): Uint8Array {
    const r = this.sub();
    return this.buf.subarray(r.pos, r.end);
  }

  /** Protobuf strings are UTF-8 by definition: bad bytes are a damaged file, not text. */
  string(): string {
    const bytes = this.bytes();
    const fault = findInvalidUtf8(bytes);
    if (fault !== undefined)
      throw new ProtoError(
        'string field is not valid UTF-8 (protobuf strings must be)',
        bytes.byteOffset - this.buf.byteOffset + fault.byteOffset,
      );
    return decodeUtf8(bytes, 'protobuf string field');
  }

  skip(wire: number): void {
    switch (wire) {
      case WIRE.VARINT:
        this.varint();
        return;
      case WIRE.I64:
        this.pos += 8;
        break;
      case WIRE.LEN:
        this.sub();
        return;
      case WIRE.I32:
        this.pos += 4;
        break;
      default:
        throw new ProtoError(`unsupported wire type ${wire}`, this.pos);
    }
    if (this.pos > this.end) throw new ProtoError('truncated fixed-width field', this.pos);
  }
}

export class ProtoWriter {
  private chunks: number[] = [];

  private raw(b: number): void {
    this.chunks.push(b);
  }

  varint(v: number): this {
    // int64 two's complement for negatives, exactly, via BigInt.
    let x = BigInt.asUintN(64, BigInt(v));
    while (x >= 0x80n) {
      this.raw(Number(x & 0x7fn) | 0x80);
      x >>= 7n;
    }
    this.raw(Number(x));
    return this;
  }

  tag(field: number, wire: number): this {
    return this.varint(field * 8 + wire);
  }

  int(field: number, v: number): this {
    return this.tag(field, WIRE.VARINT).varint(v);
  }

  bytes(field: number, b: Uint8Array): this {
    this.tag(field, WIRE.LEN).varint(b.length);
    for (const x of b) this.raw(x);
    return this;
  }

  string(field: number, s: string): this {
    return this.bytes(field, encodeUtf8(s, `protobuf string field ${field}`));
  }

  message(field: number, w: ProtoWriter): this {
    return this.bytes(field, w.finish());
  }

  float(field: number, v: number): this {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setFloat32(0, v, true);
    this.tag(field, WIRE.I32);
    for (const x of b) this.raw(x);
    return this;
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.chunks);
  }
}
