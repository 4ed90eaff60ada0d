import { assertPaired, clippedMatches, ngramCounts, total } from './ngrams';

/** sacreBLEU chrF defaults: character n-grams up to 6, beta 2 (recall weighted 2x), no word n-grams. */
export const CHRF_ORDER = 6;
export const CHRF_BETA = 2;

/**
 * Corpus chrF2 (0–100) as sacreBLEU: whitespace removed, per-order hypothesis, reference and
 * matched n-gram counts summed over the corpus; precision and recall averaged over the orders
 * that have n-grams on both sides, then F-beta.
 */
export function corpusChrf(
  hyps: readonly string[],
  refs: readonly string[],
  order = CHRF_ORDER,
  beta = CHRF_BETA,
): number {
  assertPaired(hyps, refs);
  const stats = Array.from({ length: order }, () => ({ hyp: 0, ref: 0, match: 0 }));
  hyps.forEach((h, i) => {
    const hc = [...h.replace(/\s+/g, '')];
    const rc = [...(refs[i] ?? '').replace(/\s+/g, '')];
    stats.forEach((s, k) => {
      const hn = ngramCounts(hc, k + 1);
      const rn = ngramCounts(rc, k + 1);
      s.hyp += total(hn);
      s.ref += total(rn);
      s.match += clippedMatches(hn, rn);
    });
  });
  let prec = 0;
  let rec = 0;
  let effective = 0;
  for (const s of stats) {
    if (s.hyp > 0 && s.ref > 0) {
      prec += s.match / s.hyp;
      rec += s.match / s.ref;
      effective++;
    }
  }
  if (effective === 0) return 0;
  prec /= effective;
  rec /= effective;
  if (prec + rec === 0) return 0;
  const b2 = beta * beta;
  return (100 * ((1 + b2) * prec * rec)) / (b2 * prec + rec);
}
