/**
 * The sign → text pack in onnxruntime-node computes what PyTorch computes: Python makes a tiny
 * random model, writes PyTorch reference outputs for fixed inputs (training/slt/parity.py) and
 * exports the pack (training/slt/export.py); here the three graphs run through the project's ORT
 * backend the way the runtime will (encoder chunk by chunk feeding back its own state, memory
 * keys/values once, decoder steps from an empty key/value cache at batch 2 over a padded memory),
 * and every output must be within 1e-4 of PyTorch.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_FILE, ManifestSchema } from '../../src/shared/modelpack/manifest';
import { verifyPackDir } from '../../src/node/packs/verify';
import { SltVocabSchema, vocabMismatch } from '../../src/shared/slt/decode/vocab';
import { OrtSession } from '../../src/workers/ort/backend';
import type { TensorLike } from '../../src/workers/ort/tensor';
import { ROOT } from '../helpers/shared';

const TOLERANCE = 1e-4;
const PACK_ID = 'ase-slt-tiny-test';

/** `.venv/bin/python` when it has torch and onnx, else Debian's Python (it has both, no onnxruntime). */
const CANDIDATES = process.env.SIGNBRIDGE_TRAINING_PYTHON
  ? [process.env.SIGNBRIDGE_TRAINING_PYTHON]
  : [path.join(ROOT, '.venv', 'bin', 'python'), '/usr/bin/python3'];

function findPython(): { python: string; missing: string } {
  const reasons: string[] = [];
  for (const python of CANDIDATES) {
    const r = spawnSync(python, ['-c', 'import torch, onnx, numpy'], { encoding: 'utf8' });
    if (r.status === 0) return { python, missing: '' };
    reasons.push(
      r.error
        ? `${python} not found`
        : `${python} lacks torch/onnx/numpy (${r.stderr.trim().split('\n').at(-1) ?? ''})`,
    );
  }
  return { python: '', missing: reasons.join('; ') };
}

function pythonModule(python: string, module: string, args: string[]): void {
  const r = spawnSync(python, ['-m', module, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (r.status !== 0)
    throw new Error(`${python} -m ${module} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
}

/** A tensor as parity.py writes it: dims and row-major values (int64 as plain numbers). */
interface Stored {
  dims: number[];
  data: number[];
}
interface Fixture {
  tolerance: number;
  chunks: { inputs: Record<string, Stored>; outputs: Record<string, Stored> }[];
  mem: Stored;
  memK: Stored;
  memV: Stored;
  /** The sentence-type head's log-probabilities (the tiny model has one). */
  typeLogprobs?: Stored;
  memMask: Stored;
  decoder: { token: Stored; logprobs: Stored }[];
  selfK: Stored;
  selfV: Stored;
}

const f32 = (s: Stored): TensorLike => ({
  type: 'float32',
  data: Float32Array.from(s.data),
  dims: s.dims,
});
const i64 = (values: number[], dims: number[] = [values.length]): TensorLike => ({
  type: 'int64',
  data: BigInt64Array.from(values.map((v) => BigInt(v))),
  dims,
});

function output(outs: Record<string, TensorLike>, name: string): TensorLike {
  const t = outs[name];
  if (!t) throw new Error(`ONNX output "${name}" missing: got ${Object.keys(outs).join(', ')}`);
  return t;
}

/** Largest |ort − torch|, after requiring the same dims. */
function maxDiff(got: TensorLike, want: Stored, what: string): number {
  expect(got.dims, `${what} dims`).toEqual(want.dims);
  let worst = 0;
  want.data.forEach((w, i) => {
    const d = Math.abs(Number(got.data[i]) - w);
    if (!(d <= worst)) worst = d;
  });
  return worst;
}

const { python, missing } = findPython();
const suite = missing === '' ? describe : describe.skip;

suite(`slt pack: onnxruntime-node vs PyTorch${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let dir = '';
  let fx: Fixture;
  const sessions: Record<'encoder' | 'memory' | 'decoder', OrtSession | undefined> = {
    encoder: undefined,
    memory: undefined,
    decoder: undefined,
  };
  const session = (k: keyof typeof sessions): OrtSession => {
    const s = sessions[k];
    if (!s) throw new Error(`${k} session not open`);
    return s;
  };
  const worst: Record<string, number> = {};
  const note = (key: string, d: number): void => {
    worst[key] = Math.max(worst[key] ?? 0, d);
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-slt-onnx-'));
    const bundle = path.join(dir, 'tiny.pt');
    pythonModule(python, 'training.slt.parity', [
      '--tiny',
      bundle,
      '--fixture',
      path.join(dir, 'ref.json'),
    ]);
    pythonModule(python, 'training.slt.export', [
      '--bundle',
      bundle,
      '--out',
      path.join(dir, 'pack'),
      '--id',
      PACK_ID,
    ]);
    fx = JSON.parse(fs.readFileSync(path.join(dir, 'ref.json'), 'utf8')) as Fixture;
    const opts = { device: 'cpu', threads: 1 } as const;
    sessions.encoder = await OrtSession.open(path.join(dir, 'pack', 'slt-encoder.onnx'), opts);
    sessions.memory = await OrtSession.open(path.join(dir, 'pack', 'slt-memory.onnx'), opts);
    sessions.decoder = await OrtSession.open(path.join(dir, 'pack', 'slt-decoder.onnx'), opts);
  }, 180_000);

  afterAll(async () => {
    for (const s of Object.values(sessions)) await s?.dispose();
    console.log(
      `slt onnx parity, max |ort − torch|: ${Object.entries(worst)
        .map(([k, v]) => `${k} ${v.toExponential(1)}`)
        .join(' ')}`,
    );
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes a pack the verifier accepts, with the contract names', () => {
    const v = verifyPackDir(path.join(dir, 'pack'));
    expect(v.report.problems).toEqual([]);
    const m = ManifestSchema.parse(
      JSON.parse(fs.readFileSync(path.join(dir, 'pack', MANIFEST_FILE), 'utf8')),
    );
    expect(m.capabilities).toEqual(['slt']);
    expect(m.loadByDefault).toBe(false);
    const vocab = SltVocabSchema.parse(
      JSON.parse(fs.readFileSync(path.join(dir, 'pack', 'slt-vocab.json'), 'utf8')),
    );
    expect(vocabMismatch(vocab)).toBe('');
    expect(session('encoder').inputs.map((i) => i.name)).toEqual([
      'feats',
      'tail1',
      'tail2',
      'k',
      'v',
      'steps',
      'valid',
    ]);
    expect(session('decoder').outputs.map((o) => o.name)).toEqual([
      'logprobs',
      'self_k_out',
      'self_v_out',
    ]);
  });

  it('streams the encoder chunk by chunk like stream_step (mem, ctc, tails, window)', async () => {
    expect(fx.chunks.length).toBeGreaterThan(3); // past the 2-chunk attention window
    let state: Record<string, TensorLike> | undefined;
    const mems: number[] = [];
    for (const [c, chunk] of fx.chunks.entries()) {
      const feeds: Record<string, TensorLike> = {};
      for (const [name, t] of Object.entries(chunk.inputs))
        feeds[name] = name === 'steps' || name === 'valid' ? i64(t.data, t.dims) : f32(t);
      if (state) Object.assign(feeds, state);
      const outs = await session('encoder').run(feeds);
      for (const [name, want] of Object.entries(chunk.outputs))
        note(name, maxDiff(output(outs, name), want, `chunk ${c} ${name}`));
      state = {
        tail1: output(outs, 'tail1_out'),
        tail2: output(outs, 'tail2_out'),
        k: output(outs, 'k_out'),
        v: output(outs, 'v_out'),
      };
      const mem = output(outs, 'mem');
      const valid = Number(chunk.inputs.valid?.data[0]);
      const d = mem.dims[2] ?? 0;
      mems.push(...Array.from(mem.data.subarray(0, valid * d), Number));
    }
    expect(mems.length).toBe(fx.mem.data.length);
    for (const k of ['mem', 'ctc', 'tail1_out', 'tail2_out', 'k_out', 'v_out'])
      expect(worst[k], k).toBeLessThanOrEqual(TOLERANCE);
  });

  it('computes memory keys/values and decodes with a cache from position 0 like decoder_step', async () => {
    const kv = await session('memory').run({ mem: f32(fx.mem) });
    note('mem_k', maxDiff(output(kv, 'mem_k'), fx.memK, 'mem_k'));
    note('mem_v', maxDiff(output(kv, 'mem_v'), fx.memV, 'mem_v'));
    expect(fx.typeLogprobs, 'the tiny model has a sentence-type head').toBeDefined();
    if (fx.typeLogprobs !== undefined)
      note('type', maxDiff(output(kv, 'type_logprobs'), fx.typeLogprobs, 'type_logprobs'));
    const [ld, , h, s, dk] = fx.memK.dims as [number, number, number, number, number];
    const batch = fx.memMask.dims[0] ?? 1;
    // The beam tiles the one utterance's keys/values along the batch axis.
    const tile = (t: Stored): TensorLike => {
      const per = h * s * dk;
      const data = new Float32Array(ld * batch * per);
      for (let l = 0; l < ld; l++)
        for (let b = 0; b < batch; b++)
          data.set(t.data.slice(l * per, (l + 1) * per), (l * batch + b) * per);
      return { type: 'float32', data, dims: [ld, batch, h, s, dk] };
    };
    const memK = tile(fx.memK);
    const memV = tile(fx.memV);
    const empty: TensorLike = {
      type: 'float32',
      data: new Float32Array(0),
      dims: [ld, batch, h, 0, dk],
    };
    let selfK = empty;
    let selfV = empty;
    let decided = 0;
    for (const [pos, step] of fx.decoder.entries()) {
      const outs = await session('decoder').run({
        token: i64(step.token.data),
        pos: i64([pos]),
        self_k: selfK,
        self_v: selfV,
        mem_k: memK,
        mem_v: memV,
        mem_mask: f32(fx.memMask),
      });
      const lp = output(outs, 'logprobs');
      note('logprobs', maxDiff(lp, step.logprobs, `step ${pos} logprobs`));
      // Greedy choice of row 0 must agree wherever PyTorch's top two are clearly apart.
      const v = lp.dims[1] ?? 0;
      const ours = Array.from(lp.data.subarray(0, v), Number);
      const ref = step.logprobs.data.slice(0, v);
      const best = ref.indexOf(Math.max(...ref));
      const runnerUp = Math.max(...ref.filter((_, i) => i !== best));
      if ((ref[best] ?? 0) - runnerUp > 10 * TOLERANCE) {
        decided++;
        expect(ours.indexOf(Math.max(...ours)), `step ${pos} greedy token`).toBe(best);
      }
      selfK = output(outs, 'self_k_out');
      selfV = output(outs, 'self_v_out');
    }
    note('self_k', maxDiff(selfK, fx.selfK, 'self_k'));
    note('self_v', maxDiff(selfV, fx.selfV, 'self_v'));
    expect(decided).toBeGreaterThan(0);
    for (const k of ['mem_k', 'mem_v', 'type', 'logprobs', 'self_k', 'self_v'])
      expect(worst[k], k).toBeLessThanOrEqual(TOLERANCE);
  });
});
