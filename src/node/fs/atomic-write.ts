/**
 * The one write path for the user's data: a whole file replaced atomically (settings, exports)
 * or a whole record appended (the transcript). Either every byte is on disk and fsynced, or the
 * call throws and the file is as it was before.
 */
import fs from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/** The fs calls a write goes through: a seam so tests can inject a full disk (ENOSPC). */
export interface WriteIo {
  /** Writes bytes[offset, offset + length) (at the end for an append fd); returns bytes written. */
  write(fd: number, bytes: Uint8Array, offset: number, length: number): number;
  fsync(fd: number): void;
  truncate(fd: number, length: number): void;
  size(fd: number): number;
}

export const nodeIo: WriteIo = {
  write: (fd, bytes, offset, length) => fs.writeSync(fd, bytes, offset, length),
  fsync: (fd) => fs.fsyncSync(fd),
  truncate: (fd, length) => fs.ftruncateSync(fd, length),
  size: (fd) => fs.fstatSync(fd).size,
};

/** Writes every byte: writeSync may write fewer than asked (a nearly full disk). */
export function writeAll(fd: number, bytes: Uint8Array, io: WriteIo = nodeIo): void {
  let done = 0;
  while (done < bytes.byteLength) {
    const n = io.write(fd, bytes, done, bytes.byteLength - done);
    if (n <= 0)
      throw new Error(
        `write to fd ${fd} made no progress at byte ${done} of ${bytes.byteLength}: expected at least 1 byte written`,
      );
    done += n;
  }
}

/**
 * Appends one record whole or not at all: written in full and fsynced before it returns. On any
 * failure the file is cut back to its previous length, so nothing partial is left for the next
 * record to be glued onto; the original error is rethrown. If even that cut fails, the caller
 * must reopen the file and repair its tail before appending again.
 */
export function appendWhole(fd: number, bytes: Uint8Array, io: WriteIo = nodeIo): void {
  const before = io.size(fd);
  try {
    writeAll(fd, bytes, io);
    io.fsync(fd);
  } catch (e) {
    try {
      io.truncate(fd, before);
      io.fsync(fd);
    } catch {
      // The write error says why; the caller repairs the tail when it reopens the file.
    }
    throw e;
  }
}

let counter = 0;

/**
 * Writes a file so a crash leaves either the old or the new content, never half of it: a
 * temporary file beside it (unique per process, thread and call), every byte written, fsynced,
 * then renamed over the target. A failure at any step removes the temporary file.
 */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}-${threadId}-${counter++}.tmp`;
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const fd = fs.openSync(tmp, 'w');
  try {
    try {
      writeAll(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** `file` if nothing has that name, else `file.2`, `file.3`, ...: a kept copy never replaces one. */
export function unusedPath(file: string): string {
  let candidate = file;
  for (let n = 2; fs.existsSync(candidate); n++) candidate = `${file}.${n}`;
  return candidate;
}
