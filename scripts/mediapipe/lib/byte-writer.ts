/** A growable little-endian byte sink with absolute positions, for hand-laid FlatBuffer objects. */
export class ByteWriter {
  private bytes = new Uint8Array(1024);
  private view = new DataView(this.bytes.buffer);
  private length = 0;

  get position(): number {
    return this.length;
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    let size = this.bytes.length;
    while (size < this.length + extra) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
    this.view = new DataView(grown.buffer);
  }

  /** Zero bytes until the position is a multiple of `alignment` (plus `offset`). */
  align(alignment: number, offset = 0): void {
    const pad = (alignment - ((this.length + offset) % alignment)) % alignment;
    this.reserve(pad);
    this.length += pad;
  }

  u8(value: number): number {
    this.reserve(1);
    this.view.setUint8(this.length, value);
    return this.length++;
  }

  u16(value: number): number {
    this.reserve(2);
    this.view.setUint16(this.length, value, true);
    this.length += 2;
    return this.length - 2;
  }

  u32(value: number): number {
    this.reserve(4);
    this.view.setUint32(this.length, value >>> 0, true);
    this.length += 4;
    return this.length - 4;
  }

  i32(value: number): number {
    this.reserve(4);
    this.view.setInt32(this.length, value, true);
    this.length += 4;
    return this.length - 4;
  }

  raw(data: Uint8Array): number {
    this.reserve(data.length);
    this.bytes.set(data, this.length);
    this.length += data.length;
    return this.length - data.length;
  }

  /** Overwrites a u32 written earlier (forward references). */
  patchU32(at: number, value: number): void {
    this.view.setUint32(at, value >>> 0, true);
  }

  /** Overwrites an i32 written earlier (vtable soffsets). */
  patchI32(at: number, value: number): void {
    this.view.setInt32(at, value, true);
  }

  /** Overwrites a u16 written earlier (vtable entries). */
  patchU16(at: number, value: number): void {
    this.view.setUint16(at, value, true);
  }

  finish(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}
