import { describe, expect, it } from 'vitest';
import {
  corpusBleu,
  corpusBleuMulti,
  corpusChrfMulti,
  recordSentenceType,
  sentenceType,
} from '../../../src/shared/metrics';
import SHARED_EXAMPLES from './sentence-types.json';

const HYPS = ['Where will you go later?', 'Is the book good?', 'I do not know him.', 'the cat sat'];
const REF_A = [
  'Where are you going later?',
  'Is the book great?',
  "I don't know him.",
  'a cat sat on the mat',
];
const REF_B = [
  'Where will you go later?',
  'Is the book good?',
  'I never met him.',
  'the cat is sitting',
];
/** sacrebleu 2.6.0: corpus_bleu / corpus_chrf(HYPS, [REF_A, REF_B]). */
const SACREBLEU = { bleu2: 74.29569665502105, chrf2: 79.44339678573051 };

describe('multi-reference scores (sacreBLEU conventions)', () => {
  it('BLEU-4 and chrF with two references per sentence match sacrebleu', () => {
    const refs = HYPS.map((_, i) => [REF_A[i] ?? '', REF_B[i] ?? '']);
    expect(corpusBleuMulti(HYPS, refs)).toBeCloseTo(SACREBLEU.bleu2, 8);
    expect(corpusChrfMulti(HYPS, refs)).toBeCloseTo(SACREBLEU.chrf2, 8);
  });

  it('one reference each equals single-reference BLEU', () => {
    const hyps = [...HYPS, 'the book is on the table today'];
    const refs = [...REF_A, 'the book is on the table now'];
    const got = corpusBleuMulti(
      hyps,
      refs.map((r) => [r]),
    );
    expect(got).toBeGreaterThan(0);
    expect(got).toBeCloseTo(corpusBleu(hyps, refs), 12);
  });

  it('refuses a sentence without references', () => {
    expect(() => corpusBleuMulti(['a'], [[]])).toThrow(/no reference/);
  });
});

describe('sentence type by rules', () => {
  // Shared with the Python training labels (training/slt/sentence_type.py).
  it.each(SHARED_EXAMPLES.examples)('%s → %s', (text, type) =>
    expect(sentenceType(text)).toBe(type),
  );

  it('takes the type of a corpus record from its kind', () => {
    expect(recordSentenceType('wh-question')).toBe('wh-question');
    expect(recordSentenceType('time-first')).toBe('statement');
  });
});
