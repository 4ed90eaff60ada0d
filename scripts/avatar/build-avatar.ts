/**
 * Builds models/avatars/signbridge-default.vrm, the default signing avatar (VRM 1.0), entirely
 * from code: the script is the source of truth and writes identical bytes on every run.
 *   npx tsx scripts/avatar/build-avatar.ts [--out <file>]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAvatar } from './avatar';
import { DEFAULT_AVATAR_FILE } from './paths';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function main(): void {
  const i = process.argv.indexOf('--out');
  const out = path.resolve(
    ROOT,
    i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : DEFAULT_AVATAR_FILE,
  );
  const started = performance.now();
  const { glb, triangles } = buildAvatar();
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, glb);
  const ms = Math.round(performance.now() - started);
  console.log(
    `avatar: wrote ${path.relative(ROOT, out)} (${(glb.byteLength / 1024).toFixed(0)} KiB, ${triangles} triangles, ${ms} ms)`,
  );
}

main();
