import { describe, expect, it } from 'vitest';
import { beamSearch, lengthPenalty, topTokens } from '../../../src/shared/text/seq2seq';
import type { StepFn } from '../../../src/shared/text/seq2seq';

const BOS = 2;
const EOS = 3;
const A = 4;
const B = 5;
const V = 6;
const NEVER = Math.log(1e-9);

/** A step function from a table: prefix (joined ids) → probabilities of the next token. */
function tableStep(table: Record<string, Partial<Record<number, number>>>): StepFn {
  return (prefixes) => {
    const out = new Float32Array(prefixes.length * V).fill(NEVER);
    prefixes.forEach((p, i) => {
      const row = table[p.join(' ')] ?? { [EOS]: 1 };
      for (const [tok, prob] of Object.entries(row)) out[i * V + Number(tok)] = Math.log(prob ?? 0);
    });
    return Promise.resolve(out);
  };
}

describe('beamSearch', () => {
  const step = tableStep({
    '2': { [A]: 0.6, [B]: 0.4 },
    '2 4': { [A]: 0.3, [B]: 0.3, [EOS]: 0.4 },
    '2 5': { [EOS]: 0.9, [A]: 0.1 },
  });

  it('greedy takes the locally best token, beam 2 finds the better sequence', async () => {
    const opts = { bos: BOS, eos: EOS, maxLen: 10, alpha: 0 };
    const greedy = await beamSearch(step, { ...opts, beam: 1 });
    expect(greedy.tokens).toEqual([A]);
    expect(greedy.score).toBeCloseTo(Math.log(0.24), 6);
    const beam = await beamSearch(step, { ...opts, beam: 2 });
    expect(beam.tokens).toEqual([B]);
    expect(beam.score).toBeCloseTo(Math.log(0.36), 6);
  });

  it('the length penalty lets a longer hypothesis win', async () => {
    const s = tableStep({ '2': { [EOS]: 0.5, [A]: 0.5 }, '2 4': { [EOS]: 0.9 } });
    const opts = { bos: BOS, eos: EOS, maxLen: 10, beam: 2 };
    // Tie at step 1: EOS (id 3) ranks before A (id 4), so greedy stops at once.
    expect((await beamSearch(s, { ...opts, beam: 1, alpha: 0 })).tokens).toEqual([]);
    expect((await beamSearch(s, { ...opts, alpha: 0 })).tokens).toEqual([]);
    const long = await beamSearch(s, { ...opts, alpha: 1 });
    expect(long.tokens).toEqual([A]);
    expect(long.normalized).toBeCloseTo(Math.log(0.45) / lengthPenalty(2, 1), 6);
  });

  it('stops at maxLen and finishes the live hypotheses', async () => {
    const s: StepFn = (prefixes) => {
      const out = new Float32Array(prefixes.length * V).fill(NEVER);
      prefixes.forEach((_, i) => (out[i * V + A] = Math.log(0.99)));
      return Promise.resolve(out);
    };
    const h = await beamSearch(s, { bos: BOS, eos: EOS, maxLen: 3, beam: 3, alpha: 0.6 });
    expect(h.tokens).toEqual([A, A, A]);
  });

  it('rejects a step output that does not match the prefixes', async () => {
    const bad: StepFn = () => Promise.resolve(new Float32Array(0));
    await expect(
      beamSearch(bad, { bos: BOS, eos: EOS, maxLen: 3, beam: 2, alpha: 0 }),
    ).rejects.toThrow(/0 values for 1 prefixes/);
    await expect(
      beamSearch(bad, { bos: BOS, eos: EOS, maxLen: 3, beam: 0, alpha: 0 }),
    ).rejects.toThrow(/beam width 0/);
  });
});

describe('topTokens', () => {
  it('returns the n largest, ties by lower index', () => {
    const row = Float32Array.from([0.1, 0.5, 0.5, 0.9, 0.2]);
    expect(topTokens(row, 0, 5, 3)).toEqual([3, 1, 2]);
    expect(topTokens(row, 0, 5, 10)).toEqual([3, 1, 2, 4, 0]);
  });
});
