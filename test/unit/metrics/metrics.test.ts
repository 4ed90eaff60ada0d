import { describe, expect, it } from 'vitest';
import {
  corpusBleu,
  corpusChrf,
  editDistance,
  lcsLength,
  rougeL,
  tokenize13a,
  translationScores,
  wer,
} from '../../../src/shared/metrics';

describe('13a tokenization', () => {
  it('splits symbols and punctuation but keeps in-word hyphens and decimals', () => {
    expect(tokenize13a('__ON__ LIEB loc-NORD S+H 3.5, a.')).toEqual([
      '_',
      '_',
      'ON',
      '_',
      '_',
      'LIEB',
      'loc-NORD',
      'S',
      '+',
      'H',
      '3.5',
      ',',
      'a',
      '.',
    ]);
    expect(tokenize13a('a &amp; b (c)')).toEqual(['a', '&', 'b', '(', 'c', ')']);
    expect(tokenize13a('1-2')).toEqual(['1', '-', '2']);
  });
});

describe('corpus BLEU', () => {
  // hyp 6 words, ref 6 words. Matches: 1-grams 5/6, 2-grams 3/5, 3-grams 1/4, 4-grams 0/3.
  const hyp = ['the cat sat on the mat'];
  const ref = ['the cat is on the mat'];

  it('is the geometric mean of clipped precisions (hand-computed)', () => {
    expect(corpusBleu(hyp, ref, { maxOrder: 1 })).toBeCloseTo((100 * 5) / 6, 10);
    expect(corpusBleu(hyp, ref, { maxOrder: 2 })).toBeCloseTo(100 * Math.sqrt(0.5), 10);
    expect(corpusBleu(hyp, ref, { maxOrder: 3 })).toBeCloseTo(50, 10); // (5/6·3/5·1/4)^(1/3) = 0.5
  });

  it('is 0 without smoothing when an order has no match', () => {
    expect(corpusBleu(hyp, ref)).toBe(0);
  });

  it('applies the exponential brevity penalty only to short output', () => {
    expect(corpusBleu(['the cat'], ['the cat sat'], { maxOrder: 1 })).toBeCloseTo(
      100 * Math.exp(1 - 3 / 2),
      10,
    );
    expect(corpusBleu(['a b c d e'], ['a b c'], { maxOrder: 1 })).toBeCloseTo(60, 10);
  });

  it('clips repeated words by their reference count', () => {
    expect(corpusBleu(['the the the'], ['the cat'], { maxOrder: 1 })).toBeCloseTo(100 / 3, 10);
  });

  it('sums statistics over the corpus before combining', () => {
    const h = ['a b c d', 'x y'];
    const r = ['a b c d', 'x z'];
    // 1-grams 5/6, 2-grams 3/4, 3-grams 2/2, 4-grams 1/1 (the second sentence has none of 3, 4).
    const expected = 100 * Math.pow((5 / 6) * (3 / 4) * 1 * 1, 1 / 4);
    expect(corpusBleu(h, r)).toBeCloseTo(expected, 10);
  });

  it("strips trailing whitespace before 13a, as sacreBLEU: a final '-\\n' keeps its hyphen", () => {
    expect(corpusBleu(['a b-\n'], ['a b-'], { maxOrder: 1 })).toBeCloseTo(100, 10);
  });

  it("splits words on Python's whitespace (U+0085 and U+001C split, U+FEFF does not)", () => {
    expect(corpusBleu(['a\u0085b\u001cc'], ['a b c'], { maxOrder: 1 })).toBeCloseTo(100, 10);
    expect(corpusBleu(['a\ufeffb c'], ['ab c'], { maxOrder: 1 })).toBeCloseTo(50, 10);
  });

  it('never matches n-grams whose words merely join to the same text', () => {
    // Bigrams (a\u0001, b) and (a, \u0001b) once shared the key "a\u0001\u0001b".
    expect(corpusBleu(['x a\u0001 b'], ['x a \u0001b'], { maxOrder: 2 })).toBe(0);
  });

  it('refuses unpaired input', () => {
    expect(() => corpusBleu(['a'], [])).toThrow(/1 hypotheses but 0 references/);
  });
});

describe('chrF2', () => {
  it('averages precision and recall over the orders present (hand-computed)', () => {
    // 1-grams: P = R = 1/2; 2-grams: P = R = 0; orders 3..6 absent → avg P = avg R = 1/4.
    expect(corpusChrf(['ab'], ['ac'])).toBeCloseTo(25, 10);
    expect(corpusChrf(['a b'], ['ab'])).toBeCloseTo(100, 10); // whitespace is removed
  });

  it('counts no hypothesis n-grams of an order the reference has none of (sacreBLEU)', () => {
    // Sentence 2's reference "ab" has no 3- to 6-grams, so its hypothesis "abc" adds none either:
    // corpus precisions 10/11, 8/9, 1, 1, 1, 1 (order 3 was 6/7 before), recalls all 1.
    const p = (10 / 11 + 8 / 9 + 4) / 6;
    const f = (100 * 5 * p) / (4 * p + 1);
    expect(corpusChrf(['abcdefgh', 'abc'], ['abcdefgh', 'ab'])).toBeCloseTo(f, 10);
    expect(corpusChrf(['abcdefgh', 'abc'], ['abcdefgh', ''])).toBe(100);
  });

  it("removes Python's whitespace only (U+0085 yes, U+FEFF no)", () => {
    expect(corpusChrf(['a\u0085b\u001cc'], ['abc'])).toBe(100);
    expect(corpusChrf(['a\ufeffbc'], ['abc'])).toBeLessThan(100);
  });

  it("reproduces sacreBLEU's documented example", () => {
    const score = corpusChrf(
      ['The relationship between Obama and Netanyahu is not exactly friendly.'],
      ['The ties between Obama and Netanyahu are not particularly friendly.'],
    );
    expect(score).toBeCloseTo(61.576379378113785, 9);
  });
});

describe('ROUGE-L', () => {
  it('is the LCS F-measure with beta 1.2, averaged over sentences', () => {
    expect(lcsLength(['a', 'b', 'c', 'd'], ['a', 'c', 'd', 'e', 'f'])).toBe(3);
    // P = 3/4, R = 3/5: F = 2.44 · 0.45 / (0.6 + 1.44 · 0.75)
    const f = (100 * (2.44 * 0.45)) / (0.6 + 1.44 * 0.75);
    expect(rougeL(['a b c d'], ['a c d e f'])).toBeCloseTo(f, 10);
    expect(rougeL(['a b c d', 'x'], ['a c d e f', 'y'])).toBeCloseTo(f / 2, 10);
  });
});

describe('WER', () => {
  it('counts edits over reference words', () => {
    expect(editDistance(['a', 'b', 'c', 'd'], ['a', 'x', 'c'])).toBe(2);
    expect(wer(['a x c'], ['a b c d'])).toBeCloseTo(50, 10);
    expect(wer(['a b'], ['a b'])).toBe(0);
  });
});

describe('translationScores', () => {
  it('reports every metric, the count and the tokenization', () => {
    const { bleu1, bleu2, bleu3, bleu4, ...s } = translationScores(['a b c d'], ['a b c d']);
    // sacreBLEU's order of operations, exp(mean log 100), rounds a perfect score to 100.00000000000004.
    for (const b of [bleu1, bleu2, bleu3, bleu4]) expect(b).toBeCloseTo(100, 12);
    expect(s).toEqual({
      rougeL: 100,
      chrf: 100,
      wer: 0,
      n: 1,
      tokenization: '13a',
    });
  });
});
