import { assertPaired, clippedMatches, ngramCounts, total } from './ngrams';

/** sacreBLEU chrF defaults: character n-grams up to 6, beta 2 (recall weighted 2x), no word n-grams. */
export const CHRF_ORDER = 6;
export const CHRF_BETA = 2;

/** Per-order character n-gram counts of one hypothesis against one reference. */
export interface CharStats {
  hyp: number[];
  ref: number[];
  match: number[];
}

/** Whitespace removed, character n-grams of orders 1..order, matches clipped by the reference. */
export function charStats(h: string, r: string, order: number): CharStats {
  const hc = [...h.replace(/\s+/g, '')];
  const rc = [...r.replace(/\s+/g, '')];
  const s: CharStats = { hyp: [], ref: [], match: [] };
  for (let k = 1; k <= order; k++) {
    const hn = ngramCounts(hc, k);
    const rn = ngramCounts(rc, k);
    s.hyp.push(total(hn));
    s.ref.push(total(rn));
    s.match.push(clippedMatches(hn, rn));
  }
  return s;
}

/**
 * chrF (0–100) from (summed) statistics: precision and recall averaged over the orders that have
 * n-grams on both sides, then F-beta.
 */
export function chrfFromStats(s: CharStats, beta: number): number {
  let prec = 0;
  let rec = 0;
  let effective = 0;
  s.hyp.forEach((h, k) => {
    const r = s.ref[k] ?? 0;
    if (h > 0 && r > 0) {
      prec += (s.match[k] ?? 0) / h;
      rec += (s.match[k] ?? 0) / r;
      effective++;
    }
  });
  if (effective === 0) return 0;
  prec /= effective;
  rec /= effective;
  if (prec + rec === 0) return 0;
  const b2 = beta * beta;
  return (100 * ((1 + b2) * prec * rec)) / (b2 * prec + rec);
}

/** Adds `s` into `sum`, order by order. */
export function addCharStats(sum: CharStats, s: CharStats): void {
  s.hyp.forEach((_, k) => {
    sum.hyp[k] = (sum.hyp[k] ?? 0) + (s.hyp[k] ?? 0);
    sum.ref[k] = (sum.ref[k] ?? 0) + (s.ref[k] ?? 0);
    sum.match[k] = (sum.match[k] ?? 0) + (s.match[k] ?? 0);
  });
}

export function emptyCharStats(order: number): CharStats {
  const zeros = (): number[] => new Array<number>(order).fill(0);
  return { hyp: zeros(), ref: zeros(), match: zeros() };
}

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
  const sum = emptyCharStats(order);
  hyps.forEach((h, i) => addCharStats(sum, charStats(h, refs[i] ?? '', order)));
  return chrfFromStats(sum, beta);
}
