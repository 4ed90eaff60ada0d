/**
 * BLEU and chrF against several references per hypothesis, as sacreBLEU scores them: BLEU clips
 * each n-gram by its largest count in any reference and takes the reference length closest to
 * the hypothesis (ties: the shorter); chrF keeps, per sentence, the statistics of the reference
 * with the best sentence chrF.
 */
import { bleuFromStats, bleuTokens } from './bleu';
import type { BleuStats } from './bleu';
import {
  addCharStats,
  charStats,
  chrfFromStats,
  CHRF_BETA,
  CHRF_ORDER,
  emptyCharStats,
  type CharStats,
} from './chrf';
import { clippedMatches, ngramCounts } from './ngrams';
import type { Tokenization } from './tokenize';

function assertRefs(hyps: readonly string[], refs: readonly (readonly string[])[]): void {
  if (hyps.length !== refs.length)
    throw new RangeError(
      `${hyps.length} hypotheses but ${refs.length} reference sets: expected one set each`,
    );
  refs.forEach((r, i) => {
    if (r.length === 0)
      throw new RangeError(`hypothesis ${i} has no reference: expected at least one`);
  });
}

export function bleuStatsMulti(
  hyps: readonly string[],
  refs: readonly (readonly string[])[],
  maxOrder = 4,
  tokenization: Tokenization = '13a',
): BleuStats {
  assertRefs(hyps, refs);
  const correct = new Array<number>(maxOrder).fill(0);
  const totals = new Array<number>(maxOrder).fill(0);
  let hypLen = 0;
  let refLen = 0;
  hyps.forEach((h, i) => {
    const ht = bleuTokens(h, tokenization);
    const rts = (refs[i] ?? []).map((r) => bleuTokens(r, tokenization));
    hypLen += ht.length;
    let best = Infinity;
    for (const rt of rts) {
      const d = Math.abs(rt.length - ht.length);
      const bestD = Math.abs(best - ht.length);
      if (d < bestD || (d === bestD && rt.length < best)) best = rt.length;
    }
    refLen += best;
    for (let n = 1; n <= maxOrder; n++) {
      const hc = ngramCounts(ht, n);
      const maxRef = new Map<string, number>();
      for (const rt of rts)
        for (const [g, c] of ngramCounts(rt, n)) maxRef.set(g, Math.max(maxRef.get(g) ?? 0, c));
      correct[n - 1] = (correct[n - 1] ?? 0) + clippedMatches(hc, maxRef);
      totals[n - 1] = (totals[n - 1] ?? 0) + Math.max(ht.length - n + 1, 0);
    }
  });
  return { correct, total: totals, hypLen, refLen };
}

/** Corpus BLEU-N (0–100), sacreBLEU conventions (13a, no smoothing), several references each. */
export function corpusBleuMulti(
  hyps: readonly string[],
  refs: readonly (readonly string[])[],
  maxOrder = 4,
): number {
  return bleuFromStats(bleuStatsMulti(hyps, refs, maxOrder));
}

/** Corpus chrF2 (0–100) with several references each (the best-matching one per sentence). */
export function corpusChrfMulti(
  hyps: readonly string[],
  refs: readonly (readonly string[])[],
  order = CHRF_ORDER,
  beta = CHRF_BETA,
): number {
  assertRefs(hyps, refs);
  const sum = emptyCharStats(order);
  hyps.forEach((h, i) => {
    let best: CharStats | undefined;
    let bestScore = -1;
    for (const r of refs[i] ?? []) {
      const s = charStats(h, r, order);
      const f = chrfFromStats(s, beta);
      if (f > bestScore) {
        bestScore = f;
        best = s;
      }
    }
    if (best !== undefined) addCharStats(sum, best);
  });
  return chrfFromStats(sum, beta);
}
