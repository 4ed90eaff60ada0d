/**
 * Where the whole records of a JSON-lines file end. A crash mid-write leaves a torn last line
 * with no newline; a record appended after it would be glued onto it and both lost on the next
 * read. The file is cut back to its whole records before anything is appended.
 */
import fs from 'node:fs';
import type { Logger } from '../../node/logger';
import { appendWhole, unusedPath, writeFileAtomic } from '../../node/fs/atomic-write';
import type { WriteIo } from '../../node/fs/atomic-write';

/** Torn bytes moved out of `x.jsonl` go to `x.jsonl.torn` (then `.torn.2`, ...). */
const TORN_SUFFIX = '.torn';

const NEWLINE = 0x0a;

export interface TailCheck {
  /** Bytes [0, keep) are whole records; bytes from `keep` on are torn and must be moved aside. */
  readonly keep: number;
  /** The file ends in a whole record that lacks only its newline: add one, drop nothing. */
  readonly needsNewline: boolean;
}

/**
 * `isRecord` says whether one line (without its newline) is a whole record. A non-empty tail
 * with no newline is torn unless it is a whole record; a last newline-terminated line that is
 * not a record (e.g. glued by an older version) is moved aside with it. Blank lines are kept.
 */
export function checkTail(bytes: Uint8Array, isRecord: (line: string) => boolean): TailCheck {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const afterLastNewline = buf.lastIndexOf(NEWLINE) + 1;
  if (afterLastNewline < buf.length) {
    const tail = buf.toString('utf8', afterLastNewline);
    if (isRecord(tail)) return { keep: buf.length, needsNewline: true };
  }
  if (afterLastNewline === 0) return { keep: 0, needsNewline: false };
  // A negative offset would search from the end: the first line starts at 0.
  const lineStart = afterLastNewline < 2 ? 0 : buf.lastIndexOf(NEWLINE, afterLastNewline - 2) + 1;
  const last = buf.toString('utf8', lineStart, afterLastNewline - 1);
  const keep = last.trim() === '' || isRecord(last) ? afterLastNewline : lineStart;
  return { keep, needsNewline: false };
}

/**
 * Before the first append to `file` (open as `fd` for appending): moves bytes after the last
 * whole record to a `.torn` file beside it, fsynced, then truncates and fsyncs the file.
 */
export function repairTornTail(
  fd: number,
  file: string,
  isRecord: (line: string) => boolean,
  io: WriteIo,
  logger: Logger,
): void {
  const bytes = fs.readFileSync(file);
  const { keep, needsNewline } = checkTail(bytes, isRecord);
  if (needsNewline) {
    appendWhole(fd, Buffer.from('\n'), io);
    logger.log('warn', `${file}: the last record had no newline; one was added`);
    return;
  }
  if (keep === bytes.length) return;
  // Kept before the cut, never over an earlier one: the bytes may hold an entry's words.
  const torn = unusedPath(`${file}${TORN_SUFFIX}`);
  writeFileAtomic(torn, bytes.subarray(keep));
  io.truncate(fd, keep);
  io.fsync(fd);
  logger.log(
    'warn',
    `${file}: ${bytes.length - keep} bytes after the last whole record (a write cut short by a ` +
      `crash) were moved to ${torn}; appending after byte ${keep}`,
  );
}
