import { describe, expect, it } from 'vitest';
import { CtcGreedy, ctcGreedyGlosses, joinLetters } from '../../../src/shared/slt/decode/ctc';

const ITOS = ['<blank>', '<unk>', '#A', '#N', '#B', 'HELLO', 'YOU'];
const A = 2;
const N = 3;
const HELLO = 5;
const YOU = 6;

/** Log-prob rows whose argmax is each given id. */
function rows(ids: number[]): Float32Array {
  const lp = new Float32Array(ids.length * ITOS.length).fill(-5);
  ids.forEach((id, s) => (lp[s * ITOS.length + id] = -0.1));
  return lp;
}

describe('greedy CTC', () => {
  it('merges repeats, drops blanks, keeps a repeat split by a blank', () => {
    expect(ctcGreedyGlosses(rows([0, HELLO, HELLO, 0, YOU, YOU, 0, YOU]), 8, ITOS)).toEqual([
      'HELLO',
      'YOU',
      'YOU',
    ]);
  });

  it('joins letter runs into fs- glosses, split by a gloss', () => {
    const ids = [A, 0, N, N, 0, N, HELLO, 4, 0, A];
    expect(ctcGreedyGlosses(rows(ids), ids.length, ITOS)).toEqual(['fs-ANN', 'HELLO', 'fs-BA']);
    expect(joinLetters(['#A', 'YOU'])).toEqual(['fs-A', 'YOU']);
  });

  it('gives the same glosses chunk by chunk as at once, and ignores padded rows', () => {
    const ids = [HELLO, HELLO, HELLO, 0, A, A, N, YOU];
    const g = new CtcGreedy(ITOS);
    // A gloss spanning the chunk boundary (HELLO at steps 1-2 | 3) is counted once.
    expect(g.push(rows([...ids.slice(0, 2), YOU, YOU]), 2)).toBe(true);
    expect(g.push(rows(ids.slice(2, 6)), 4)).toBe(true);
    expect(g.push(rows(ids.slice(6, 8)), 2)).toBe(true);
    expect(g.glosses()).toEqual(ctcGreedyGlosses(rows(ids), ids.length, ITOS));
    expect(g.glosses()).toEqual(['HELLO', 'fs-AN', 'YOU']);
    expect(g.push(rows([YOU, 0]), 1)).toBe(false);
  });

  it('refuses log-probs that do not fit the vocabulary', () => {
    expect(() => new CtcGreedy(ITOS).push(new Float32Array(10), 1)).toThrow(
      /multiple of the vocabulary \(7\)/,
    );
  });

  it('previews rows still to come without changing what was decoded', () => {
    const g = new CtcGreedy(ITOS);
    g.push(rows([HELLO, HELLO]), 2);
    // HELLO continues across the boundary: not counted twice; YOU appears provisionally.
    expect(g.preview(rows([HELLO, YOU, 0, 0]), 2)).toEqual(['HELLO', 'YOU']);
    expect(g.glosses()).toEqual(['HELLO']);
    expect(g.push(rows([HELLO, 0, YOU, 0]), 4)).toBe(true);
    expect(g.glosses()).toEqual(['HELLO', 'YOU']);
  });
});
