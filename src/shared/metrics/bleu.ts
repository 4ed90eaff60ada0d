import { assertPaired, clippedMatches, ngramCounts } from './ngrams';
import { tokenize } from './tokenize';
import type { Tokenization } from './tokenize';
import { stripWhitespaceEnd } from './whitespace';

export interface BleuOptions {
  /** Highest n-gram order N (BLEU-N), uniform weights 1/N (default 4). */
  readonly maxOrder?: number;
  /** Default "13a", as sacreBLEU. */
  readonly tokenization?: Tokenization;
}

export interface BleuStats {
  readonly correct: number[];
  readonly total: number[];
  readonly hypLen: number;
  readonly refLen: number;
}

/**
 * A sentence's BLEU tokens. sacreBLEU strips trailing whitespace before tokenizing, which
 * matters to 13a: it joins "-\n" across lines, so a line ending in "-\n" keeps its hyphen.
 */
export function bleuTokens(line: string, tokenization: Tokenization): string[] {
  return tokenize(stripWhitespaceEnd(line), tokenization);
}

export function bleuStats(
  hyps: readonly string[],
  refs: readonly string[],
  maxOrder = 4,
  tokenization: Tokenization = '13a',
): BleuStats {
  assertPaired(hyps, refs);
  const correct = new Array<number>(maxOrder).fill(0);
  const totals = new Array<number>(maxOrder).fill(0);
  let hypLen = 0;
  let refLen = 0;
  hyps.forEach((h, i) => {
    const ht = bleuTokens(h, tokenization);
    const rt = bleuTokens(refs[i] ?? '', tokenization);
    hypLen += ht.length;
    refLen += rt.length;
    for (let n = 1; n <= maxOrder; n++) {
      correct[n - 1] =
        (correct[n - 1] ?? 0) + clippedMatches(ngramCounts(ht, n), ngramCounts(rt, n));
      totals[n - 1] = (totals[n - 1] ?? 0) + Math.max(ht.length - n + 1, 0);
    }
  });
  return { correct, total: totals, hypLen, refLen };
}

/**
 * BLEU (0–100) from corpus statistics, in sacreBLEU's order of operations (compute_bleu, so the
 * two round alike): precisions in percent, the mean of their logs, times the brevity penalty.
 * No smoothing: an order without matches has precision 0, whose floored log makes the score 0.
 */
export function bleuFromStats(s: BleuStats): number {
  const n = s.correct.length;
  if (s.hypLen === 0 || s.correct.some((c) => c === 0)) return 0;
  const bp = s.hypLen < s.refLen ? Math.exp(1 - s.refLen / s.hypLen) : 1;
  let sumLog = 0;
  for (let i = 0; i < n; i++) sumLog += Math.log((100 * (s.correct[i] ?? 0)) / (s.total[i] ?? 1));
  return bp * Math.exp(sumLog / n);
}

/**
 * Corpus BLEU as sacreBLEU computes it with smooth_method "none": trailing whitespace stripped,
 * 13a tokenization, counts clipped by the reference,
 * summed over the corpus, geometric mean of the N precisions, brevity penalty exp(1 − r/c) when
 * the hypotheses are shorter (c < r). No smoothing: sacreBLEU's default "exp" smoothing changes
 * the score only when some order has zero matches in the whole corpus.
 */
export function corpusBleu(
  hyps: readonly string[],
  refs: readonly string[],
  opts: BleuOptions = {},
): number {
  return bleuFromStats(bleuStats(hyps, refs, opts.maxOrder ?? 4, opts.tokenization ?? '13a'));
}
