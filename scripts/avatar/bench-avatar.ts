/**
 * Per-frame avatar update benchmark in Node (retarget + vrm.update), JSON on stdout:
 *   npx tsx scripts/avatar/bench-avatar.ts [--vrm <file>] [--frames <n>]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchAvatarUpdate, type AvatarBenchResult } from '../../src/renderer/avatar/bench';
import { DEFAULT_AVATAR_FILE } from './paths';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Benchmarks a VRM file (default: the built default avatar). */
export async function benchAvatarFile(
  file = path.join(ROOT, DEFAULT_AVATAR_FILE),
  frames?: number,
): Promise<AvatarBenchResult> {
  if (!fs.existsSync(file)) {
    throw new Error(
      `bench: ${file} not found; build it with npx tsx scripts/avatar/build-avatar.ts`,
    );
  }
  const b = fs.readFileSync(file);
  return benchAvatarUpdate(
    b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength),
    path.basename(file),
    frames,
  );
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const vrm = arg('--vrm');
  const frames = arg('--frames');
  const result = await benchAvatarFile(
    vrm ? path.resolve(vrm) : undefined,
    frames ? Number(frames) : undefined,
  );
  console.log(JSON.stringify(result));
}
