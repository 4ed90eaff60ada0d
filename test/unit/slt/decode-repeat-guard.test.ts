import { describe, expect, it } from 'vitest';
import { forbiddenNext, guardRepeats } from '../../../src/shared/slt/decode/repeat-guard';
import { beamSearch } from '../../../src/shared/text/seq2seq/beam';

const BOS = 1;
const EOS = 2;
const VOCAB = 8;

/** A decoder stuck in a loop: always prefers token 5, EOS far behind. */
const looping = async (prefixes: readonly (readonly number[])[]): Promise<Float32Array> => {
  const lp = new Float32Array(prefixes.length * VOCAB).fill(-9);
  prefixes.forEach((_, i) => {
    lp[i * VOCAB + 5] = -0.01;
    lp[i * VOCAB + 6] = -3;
    lp[i * VOCAB + 7] = -3.5;
    lp[i * VOCAB + EOS] = -6;
  });
  return lp;
};

describe('decoder repeat guard', () => {
  it('forbids a third token in a row and a repeated 4-gram, nothing else', () => {
    expect([...forbiddenNext([BOS, 5, 5])]).toEqual([5]);
    expect([...forbiddenNext([BOS, 5, 6])]).toEqual([]);
    // 5 6 7 3 … 5 6 7: 3 would repeat "5 6 7 3".
    expect([...forbiddenNext([BOS, 5, 6, 7, 3, 4, 5, 6, 7])]).toEqual([3]);
    expect([...forbiddenNext([BOS])]).toEqual([]);
  });

  it('ends a loop that would otherwise run to the length limit', async () => {
    const opts = { bos: BOS, eos: EOS, beam: 4, maxLen: 40, alpha: 1 };
    const loose = await beamSearch(looping, opts);
    expect(loose.tokens.length).toBe(40); // the loop: 5 5 5 … up to maxLen
    const guarded = await beamSearch(guardRepeats(looping, EOS), opts);
    expect(guarded.tokens.length).toBeLessThan(40);
    for (let i = 2; i < guarded.tokens.length; i++) {
      const [a, b, c] = guarded.tokens.slice(i - 2, i + 1);
      expect(a === b && b === c).toBe(false);
    }
  });

  it('leaves a decoder that does not loop alone', async () => {
    const straight = async (prefixes: readonly (readonly number[])[]): Promise<Float32Array> => {
      const lp = new Float32Array(prefixes.length * VOCAB).fill(-9);
      prefixes.forEach((p, i) => {
        lp[i * VOCAB + (p.length < 4 ? 3 + p.length : EOS)] = -0.1;
      });
      return lp;
    };
    const opts = { bos: BOS, eos: EOS, beam: 4, maxLen: 40, alpha: 1 };
    expect((await beamSearch(guardRepeats(straight, EOS), opts)).tokens).toEqual(
      (await beamSearch(straight, opts)).tokens,
    );
  });
});
