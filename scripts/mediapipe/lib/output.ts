import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../../../src/node/fs/atomic-write';

export interface WrittenFile {
  /** Path relative to the output folder, with forward slashes. */
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
  /** False when the file on disk already held these exact bytes. */
  readonly changed: boolean;
}

export function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Writes `data` to `outDir/rel` unless the file already holds these bytes, so re-running set-up
 * leaves unchanged files (and their mtimes) alone. Written with the project's atomic write (temporary
 * file, fsync, rename), so a reader or a crash never leaves half a model.
 */
export function writeIfChanged(outDir: string, rel: string, data: Uint8Array): WrittenFile {
  const file = path.join(outDir, ...rel.split('/'));
  const digest = sha256(data);
  const same =
    fs.existsSync(file) &&
    fs.statSync(file).size === data.length &&
    sha256(fs.readFileSync(file)) === digest;
  if (!same) writeFileAtomic(file, data);
  return { path: rel, bytes: data.length, sha256: digest, changed: !same };
}
