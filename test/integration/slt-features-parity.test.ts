import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePose, poseToFrames } from '../../src/shared/pose-format';
import {
  FEATURE_DIM,
  FEATURE_NAMES,
  FEATURE_VERSION,
  sequenceFeatures,
} from '../../src/shared/slt/features';
import {
  CORPUS_FRAME_VALUES,
  CORPUS_POINT_COUNT,
  corpusFrame,
} from '../../src/shared/synth/points';
import { mulberry32 } from '../helpers/prng';
import { ROOT } from '../helpers/shared';
import { dropPart, randomDropouts } from '../unit/slt/features-frames';

/**
 * The SLT features computed by the runtime (TypeScript) and by training (numpy) must agree:
 * avatar frames from `cli slp`, with dropouts and stray NaNs, go through both, at most 1e-5 apart.
 */
const TOLERANCE = 1e-5;
const GLOSS = 'HELLO MY NAME fs-JOHN WHERE';

/** `.venv/bin/python` when the project has one, else Debian's Python (the one with numpy). */
const PYTHON =
  process.env.SIGNBRIDGE_TRAINING_PYTHON ??
  (fs.existsSync(path.join(ROOT, '.venv', 'bin', 'python'))
    ? path.join(ROOT, '.venv', 'bin', 'python')
    : '/usr/bin/python3');

function pythonMissing(): string {
  const r = spawnSync(PYTHON, ['-c', 'import numpy'], { encoding: 'utf8' });
  if (r.error) return `${PYTHON} not found (${r.error.message})`;
  return r.status === 0
    ? ''
    : `${PYTHON} cannot import numpy: ${r.stderr.trim().split('\n').at(-1) ?? ''}`;
}

function python(args: string[]): void {
  const r = spawnSync(PYTHON, ['-m', 'training.slt.features', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0)
    throw new Error(
      `${PYTHON} -m training.slt.features ${args.join(' ')} failed (${r.status}): ${r.stderr}`,
    );
}

const missing = pythonMissing();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-slt-features-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Corpus frames of the avatar signing GLOSS (the runtime path: .pose → Holistic frames → corpusFrame). */
function avatarFrames(): { frames: Float32Array; count: number } {
  const out = path.join(dir, 'avatar.pose');
  const r = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'dist', 'node', 'cli.mjs'),
      'slp',
      '--pack',
      'ase',
      '--gloss',
      GLOSS,
      '--out',
      out,
    ],
    { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
  );
  if (r.status !== 0) throw new Error(`cli slp failed (${r.status}): ${r.stderr}`);
  const holistic = poseToFrames(decodePose(new Uint8Array(fs.readFileSync(out))));
  const frames = new Float32Array(holistic.length * CORPUS_FRAME_VALUES);
  holistic.forEach((f, t) => corpusFrame(f, frames, t * CORPUS_FRAME_VALUES));
  return { frames, count: holistic.length };
}

/** Camera roll (a slow in-plane rotation about the image centre) and detector jitter, in place. */
function shake(frames: Float32Array, count: number, random: () => number): Float32Array {
  const JITTER = 0.002; // image units
  for (let t = 0; t < count; t++) {
    const angle = 0.15 * Math.sin(t / 10);
    const [c, s] = [Math.cos(angle), Math.sin(angle)];
    for (let p = 0; p < CORPUS_POINT_COUNT; p++) {
      const o = t * CORPUS_FRAME_VALUES + p * 3;
      const x = (frames[o] ?? 0) - 0.5;
      const y = (frames[o + 1] ?? 0) - 0.5;
      frames[o] = 0.5 + c * x - s * y + (random() - 0.5) * JITTER;
      frames[o + 1] = 0.5 + s * x + c * y + (random() - 0.5) * JITTER;
      frames[o + 2] = (frames[o + 2] ?? 0) + (random() - 0.5) * JITTER;
    }
  }
  return frames;
}

/** TS features vs the Python CLI's on the same raw float32 frames: the largest |difference|. */
function compare(frames: Float32Array, count: number, fps: number, aspect: number): number {
  const input = path.join(dir, `frames-${fps}.f32`);
  const output = path.join(dir, `features-${fps}.f32`);
  fs.writeFileSync(
    input,
    new Uint8Array(frames.buffer, frames.byteOffset, count * CORPUS_FRAME_VALUES * 4),
  );
  fs.writeFileSync(
    `${input}.json`,
    JSON.stringify({ shape: [count, CORPUS_POINT_COUNT, 3], fps, aspect }),
  );
  python([
    '--in',
    input,
    '--shape',
    `${count},${CORPUS_POINT_COUNT},3`,
    '--fps',
    String(fps),
    '--aspect',
    String(aspect),
    '--out',
    output,
  ]);
  const bytes = fs.readFileSync(output);
  const py = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  const ts = sequenceFeatures(frames, count, fps, { aspect });
  expect(py.length).toBe(ts.length);
  let worst = 0;
  let where = '';
  for (let i = 0; i < ts.length; i++) {
    const d = Math.abs((ts[i] ?? 0) - (py[i] ?? Number.NaN));
    if (!(d <= worst)) {
      worst = d;
      where = `frame ${Math.floor(i / FEATURE_DIM)} ${FEATURE_NAMES[i % FEATURE_DIM]}: ts ${ts[i]} py ${py[i]}`;
    }
  }
  console.log(
    `slt features parity (fps ${fps}, aspect ${aspect.toFixed(3)}, ${count} frames): max |ts − py| = ${worst.toExponential(2)}${where ? ` at ${where}` : ''}`,
  );
  return worst;
}

(missing ? describe.skip : describe)(
  missing
    ? `SLT feature parity TS ↔ Python (skipped: ${missing})`
    : 'SLT feature parity TS ↔ Python',
  () => {
    let avatar: { frames: Float32Array; count: number };
    beforeAll(() => {
      avatar = avatarFrames();
    });

    it('has the same version, dimension and names', () => {
      const out = path.join(dir, 'names.json');
      python(['--names', out]);
      const py = JSON.parse(fs.readFileSync(out, 'utf8')) as {
        version: number;
        dim: number;
        names: string[];
      };
      expect(py.version).toBe(FEATURE_VERSION);
      expect(py.dim).toBe(FEATURE_DIM);
      expect(py.names).toEqual([...FEATURE_NAMES]);
    });

    it('agrees on the avatar signing, clean, at 30 fps and 4:3', () => {
      expect(avatar.count).toBeGreaterThan(60);
      expect(compare(avatar.frames, avatar.count, 30, 4 / 3)).toBeLessThanOrEqual(TOLERANCE);
    });

    it('agrees with dropped hands, face and pose, stray NaNs, camera roll and jitter, at 25 fps and 16:9', () => {
      const random = mulberry32(12);
      const frames = randomDropouts(
        shake(avatar.frames.slice(), avatar.count, random),
        avatar.count,
        random,
      );
      dropPart(frames, 'pose', 0, 4); // no body frame at the start
      dropPart(frames, 'face', 50, 53);
      expect(compare(frames, avatar.count, 25, 16 / 9)).toBeLessThanOrEqual(TOLERANCE);
    });
  },
);
