/**
 * The training recipe end to end on the toy corpus (seconds): train, export a pack, write PyTorch
 * reference outputs, then run the pack through onnxruntime-node and the TypeScript tokenizer and
 * beam search, and require the same ids, memory and log-probabilities.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_FILE, ManifestSchema } from '../../../src/shared/modelpack/manifest';
import { Seq2seqRunner } from '../../../src/workers/slp/seq2seq';
import { checkCase } from './fixtures';
import type { ParityFixture } from './fixtures';
import { runPythonModule, trainingPythonMissing } from './python';

const missing = trainingPythonMissing();
const suite = missing === '' ? describe : describe.skip;

suite(`t2g recipe on the toy corpus${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let dir = '';
  let fx: ParityFixture;
  let runner: Seq2seqRunner;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 't2g-tiny-'));
    runPythonModule('training.t2g.train', [
      '--tiny',
      '--run',
      path.join(dir, 'run'),
      '--out',
      path.join(dir, 'pack'),
    ]);
    runPythonModule('training.t2g.parity', [
      '--bundle',
      path.join(dir, 'run', 'final.pt'),
      '--tiny',
      '--out',
      path.join(dir, 'parity.json'),
    ]);
    fx = JSON.parse(fs.readFileSync(path.join(dir, 'parity.json'), 'utf8')) as ParityFixture;
    runner = await Seq2seqRunner.open(path.join(dir, 'pack'), { device: 'cpu', threads: 1 });
  }, 300_000);

  afterAll(async () => {
    await runner?.dispose();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('exports a pack whose manifest is valid and marks the toy model as such', () => {
    const m = ManifestSchema.parse(
      JSON.parse(fs.readFileSync(path.join(dir, 'pack', MANIFEST_FILE), 'utf8')),
    );
    expect(m.capabilities).toEqual(['t2g']);
    expect(m.files.map((f) => f.role).sort()).toEqual(['t2g-decoder', 't2g-encoder', 't2g-vocab']);
    expect(m.loadByDefault).toBe(false);
    const dec = m.files.find((f) => f.role === 't2g-decoder');
    expect(dec?.onnx?.inputs.map((i) => i.name)).toEqual(['tgt_ids', 'memory', 'src_mask']);
    expect(dec?.onnx?.inputs[0]?.shape).toEqual(['batch', 'tgt_len']);
  });

  it('tokenizes every sentence to the same ids as Python', () => {
    const sentences = fx.sentences ?? [];
    expect(sentences.length).toBeGreaterThan(0);
    expect(sentences.map((s) => runner.pack.tokenizer.encode(s))).toEqual(fx.srcIds);
  });

  it('matches PyTorch: memory and log-probs within 1e-4, greedy and beam ids equal', async () => {
    expect(fx.cases.length).toBeGreaterThan(3);
    for (const c of fx.cases) await checkCase(runner, fx, c, fx.sentences?.[c.index] ?? '');
  });

  it('learned the toy reordering (time first, verb dropped)', async () => {
    const r = await runner.translate('im norden gibt es morgen viel regen .');
    expect(r.signs.map((s) => s.gloss)).toEqual(['MORGEN', 'NORD', 'REGEN', 'VIEL']);
    expect(r.signs.every((s) => s.resolved === 'model')).toBe(true);
  });
});
