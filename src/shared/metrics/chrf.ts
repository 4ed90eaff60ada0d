import { assertPaired, clippedMatches, ngramCounts, total } from './ngrams';
import { removeWhitespace } from './whitespace';

/** sacreBLEU chrF defaults: character n-grams up to 6, beta 2 (recall weighted 2x), no word n-grams. */
export const CHRF_ORDER = 6;
export const CHRF_BETA = 2;

/** Per-order character n-gram counts of one hypothesis against one reference. */
export interface CharStats {
  hyp: number[];
  ref: number[];
  match: number[];
}

/**
 * Whitespace removed (Python's whitespace), character n-grams of orders 1..order, matches clipped
 * by the reference. As sacreBLEU (CHRF._get_match_statistics), an order the reference has no
 * n-gram of counts no hypothesis n-grams either: a reference under `order` characters must not
 * lower the corpus precision of the orders it cannot have.
 */
export function charStats(h: string, r: string, order: number): CharStats {
  const hc = [...removeWhitespace(h)];
  const rc = [...removeWhitespace(r)];
  const s: CharStats = { hyp: [], ref: [], match: [] };
  for (let k = 1; k <= order; k++) {
    const hn = ngramCounts(hc, k);
    const rn = ngramCounts(rc, k);
    s.hyp.push(rn.size > 0 ? total(hn) : 0);
    s.ref.push(total(rn));
    s.match.push(clippedMatches(hn, rn));
  }
  return s;
}

/**
 * chrF (0–100) from (summed) statistics, sacreBLEU's default "effective order": precision and
 * recall averaged over the orders that have n-grams on both sides, then F-beta, in the order of
 * operations of CHRF._compute_f_score, so that scores (and the best of several references)
 * come out bit for bit the same.
 */
export function chrfFromStats(s: CharStats, beta: number): number {
  const factor = beta * beta;
  let avgPrec = 0;
  let avgRec = 0;
  let effective = 0;
  s.hyp.forEach((h, k) => {
    const r = s.ref[k] ?? 0;
    if (h > 0 && r > 0) {
      avgPrec += (s.match[k] ?? 0) / h;
      avgRec += (s.match[k] ?? 0) / r;
      effective++;
    }
  });
  if (effective === 0) return 0;
  avgPrec /= effective;
  avgRec /= effective;
  if (avgPrec + avgRec === 0) return 0;
  let score = (1 + factor) * avgPrec * avgRec;
  score /= factor * avgPrec + avgRec;
  return 100 * score;
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
 * Corpus chrF2 (0–100) as sacreBLEU's CHRF(): whitespace removed, per-order hypothesis,
 * reference and matched n-gram counts summed over the corpus (hypothesis counts only where the
 * reference has n-grams of that order); precision and recall averaged over the orders that
 * have n-grams on both sides, then F-beta.
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
