/**
 * The slice of the protobuf wire format ONNX files need: varints, length-delimited fields and
 * skipping. Enough to read a model's graph signature without opening a session, and to write
 * tiny test models without Python.
 */
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

  string(): string {
    return utf8Decode(this.bytes());
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
    return this.bytes(field, utf8Encode(s));
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

export function utf8Encode(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else
      out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

export function utf8Decode(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length;) {
    const c = b[i++] as number;
    let cp: number;
    if (c < 0x80) cp = c;
    else if (c < 0xe0) cp = ((c & 31) << 6) | ((b[i++] as number) & 63);
    else if (c < 0xf0)
      cp = ((c & 15) << 12) | (((b[i++] as number) & 63) << 6) | ((b[i++] as number) & 63);
    else
      cp =
        ((c & 7) << 18) |
        (((b[i++] as number) & 63) << 12) |
        (((b[i++] as number) & 63) << 6) |
        ((b[i++] as number) & 63);
    s += String.fromCodePoint(cp);
  }
  return s;
}
