import { corpusBleu } from './bleu';
import { corpusChrf } from './chrf';
import { rougeL } from './rouge';
import { wer } from './wer';

export * from './bleu';
export * from './chrf';
export * from './rouge';
export * from './signature';
export * from './tokenize';
export * from './wer';
export * from './whitespace';

/** The text → gloss evaluation report (`eval t2g`); every score on a 0–100 scale. */
export interface TranslationScores {
  readonly bleu1: number;
  readonly bleu2: number;
  readonly bleu3: number;
  readonly bleu4: number;
  readonly rougeL: number;
  readonly chrf: number;
  readonly wer: number;
  readonly n: number;
  readonly tokenization: '13a';
}

export function translationScores(
  hyps: readonly string[],
  refs: readonly string[],
): TranslationScores {
  const bleu = (maxOrder: number) => corpusBleu(hyps, refs, { maxOrder, tokenization: '13a' });
  return {
    bleu1: bleu(1),
    bleu2: bleu(2),
    bleu3: bleu(3),
    bleu4: bleu(4),
    rougeL: rougeL(hyps, refs),
    chrf: corpusChrf(hyps, refs),
    wer: wer(hyps, refs),
    n: hyps.length,
    tokenization: '13a',
  };
}
export * from './multi-ref';
export * from './sentence-type';
