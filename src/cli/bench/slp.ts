/**
 * `bench -- slp`: a 10-sign utterance → motion clip (the motion engine's built-in sample, on the
 * default avatar's skeleton), wall and CPU time; and the per-frame avatar update in Node
 * (retarget + vrm.update, three-vrm) on the default avatar.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readMotionSkeleton } from '../../shared/avatar';
import { benchSynthesize } from '../../shared/motion/bench';
// The one sanctioned cli → renderer edge: this bench times the renderer's own avatar update code
// (three-vrm, no DOM) in Node, so it must run that code, not a copy or the built page.
// eslint-disable-next-line local/layers
import { benchAvatarUpdate } from '../../renderer/avatar/bench';
import { defaultAvatarPath } from '../../main/slp/avatar-file';
import type { BenchResult } from './stats';

const cpuNow = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const r4 = (x: number): number => Number(x.toFixed(4));

export async function benchSlp(iterations: number): Promise<BenchResult> {
  const file = defaultAvatarPath();
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run setup`);
  const bytes = fs.readFileSync(file);
  const skeleton = readMotionSkeleton(bytes, path.basename(file));
  const runs = Math.max(10, Math.min(iterations, 200));
  const wall = benchSynthesize({ now: () => performance.now(), runs, skeleton });
  const cpu = benchSynthesize({ now: cpuNow, runs, skeleton });
  const ab = bytes.buffer.slice(
    bytes.byteOffset,
    bytes.byteOffset + bytes.byteLength,
  ) as ArrayBuffer;
  const avatar = await benchAvatarUpdate(
    ab,
    path.basename(file),
    Math.max(300, Math.min(iterations, 3000)),
  );
  return {
    name: 'slp',
    metrics: {
      utterance_signs: wall.signs,
      utterance_frames: wall.frames,
      utterance_seconds: r4(wall.seconds),
      signs_per_second: r4(wall.signsPerSecond),
      synthesize_p50_ms: r4(wall.p50),
      synthesize_p95_ms: r4(wall.p95),
      synthesize_cpu_p50_ms: r4(cpu.p50),
      synthesize_cpu_p95_ms: r4(cpu.p95),
      synthesize_runs: wall.runs,
      avatar_update_p50_ms: r4(avatar.p50Ms),
      avatar_update_p95_ms: r4(avatar.p95Ms),
      avatar_update_max_ms: r4(avatar.maxMs),
      avatar_update_frames: avatar.frames,
      avatar: avatar.avatar,
    },
  };
}
