import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSynth } from '../../../src/cli/synth/run-synth';
import { decodePose, poseToFrames } from '../../../src/shared/pose-format';
import { decodeFloat16 } from '../../../src/shared/synth/float16';
import { CORPUS_FRAME_VALUES, CORPUS_PARTS, CORPUS_POINTS } from '../../../src/shared/synth/points';
import { allProfiles } from '../../../src/shared/synth/profiles';
import { makeSkeleton } from '../../../src/shared/motion/skeleton';
import { distance3 } from '../../../src/shared/motion/math';
import { VALUES_PER_POINT } from '../../../src/shared/landmarks/layout';
import { ROOT } from '../../helpers/shared';
import { folderHashes, readRecords } from './helpers';

const N = 72;
const SHARD = 16;
const SEED = 42;
const CLI = path.join(ROOT, 'dist', 'node', 'cli.mjs');
let tmp: string;
let one: string;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-synth-'));
  one = path.join(tmp, 'one');
  await runSynth({
    pack: 'ase',
    outDir: one,
    utterances: N,
    seed: SEED,
    workers: 1,
    writePose: true,
    shardSize: SHARD,
  });
}, 300_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const synthArgs = (out: string, workers: number): string[] => [
  CLI,
  'synth',
  '--pack',
  'ase',
  '--out',
  out,
  '--utterances',
  String(N),
  '--seed',
  String(SEED),
  '--workers',
  String(workers),
  '--shard-size',
  String(SHARD),
  '--json',
];

describe('cli synth', () => {
  it('writes the same bytes with 1 and 2 worker threads', () => {
    const two = path.join(tmp, 'two');
    const r = spawnSync(process.execPath, synthArgs(two, 2), { encoding: 'utf8' });
    expect(r.stderr).toContain('synth');
    expect(r.status, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout) as { stats: { utterances: number } };
    expect(summary.stats.utterances).toBe(N);
    expect(folderHashes(two)).toEqual(folderHashes(one));
  });

  it('resumes after a killed run without duplicates or torn shards', async () => {
    const dir = path.join(tmp, 'killed');
    const child = spawn(process.execPath, synthArgs(dir, 2), { stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    // Kill it as soon as the first shard is complete, mid-way through the others.
    const shards = path.join(dir, 'shards');
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline && child.exitCode === null) {
      if (fs.existsSync(shards) && fs.readdirSync(shards).some((f) => f.endsWith('.jsonl'))) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    await exited;
    expect(fs.existsSync(path.join(dir, 'corpus.jsonl'))).toBe(false);
    const r = spawnSync(process.execPath, synthArgs(dir, 2), { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout) as { resumedShards: number };
    expect(summary.resumedShards).toBeGreaterThan(0);
    expect(folderHashes(dir)).toEqual(folderHashes(one));
  }, 300_000);

  it('keeps splits apart: held-out signers, held-out sentences, pairs, unique seeds', () => {
    const rs = readRecords(one);
    expect(rs.length).toBe(N);
    expect(new Set(rs.map((r) => r.id)).size).toBe(N);
    expect(new Set(rs.map((r) => r.seed)).size).toBe(N);
    const heldOut = new Set(
      allProfiles(SEED)
        .filter((p) => p.heldOut)
        .map((p) => p.id),
    );
    for (const r of rs)
      expect(heldOut.has(r.profile), `${r.id} ${r.split} ${r.profile}`).toBe(
        r.split === 'test-unseen-signer',
      );
    const train = new Set(
      rs.filter((r) => r.split === 'train').map((r) => r.glosses.map((g) => g.gloss).join(' ')),
    );
    for (const r of rs.filter((x) => x.split === 'test-unseen-sentence'))
      expect(train.has(r.glosses.map((g) => g.gloss).join(' '))).toBe(false);
    const pairs = rs.filter((r) => r.split === 'test-nmm-pairs');
    expect(pairs.length).toBeGreaterThan(0);
    for (const r of pairs) {
      const other = rs.find((x) => x.id === r.pair)!;
      expect(other.pair).toBe(r.id);
      expect(other.glosses.map((g) => g.gloss)).toEqual(r.glosses.map((g) => g.gloss));
      expect(other.english[0]).not.toBe(r.english[0]);
      expect(JSON.stringify(other.nonManual.map((s) => s.type))).not.toBe(
        JSON.stringify(r.nonManual.map((s) => s.type)),
      );
    }
  });

  it('.pose files read back to the shard values; landmarks are valid', () => {
    const rs = readRecords(one);
    const profiles = new Map(allProfiles(SEED).map((p) => [p.id, p]));
    const pairsOfSizes: [number, number][] = [];
    for (const r of rs) {
      const frames = poseToFrames(
        decodePose(new Uint8Array(fs.readFileSync(path.join(one, 'pose', `${r.id}.pose`)))),
      );
      expect(frames.length).toBe(r.frames);
      const shard = fs.readFileSync(
        path.join(one, 'shards', `shard-${String(r.shard).padStart(5, '0')}.f16`),
      );
      const bits = new Uint16Array(
        shard.buffer,
        shard.byteOffset + r.offset * CORPUS_FRAME_VALUES * 2,
        r.frames * CORPUS_FRAME_VALUES,
      );
      const values = decodeFloat16(bits);
      let hands = 0;
      // Plain comparisons, one expect per utterance: an expect per value took over a minute.
      const differ: string[] = [];
      for (let f = 0; f < r.frames; f++) {
        for (let p = 0; p < CORPUS_POINTS.length; p++) {
          for (let v = 0; v < 3; v++) {
            const a = frames[f]![CORPUS_POINTS[p]! * VALUES_PER_POINT + v]!;
            const b = values[f * CORPUS_FRAME_VALUES + p * 3 + v]!;
            const same = Number.isNaN(a)
              ? Number.isNaN(b)
              : Math.abs(a - b) <= Math.max(1e-3, Math.abs(a) * 1e-3);
            if (!same) differ.push(`frame ${f} point ${p} axis ${v}: .pose ${a}, shard ${b}`);
          }
        }
        // MediaPipe keeps a hand only while it is mostly in the image: its wrist and at least
        // half its points inside (it does extrapolate the rest of a partly visible hand).
        for (const part of [CORPUS_PARTS.leftHand, CORPUS_PARTS.rightHand]) {
          const at = (p: number, v: number): number =>
            values[f * CORPUS_FRAME_VALUES + (part.start + p) * 3 + v]!;
          if (Number.isNaN(at(0, 0))) continue;
          hands++;
          const inside = (p: number): boolean =>
            at(p, 0) >= 0 && at(p, 0) <= 1 && at(p, 1) >= 0 && at(p, 1) <= 1;
          expect(inside(0), `${r.id} frame ${f}: wrist outside the image`).toBe(true);
          let n = 0;
          for (let p = 0; p < part.points; p++) if (inside(p)) n++;
          expect(n, `${r.id} frame ${f}`).toBeGreaterThanOrEqual(part.points / 2);
        }
      }
      expect(differ.slice(0, 3), `${r.id}: ${differ.length} values differ`).toEqual([]);
      expect(hands).toBeGreaterThan(0);
      // Hand size against shoulder width is the profile's (frontal shots: yaw and pitch foreshorten).
      if (Math.abs(r.camera.yawDeg) < 12 && Math.abs(r.camera.pitchDeg) < 8) {
        const sk = makeSkeleton(profiles.get(r.profile)!.proportions);
        const side = r.dominant;
        const expected =
          distance3(sk.bones[`${side}MiddleProximal`], sk.bones[`${side}Hand`]) /
          distance3(sk.bones.leftUpperArm, sk.bones.rightUpperArm);
        const aspect = r.width / r.height;
        const v = (f: number, p: number, k: number): number =>
          values[f * CORPUS_FRAME_VALUES + p * 3 + k]! * (k === 1 ? 1 : aspect);
        const hand = side === 'left' ? CORPUS_PARTS.leftHand.start : CORPUS_PARTS.rightHand.start;
        const ratios: number[] = [];
        for (let f = 0; f < r.frames; f++) {
          const len = Math.hypot(
            v(f, hand + 9, 0) - v(f, hand, 0),
            v(f, hand + 9, 1) - v(f, hand, 1),
            v(f, hand + 9, 2) - v(f, hand, 2),
          );
          const sw = Math.hypot(v(f, 11, 0) - v(f, 12, 0), v(f, 11, 1) - v(f, 12, 1));
          if (Number.isFinite(len / sw)) ratios.push(len / sw);
        }
        if (ratios.length > 0) {
          ratios.sort((a, b) => a - b);
          pairsOfSizes.push([ratios[Math.floor(ratios.length / 2)]!, expected]);
        }
      }
      expect(profiles.has(r.profile)).toBe(true);
      expect(r.glosses.every((g) => g.end >= g.start && g.end <= r.frames)).toBe(true);
    }
    // Hand size follows the profile: measured (hand/shoulders in the image) against the skeleton's,
    // strongly correlated; the image shows hands a little larger (they are nearer the camera).
    expect(pairsOfSizes.length).toBeGreaterThan(8);
    const ratio = pairsOfSizes.map(([m, e]) => m / e);
    const mean = ratio.reduce((a, b) => a + b, 0) / ratio.length;
    expect(mean).toBeGreaterThan(0.95);
    expect(mean).toBeLessThan(1.35);
    expect(pearson(pairsOfSizes)).toBeGreaterThan(0.6);
  });
});

function pearson(xy: readonly [number, number][]): number {
  const n = xy.length;
  const mx = xy.reduce((a, [x]) => a + x, 0) / n;
  const my = xy.reduce((a, [, y]) => a + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const [x, y] of xy) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}
