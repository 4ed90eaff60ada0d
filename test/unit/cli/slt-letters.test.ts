import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLetterIndex } from '../../../src/cli/eval/letter-index';
import { letterFigures, readLetter } from '../../../src/cli/eval/letter-read';
import type { ClipResult, LetterReading } from '../../../src/cli/eval/letter-read';
import { foldLetter, letterOf, tokenLetters } from '../../../src/cli/eval/letters';

/** A CTC vocabulary as training/slt/vocab.py builds it: blank, unk, letters, then glosses. */
const ITOS = ['<blank>', '<unk>', '#A', '#B', '#C', 'HELLO', 'b', 'Ä'];
const LETTERS = tokenLetters(ITOS);

/** Log-probability rows [steps × ITOS.length] with `p` of each step on the given token, rest spread. */
function rows(tokens: readonly number[], p = 0.6): Float32Array {
  const w = ITOS.length;
  const out = new Float32Array(tokens.length * w);
  tokens.forEach((tok, t) => {
    for (let v = 0; v < w; v++) out[t * w + v] = Math.log(v === tok ? p : (1 - p) / (w - 1));
  });
  return out;
}

describe('letters', () => {
  it('reads labels case-insensitively and keeps ß a single letter', () => {
    expect(['a', ' B ', 'ä', 'ß', 'ẞ', 'Ü'].map(letterOf)).toEqual(['A', 'B', 'Ä', 'ß', 'ß', 'Ü']);
  });

  it('folds umlauts and ß to the A–Z letter the app spells them with', () => {
    expect(['Ä', 'Ö', 'Ü', 'ß', 'Q'].map(foldLetter)).toEqual(['A', 'O', 'U', 'S', 'Q']);
  });

  it('maps #X tokens and one-letter glosses to letters, and nothing else', () => {
    expect(LETTERS).toEqual([undefined, undefined, 'A', 'B', 'C', undefined, 'B', 'Ä']);
  });
});

describe('readLetter', () => {
  const BLANK = 0;
  it('takes the letter with the most posterior over the clip, one-letter glosses included', () => {
    // B is the argmax at one step through each of its two tokens; A at one step.
    const r = readLetter(rows([BLANK, 3, BLANK, 6, 2, BLANK]), 6, LETTERS);
    expect(r.letter).toBe('B');
    expect(r.top[0]?.letter).toBe('B');
    expect(r.top.reduce((a, x) => a + x.share, 0)).toBeLessThanOrEqual(1 + 1e-9);
  });

  it('counts a letter that is never the argmax when its posterior dominates', () => {
    // C at 0.3 on every step while blank wins each step: greedy sees no letter, the sum sees C.
    const w = ITOS.length;
    const steps = 5;
    const lp = new Float32Array(steps * w);
    for (let t = 0; t < steps; t++)
      for (let v = 0; v < w; v++)
        lp[t * w + v] = Math.log(v === BLANK ? 0.6 : v === 4 ? 0.3 : 0.1 / (w - 2));
    const r = readLetter(lp, steps, LETTERS);
    expect(r.letter).toBe('C');
    expect(r.greedy).toBeNull();
  });

  it('reports the most frequent greedy letter', () => {
    expect(readLetter(rows([2, 3, 3, 5]), 4, LETTERS).greedy).toBe('B');
  });

  it('refuses a vocabulary without letters and a short buffer, naming the sizes', () => {
    expect(() => readLetter(new Float32Array(2), 1, [undefined, undefined])).toThrow(
      /no CTC token/,
    );
    expect(() => readLetter(new Float32Array(3), 2, LETTERS)).toThrow(/2 steps × 8 tokens need 16/);
  });
});

describe('letterFigures', () => {
  const reading = (letter: string, greedy: string | null = letter): LetterReading => ({
    letter,
    greedy,
    top: [{ letter, share: 1 }],
  });
  const clip = (label: string, read: string, greedy?: string | null): ClipResult => ({
    path: `${label}.pose`,
    label,
    reading: reading(read, greedy),
  });

  it('scores strictly, folded, greedy and on the letters the pack has', () => {
    const f = letterFigures(
      [clip('A', 'A'), clip('B', 'D', null), clip('Ä', 'A'), clip('ß', 'S'), clip('A', 'A')],
      new Set(['A', 'B', 'D', 'S']),
    );
    expect(f.n).toBe(5);
    expect(f.accuracy).toBeCloseTo(2 / 5);
    expect(f.accuracyFolded).toBeCloseTo(4 / 5);
    expect(f.greedyAccuracy).toBeCloseTo(2 / 5);
    expect(f.accuracyOnPackLetters).toBeCloseTo(2 / 3);
    expect(f.nOnPackLetters).toBe(3);
    expect(f.chance).toBeCloseTo(1 / 4);
    expect(f.missingFromPack).toEqual(['Ä', 'ß']);
    expect(f.perLetter.A).toEqual({ n: 2, correct: 2, readAs: [] });
    expect(f.perLetter.B).toEqual({ n: 1, correct: 0, readAs: ['D'] });
  });
});

describe('readLetterIndex', () => {
  it('reads the clips of one sign language by header names, with their letters and spans', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'letter-index-'));
    const index = path.join(dir, 'index.csv');
    fs.writeFileSync(
      index,
      [
        'path,spoken_language,signed_language,start,end,words,glosses,priority',
        'gsg/a.pose,de,gsg,0,4667,A,A,0',
        'gsg/ae.pose,de,gsg,100,0,ä,ä,0',
        'ase/a.pose,en,ase,0,100,A,A,0',
        '',
      ].join('\n'),
    );
    const { clips, languages } = readLetterIndex(index, 'gsg');
    expect(languages).toEqual(['ase', 'gsg']);
    expect(clips.map((c) => [c.path, c.label, c.startMs, c.endMs])).toEqual([
      ['gsg/a.pose', 'A', 0, 4667],
      ['gsg/ae.pose', 'Ä', 100, undefined],
    ]);
    expect(clips[0]?.file).toBe(path.join(dir, 'gsg', 'a.pose'));
  });

  it('names the missing column', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'letter-index-'));
    const index = path.join(dir, 'index.csv');
    fs.writeFileSync(index, 'file,glosses\nx.pose,A\n');
    expect(() => readLetterIndex(index, 'gsg')).toThrow(/no column "path"/);
  });
});
