/**
 * Reads every `.pose` file under a folder (default: ../shared beside the repository) with the
 * project's reader and prints one row per file: version, frames, fps, people, frames in which
 * each part was detected, and the header's components as name:points. Exits 1 if any file fails.
 *
 *   npx tsx scripts/pose-inventory.ts [dir]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ComponentName } from '../src/shared/landmarks/layout';
import { decodePose, poseVersion, summarizePose } from '../src/shared/pose-format';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Column order of the detection counts, as the landmarks CLI prints its components. */
const PARTS: readonly ComponentName[] = ['pose', 'face', 'leftHand', 'rightHand'];
const dir = path.resolve(process.argv[2] ?? path.join(ROOT, '..', 'shared'));

function poseFiles(folder: string): string[] {
  return fs
    .readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.pose'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

if (!fs.existsSync(dir)) {
  console.error(
    `pose-inventory: ${dir} does not exist; pass the folder to scan as the first argument`,
  );
  process.exit(2);
}

const files = poseFiles(dir);
const header = [
  'file',
  'version',
  'frames',
  'fps',
  'people',
  'detected pose/face/lH/rH',
  'components (name:points)',
];
const rows: string[][] = [];
const failures: string[] = [];
let frames = 0;
for (const file of files) {
  const name = path.relative(dir, file);
  try {
    const pose = decodePose(new Uint8Array(fs.readFileSync(file)));
    const summary = summarizePose(pose);
    frames += summary.frames;
    rows.push([
      name,
      poseVersion(pose.header.version) ?? String(pose.header.version),
      String(summary.frames),
      String(Math.round(summary.fps * 1000) / 1000),
      String(pose.body.people),
      PARTS.map((c) => summary.components[c].framesDetected).join('/'),
      pose.header.components.map((c) => `${c.name}:${c.points.length}`).join(' '),
    ]);
  } catch (e) {
    failures.push(`${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]): string =>
  cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ');
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of rows) console.log(line(row));
console.log(`\n${rows.length} of ${files.length} files read under ${dir}, ${frames} frames in all`);
for (const f of failures) console.error(`FAILED ${f}`);
process.exit(failures.length > 0 || files.length === 0 ? 1 : 0);
