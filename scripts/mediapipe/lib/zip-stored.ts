import { crc32 } from 'node:zlib';
import { ByteWriter } from './byte-writer';

/**
 * A reproducible zip of stored (uncompressed) entries: what MediaPipe's `.task` loader expects.
 * Every entry gets the same DOS timestamp and no host-specific attributes, so the same inputs
 * give the same bytes; each entry's data is aligned (padding in the local extra field, as
 * Android's zipalign does) so the models can be used in place.
 */
export interface ZipEntry {
  readonly name: string;
  readonly data: Uint8Array;
}

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY_SIGNATURE = 0x06054b50;
const LOCAL_HEADER_BYTES = 30;
/** Version 1.0: stored entries need nothing newer. */
const VERSION_NEEDED = 10;
const METHOD_STORED = 0;
/** 1980-01-01 00:00:00, the DOS epoch: a fixed time keeps the output reproducible. */
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;
/** Extra-field id used by zipalign for alignment padding. */
const ALIGNMENT_EXTRA_ID = 0xd935;
const ALIGNMENT_EXTRA_MIN_BYTES = 6;
export const ZIP_DATA_ALIGNMENT = 64;
const MAX_ZIP32 = 0xffffffff;

export function writeStoredZip(entries: readonly ZipEntry[]): Uint8Array {
  const w = new ByteWriter();
  const central: { entry: ZipEntry; name: Uint8Array; crc: number; offset: number }[] = [];
  for (const entry of entries) {
    if (entry.data.length >= MAX_ZIP32) {
      throw new RangeError(
        `zip entry ${entry.name} is ${entry.data.length} bytes; zip64 is not supported`,
      );
    }
    const name = new TextEncoder().encode(entry.name);
    const crc = crc32(entry.data);
    const offset = w.position;
    const unpadded = offset + LOCAL_HEADER_BYTES + name.length + ALIGNMENT_EXTRA_MIN_BYTES;
    const extraBytes =
      ALIGNMENT_EXTRA_MIN_BYTES +
      ((ZIP_DATA_ALIGNMENT - (unpadded % ZIP_DATA_ALIGNMENT)) % ZIP_DATA_ALIGNMENT);
    w.u32(LOCAL_HEADER_SIGNATURE);
    w.u16(VERSION_NEEDED);
    w.u16(0); // flags
    w.u16(METHOD_STORED);
    w.u16(DOS_TIME);
    w.u16(DOS_DATE);
    w.u32(crc);
    w.u32(entry.data.length);
    w.u32(entry.data.length);
    w.u16(name.length);
    w.u16(extraBytes);
    w.raw(name);
    w.u16(ALIGNMENT_EXTRA_ID);
    w.u16(extraBytes - 4);
    w.u16(ZIP_DATA_ALIGNMENT);
    for (let i = ALIGNMENT_EXTRA_MIN_BYTES; i < extraBytes; i++) w.u8(0);
    w.raw(entry.data);
    central.push({ entry, name, crc, offset });
  }
  const centralStart = w.position;
  for (const { entry, name, crc, offset } of central) {
    w.u32(CENTRAL_HEADER_SIGNATURE);
    w.u16(VERSION_NEEDED); // version made by: MS-DOS, 1.0
    w.u16(VERSION_NEEDED);
    w.u16(0);
    w.u16(METHOD_STORED);
    w.u16(DOS_TIME);
    w.u16(DOS_DATE);
    w.u32(crc);
    w.u32(entry.data.length);
    w.u32(entry.data.length);
    w.u16(name.length);
    w.u16(0); // extra
    w.u16(0); // comment
    w.u16(0); // disk
    w.u16(0); // internal attributes
    w.u32(0); // external attributes
    w.u32(offset);
    w.raw(name);
  }
  const centralBytes = w.position - centralStart;
  w.u32(END_OF_CENTRAL_DIRECTORY_SIGNATURE);
  w.u16(0);
  w.u16(0);
  w.u16(central.length);
  w.u16(central.length);
  w.u32(centralBytes);
  w.u32(centralStart);
  w.u16(0);
  if (w.position >= MAX_ZIP32)
    throw new RangeError(`zip is ${w.position} bytes; zip64 is not supported`);
  return w.finish();
}
