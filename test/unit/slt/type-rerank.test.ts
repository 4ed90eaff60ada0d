import { describe, expect, it } from 'vitest';
import { beamSearch, beamSearchAll } from '../../../src/shared/text/seq2seq/beam';
import type { Hypothesis, StepFn } from '../../../src/shared/text/seq2seq/beam';
import { chooseByType, sentenceTypesMismatch } from '../../../src/shared/slt/decode/type-rerank';
import { SENTENCE_TYPES } from '../../../src/shared/metrics/sentence-type';

const hyp = (normalized: number): Hypothesis => ({ tokens: [], score: normalized, normalized });
const lp = (...p: number[]): Float32Array => Float32Array.from(p, Math.log);
const TYPES = [...SENTENCE_TYPES];

describe('sentence-type re-ranking (training/slt/decode.py choose_by_type)', () => {
  const finished = [hyp(-0.3), hyp(-0.34), hyp(-0.9)];
  const texts = ['Did he eat something?', 'What did he eat?', 'He ate.'];

  it('moves a close wh-question ahead when the head is sure of it', () => {
    expect(chooseByType(finished, texts, TYPES, lp(0.01, 0.01, 0.97, 0.01), 1)).toBe(1);
  });

  it("keeps the beam's order at weight 0, with an unsure head, and across a large gap", () => {
    expect(chooseByType(finished, texts, TYPES, lp(0.01, 0.01, 0.97, 0.01), 0)).toBe(0);
    expect(chooseByType(finished, texts, TYPES, lp(0.25, 0.25, 0.25, 0.25), 1)).toBe(0);
    const far = [hyp(-0.3), hyp(-9)];
    expect(chooseByType(far, texts, TYPES, lp(0.01, 0.01, 0.97, 0.01), 1)).toBe(0);
  });

  it('follows the order of the types the pack lists', () => {
    const reversed = [...TYPES].reverse(); // negation, wh, yn, statement
    expect(chooseByType(finished, texts, reversed, lp(0.01, 0.97, 0.01, 0.01), 1)).toBe(1);
  });

  it('names unknown or repeated types', () => {
    expect(sentenceTypesMismatch(TYPES)).toBe('');
    expect(sentenceTypesMismatch(['statement', 'command'])).toMatch(/command; valid: statement/);
    expect(sentenceTypesMismatch(['statement', 'statement'])).toMatch(/repeats/);
  });
});

describe('beamSearchAll', () => {
  // Two tokens then EOS, with fixed scores: every prefix has the same next-token row.
  const V = 5;
  const EOS = 3;
  const row = Float32Array.from([-9, -9, -9, -1.2, -0.4].map((x) => x));
  const step: StepFn = async (prefixes) => {
    const out = new Float32Array(prefixes.length * V);
    prefixes.forEach((_, i) => out.set(row, i * V));
    return out;
  };
  it('returns the finished hypotheses best first, the first being beamSearch’s answer', async () => {
    const opts = { bos: 2, eos: EOS, beam: 3, maxLen: 6, alpha: 0.6 };
    const all = await beamSearchAll(step, opts);
    expect(all.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < all.length; i++)
      expect(all[i - 1]!.normalized).toBeGreaterThanOrEqual(all[i]!.normalized);
    expect(await beamSearch(step, opts)).toEqual(all[0]);
  });
});
