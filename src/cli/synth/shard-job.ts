import path from 'node:path';
import { writeFileAtomic } from '../../node/fs/atomic-write';
import { encodePose, framesToPose } from '../../shared/pose-format';
import { encodeFloat16 } from '../../shared/synth/float16';
import type { PlannedUtterance } from '../../shared/synth/plan';
import { CORPUS_FACE_POINTS, CORPUS_FRAME_VALUES, corpusFrame } from '../../shared/synth/points';
import type { SignerProfile } from '../../shared/synth/profiles';
import { corpusRecord } from '../../shared/synth/record';
import type { UtteranceRenderer } from '../../shared/synth/render';
import { mixSeed } from '../../shared/synth/rng';
import { shardPaths } from './layout';

export interface ShardJob {
  readonly shard: number;
  readonly entries: readonly PlannedUtterance[];
}

export interface ShardResult {
  readonly shard: number;
  readonly utterances: number;
  readonly frames: number;
}

/**
 * Renders one shard and writes it: every .pose file, then the float16 landmarks, then the
 * records; each atomically, the records last, so a shard whose .jsonl exists is whole.
 */
export function runShard(
  job: ShardJob,
  ctx: {
    readonly outDir: string;
    readonly seed: number;
    readonly profiles: readonly SignerProfile[];
    readonly renderer: UtteranceRenderer;
    readonly writePose: boolean;
  },
  onUtterance: () => void = () => undefined,
): ShardResult {
  const chunks: Uint16Array[] = [];
  const lines: string[] = [];
  let offset = 0;
  for (const plan of job.entries) {
    const profile = ctx.profiles[plan.profile]!;
    const seed = mixSeed(ctx.seed, plan.index);
    const r = ctx.renderer.render({
      glosses: plan.sentence.glosses,
      nonManual: plan.sentence.nonManual,
      profile,
      seed: ctx.seed,
      index: plan.index,
    });
    if (ctx.writePose) {
      const pose = framesToPose(r.frames, {
        fps: r.fps,
        width: r.camera.width,
        height: r.camera.height,
        facePoints: CORPUS_FACE_POINTS,
      });
      writeFileAtomic(path.join(ctx.outDir, 'pose', `${plan.id}.pose`), encodePose(pose));
    }
    const values = new Float32Array(r.frames.length * CORPUS_FRAME_VALUES);
    r.frames.forEach((f, i) => corpusFrame(f, values, i * CORPUS_FRAME_VALUES));
    chunks.push(encodeFloat16(values));
    lines.push(JSON.stringify(corpusRecord(plan, profile, r, { seed, shard: job.shard, offset })));
    offset += r.frames.length;
    onUtterance();
  }
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const all = new Uint16Array(total);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  const files = shardPaths(ctx.outDir, job.shard);
  writeFileAtomic(files.data, new Uint8Array(all.buffer, all.byteOffset, all.byteLength));
  writeFileAtomic(files.records, lines.map((l) => `${l}\n`).join(''));
  return { shard: job.shard, utterances: job.entries.length, frames: offset };
}
