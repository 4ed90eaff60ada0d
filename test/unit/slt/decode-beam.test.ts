import { describe, expect, it } from 'vitest';
import { beamSearch } from '../../../src/shared/text/seq2seq/beam';
import type { StepFn } from '../../../src/shared/text/seq2seq/beam';
import { cachedStepFn } from '../../../src/shared/slt/decode/cached-step';
import { captionConfidence } from '../../../src/shared/slt/decode/confidence';

const V = 6;
const BOS = 2;
const EOS = 3;

/** A toy model: next-token log-probs depend on the whole prefix (a hash), normalised. */
function toyLogprobs(prefix: readonly number[]): Float32Array {
  const row = new Float32Array(V);
  let h = 17;
  for (const t of prefix) h = (h * 31 + t * 7) % 1009;
  for (let v = 0; v < V; v++)
    row[v] = Math.sin(h * (v + 1)) * 2 + (v === EOS ? prefix.length * 0.8 - 4 : 0);
  const m = Math.log(row.reduce((a, x) => a + Math.exp(x), 0));
  return row.map((x) => x - m);
}

const prefixStep: StepFn = async (prefixes) => {
  const out = new Float32Array(prefixes.length * V);
  prefixes.forEach((p, i) => out.set(toyLogprobs(p), i * V));
  return out;
};

/** The prefix step behind a cache: each prefix rebuilt from its parent row, as keys/values would be. */
function cachedToy(step: StepFn, seenPos: number[] = []): StepFn {
  let rows: number[][] = [];
  return cachedStepFn(async (tokens, parents, pos) => {
    seenPos.push(pos);
    const prefixes = tokens.map((t, i) => {
      const p = parents[i] ?? -1;
      if (pos === 0 && p !== -1) throw new Error(`parent ${p} at position 0`);
      return [...(p < 0 ? [] : (rows[p] ?? [])), t];
    });
    rows = prefixes;
    return step(prefixes);
  });
}

describe('beam search over a cached decoder step', () => {
  it('finds what the prefix step finds, handing the step only last tokens and cache rows', async () => {
    const seenPos: number[] = [];
    const opts = { bos: BOS, eos: EOS, beam: 4, maxLen: 12, alpha: 1 };
    const want = await beamSearch(prefixStep, opts);
    const got = await beamSearch(cachedToy(prefixStep, seenPos), opts);
    expect(got).toEqual(want);
    expect(got.tokens.length).toBeGreaterThan(1);
    expect(seenPos).toEqual(seenPos.map((_, i) => i));
  });

  it('beam 4 beats greedy on a step where the greedy first token is a trap', async () => {
    // Token 4 looks best first (-0.5 vs -0.9) but only leads to poor continuations.
    const step: StepFn = async (prefixes) => {
      const out = new Float32Array(prefixes.length * V).fill(-20);
      prefixes.forEach((p, i) => {
        const o = i * V;
        if (p.length === 1) {
          out[o + 4] = -0.5;
          out[o + 5] = -0.9;
        } else if (p[1] === 4) {
          out[o + EOS] = -3;
          out[o + 4] = -3.1;
        } else out[o + EOS] = -0.01;
      });
      return out;
    };
    const run = (beam: number) =>
      beamSearch(cachedToy(step), { bos: BOS, eos: EOS, beam, maxLen: 3, alpha: 0 });
    expect((await run(4)).tokens).toEqual([5]);
    expect((await run(1)).tokens).toEqual([4]);
  });

  it('refuses a prefix that extends none of the last rows', async () => {
    const s = cachedStepFn(async (tokens) => new Float32Array(tokens.length * V));
    await s([[BOS]]);
    await expect(s([[BOS, 9, 9]])).rejects.toThrow(/expected all 2/);
    const s2 = cachedStepFn(async (tokens) => new Float32Array(tokens.length * V));
    await s2([[BOS]]);
    await expect(s2([[7, 1]])).rejects.toThrow(/extends none/);
  });
});

describe('caption confidence', () => {
  it('is exp of the mean token log-prob, the end token counted, within [0, 1]', () => {
    expect(
      captionConfidence({ tokens: [5, 6], score: 3 * Math.log(0.5), normalized: 0 }, 10),
    ).toBeCloseTo(0.5, 12);
    // Cut off at maxLen: no end token in the score.
    expect(
      captionConfidence({ tokens: [5, 6], score: 2 * Math.log(0.25), normalized: 0 }, 2),
    ).toBeCloseTo(0.25, 12);
    expect(captionConfidence({ tokens: [], score: -Infinity, normalized: 0 }, 5)).toBe(0);
    expect(captionConfidence({ tokens: [], score: 0.3, normalized: 0 }, 5)).toBe(1);
    for (const score of [-50, -1, -0.01, 0]) {
      const c = captionConfidence({ tokens: [1, 2, 3], score, normalized: 0 }, 9);
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThanOrEqual(1);
    }
  });
});
