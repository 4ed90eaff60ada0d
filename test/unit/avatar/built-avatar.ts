import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildAvatar } from '../../../scripts/avatar/avatar';
import { ROOT } from '../../helpers/shared';

/** Sources the avatar is built from: a change to any of them means a new avatar. */
const SOURCES = ['scripts/avatar', 'src/shared/avatar', 'src/shared/motion/rig'];

function sourceHash(): string {
  const hash = crypto.createHash('sha256');
  const walk = (dir: string): void => {
    for (const entry of fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith('.ts'))
        hash.update(path.relative(ROOT, p)).update(fs.readFileSync(p));
    }
  };
  for (const s of SOURCES) walk(path.join(ROOT, s));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The default avatar built from the current sources, in-process. Building takes seconds, so
 * test files share one build through a temp file keyed by a hash of the sources.
 */
export function builtAvatar(): Uint8Array {
  const file = path.join(os.tmpdir(), `signbridge-avatar-test-${sourceHash()}.vrm`);
  if (fs.existsSync(file)) return new Uint8Array(fs.readFileSync(file));
  const { glb } = buildAvatar();
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, glb);
  fs.renameSync(tmp, file);
  return glb;
}

/** An exact ArrayBuffer copy (three's loader wants an ArrayBuffer, not a view). */
export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
