/**
 * Fixtures for the sign → text runtime tests: a tiny random pack exported by the real exporter
 * (training/slt/export.py, through the training Python), and a synthetic clip whose hands come
 * up, move for two seconds and drop out of view, so the stream opens and ends one utterance.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { encodePose, framesToPose } from '../../src/shared/pose-format';
import { emptyFrame, valueIndex } from '../../src/shared/landmarks/layout';
import type { ComponentName } from '../../src/shared/landmarks/layout';
import { ROOT } from '../helpers/shared';
import { TRAINING_PYTHON, trainingPythonMissing } from './t2g/python';

export { trainingPythonMissing };

const EXPORT_TINY = `
import sys, torch
from training.slt.model import SignToText, SltConfig
from training.slt.vocab import CtcVocab, TextCodec
from training.slt import features as FE
from training.slt.export import export_pack
torch.manual_seed(0)
ctc = CtcVocab.build([["HELLO", "YOU", "fs-ANN"], ["BOOK", "GOOD"], ["WHERE", "GO", "YOU"]])
codec = TextCodec.build(["Hello, Ann.", "Is the book good?", "Where are you going?", "I don't know."], 30)
cfg = SltConfig(FE.FEATURE_DIM, len(ctc), len(codec), d_model=32, heads=2, ff=64, enc_layers=2, dec_layers=1,
                chunk=4, left_chunks=2, dropout=0, attn_dropout=0)
m = SignToText(cfg)
bundle = {"config": cfg.to_dict(), "model": m.state_dict(), "ctc_vocab": ctc.itos, "text_merges": codec.bpe.merges,
          "text_vocab": codec.vocab.itos, "feature_names": list(FE.FEATURE_NAMES), "decode": {"beam": 4, "alpha": 1.0}}
export_pack(bundle, sys.argv[1], pack_id=sys.argv[2], training={"command": "tiny random test pack"})
`;

/** Exports a tiny random pack with id `id` into `dir`; throws with Python's stderr on failure. */
export function exportTinyPack(dir: string, id: string): void {
  const r = spawnSync(TRAINING_PYTHON, ['-c', EXPORT_TINY, dir, id], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`tiny slt export failed (${r.status}): ${r.stderr}`);
}

export const CLIP_FPS = 30;
export const CLIP_WIDTH = 1280;
export const CLIP_HEIGHT = 720;
/** Frames without hands, with hands up and moving, then without hands again. */
export const CLIP_PHASES = { before: 10, signing: 60, after: 30 } as const;

function put(f: Float32Array, c: ComponentName, p: number, x: number, y: number): void {
  f[valueIndex(c, p, 0)] = x;
  f[valueIndex(c, p, 1)] = y;
  f[valueIndex(c, p, 2)] = 0;
  f[valueIndex(c, p, 3)] = 1;
}

/** One Holistic frame: shoulders always, both hands up and moving when `t` ≥ 0. */
export function clipFrame(t: number | undefined): Float32Array {
  const f = emptyFrame();
  put(f, 'pose', 11, 0.6, 0.5);
  put(f, 'pose', 12, 0.4, 0.5);
  put(f, 'pose', 0, 0.5, 0.3);
  if (t === undefined) return f;
  for (const [c, side] of [
    ['leftHand', 1],
    ['rightHand', -1],
  ] as const) {
    const wx = 0.5 + side * (0.08 + 0.05 * Math.sin(t * 5));
    const wy = 0.6 + 0.05 * Math.cos(t * 3 + side);
    for (let p = 0; p < 21; p++) put(f, c, p, wx + side * 0.004 * (p % 5), wy - 0.006 * p);
    put(f, 'pose', side > 0 ? 15 : 16, wx, wy);
  }
  return f;
}

export function clipFrames(): Float32Array[] {
  const { before, signing, after } = CLIP_PHASES;
  return Array.from({ length: before + signing + after }, (_, i) =>
    clipFrame(i >= before && i < before + signing ? (i - before) / CLIP_FPS : undefined),
  );
}

export function writeClip(file: string): void {
  const pose = framesToPose(clipFrames(), {
    fps: CLIP_FPS,
    width: CLIP_WIDTH,
    height: CLIP_HEIGHT,
  });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, encodePose(pose));
}
