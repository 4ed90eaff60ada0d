import { PoseFormatError } from './errors';
import { findInvalidUtf8, decodeUtf8 } from '../util/utf8';

/** True on little-endian hosts (all current ones), where float32 blocks are copied as bytes. */
export const LITTLE_ENDIAN_HOST = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Bounds-checked little-endian reads. Every read names what it is reading, so a short file
 * fails with e.g. "truncated body at byte 1234: expected 4 bytes for frame count, 2 left".
 */
export class ByteReader {
  offset = 0;
  private readonly view: DataView;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get remaining(): number {
    return this.bytes.byteLength - this.offset;
  }

  /** Throws unless `count` more bytes are present. */
  need(count: number, section: string, what: string): void {
    if (count > this.remaining) {
      throw new PoseFormatError(
        `truncated ${section} at byte ${this.offset}: expected ${count} bytes for ${what}, ${this.remaining} left`,
        this.offset,
        `${count} bytes for ${what}`,
      );
    }
  }

  /** Fails at the current offset with what was expected there. */
  fail(section: string, expected: string, found: string): never {
    throw new PoseFormatError(
      `invalid ${section} at byte ${this.offset}: expected ${expected}, found ${found}`,
      this.offset,
      expected,
    );
  }

  u16(section: string, what: string): number {
    this.need(2, section, what);
    const v = this.view.getUint16(this.offset, true);
    this.offset += 2;
    return v;
  }

  i16(section: string, what: string): number {
    this.need(2, section, what);
    const v = this.view.getInt16(this.offset, true);
    this.offset += 2;
    return v;
  }

  u32(section: string, what: string): number {
    this.need(4, section, what);
    const v = this.view.getUint32(this.offset, true);
    this.offset += 4;
    return v;
  }

  f32(section: string, what: string): number {
    this.need(4, section, what);
    const v = this.view.getFloat32(this.offset, true);
    this.offset += 4;
    return v;
  }

  /** A uint16 byte length followed by that many bytes of UTF-8. */
  str(section: string, what: string): string {
    const length = this.u16(section, `length of ${what}`);
    this.need(length, section, what);
    const slice = this.bytes.subarray(this.offset, this.offset + length);
    const fault = findInvalidUtf8(slice);
    if (fault !== undefined)
      this.fail(
        section,
        `${length} bytes of UTF-8 for ${what}`,
        `malformed UTF-8 at byte ${this.offset + fault.byteOffset}`,
      );
    const text = decodeUtf8(slice, what);
    this.offset += length;
    return text;
  }

  /** `count` float32 values copied bit for bit (NaN payloads included) into `out` at `at`. */
  f32s(out: Float32Array, at: number, count: number, section: string, what: string): void {
    this.need(count * 4, section, what);
    if (LITTLE_ENDIAN_HOST) {
      new Uint8Array(out.buffer, out.byteOffset + at * 4, count * 4).set(
        this.bytes.subarray(this.offset, this.offset + count * 4),
      );
    } else {
      for (let i = 0; i < count; i++) out[at + i] = this.view.getFloat32(this.offset + i * 4, true);
    }
    this.offset += count * 4;
  }
}
