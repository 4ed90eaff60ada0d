import { expect } from 'vitest';
import type { Seq2seqRunner } from '../../../src/workers/slp/seq2seq';

/** What training/t2g/parity.py writes. */
export interface ParityCase {
  index: number;
  srcIds: number[];
  memory: number[];
  memoryDims: number[];
  prefix: number[];
  logprobs: number[];
  greedy: number[];
  beam: number[];
}
export interface ParityFixture {
  beam: number;
  alpha: number;
  source: 'tiny' | 'phoenix-dev';
  srcIds: number[][];
  sentences?: string[];
  cases: ParityCase[];
}

/** ONNX (onnxruntime-node) against PyTorch: this close or it is a different computation. */
export const PARITY_TOLERANCE = 1e-4;

export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs((a[i] ?? NaN) - (b[i] ?? NaN)));
  return m;
}

/** Checks one sentence end to end; returns the largest memory and log-prob differences. */
export async function checkCase(
  runner: Seq2seqRunner,
  fx: ParityFixture,
  c: ParityCase,
  text: string,
): Promise<{ memory: number; logprobs: number }> {
  const memory = await runner.encode(c.srcIds);
  expect([...memory.dims]).toEqual(c.memoryDims);
  const memDiff = maxAbsDiff(memory.data as Float32Array, c.memory);
  const lp = await runner.stepFor(memory)([c.prefix]);
  const lpDiff = maxAbsDiff(lp, c.logprobs);
  const greedy = await runner.translateSentence(text, { beam: 1, alpha: 0 });
  expect(greedy.ids).toEqual(c.greedy);
  const beam = await runner.translateSentence(text, { beam: fx.beam, alpha: fx.alpha });
  expect(beam.ids).toEqual(c.beam);
  expect(memDiff).toBeLessThan(PARITY_TOLERANCE);
  expect(lpDiff).toBeLessThan(PARITY_TOLERANCE);
  return { memory: memDiff, logprobs: lpDiff };
}
