/**
 * A disk that fills up: a small tmpfs where the system lets us mount one (root on Linux, as in
 * CI), otherwise the store's write seam reporting ENOSPC after a byte budget.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { WriteIo } from '../../../src/node/fs/atomic-write';

/** Size of the tmpfs, bytes: room for the host's files and a few pages of transcript. */
const TMPFS_BYTES = 512 * 1024;

export interface SmallDisk {
  readonly dir: string;
  /** Fills the disk to its last byte with a filler file. */
  fill(): void;
  /** Removes the filler: room again. */
  free(): void;
  dispose(): void;
}

/** A real small filesystem, or undefined when mounting is not allowed here. */
export function mountSmallDisk(): SmallDisk | undefined {
  // SB_NO_MOUNT=1 takes the injected path where a mount would work (to check that path too).
  if (process.platform !== 'linux' || process.env['SB_NO_MOUNT'] === '1') return undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-full-'));
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${TMPFS_BYTES}`, 'tmpfs', dir], {
    stdio: 'ignore',
  });
  if (r.status !== 0) {
    fs.rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
  const filler = path.join(dir, 'filler');
  return {
    dir,
    fill() {
      const fd = fs.openSync(filler, 'a');
      try {
        // Big chunks, then smaller ones, until not one more byte fits.
        for (let chunk = 64 * 1024; chunk >= 1; chunk = Math.floor(chunk / 2)) {
          const buf = Buffer.alloc(chunk, 0x2e);
          for (;;) {
            try {
              if (fs.writeSync(fd, buf) < chunk) break;
            } catch {
              break;
            }
          }
        }
      } finally {
        fs.closeSync(fd);
      }
    },
    free() {
      fs.rmSync(filler, { force: true });
    },
    dispose() {
      spawnSync('umount', ['-l', dir], { stdio: 'ignore' });
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Node's fs, except that while `full` is set a write stores what fits of `room`, then ENOSPC. */
export function injectedFullDisk(): { io: WriteIo; fill(room: number): void; free(): void } {
  let room = Number.POSITIVE_INFINITY;
  const io: WriteIo = {
    write(fd, bytes, offset, length) {
      if (room <= 0)
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
          code: 'ENOSPC',
        });
      const n = fs.writeSync(fd, bytes, offset, Math.min(length, room));
      room -= n;
      return n;
    },
    fsync: (fd) => fs.fsyncSync(fd),
    truncate: (fd, length) => fs.ftruncateSync(fd, length),
    size: (fd) => fs.fstatSync(fd).size,
  };
  return {
    io,
    fill: (r) => (room = r),
    free: () => (room = Number.POSITIVE_INFINITY),
  };
}
