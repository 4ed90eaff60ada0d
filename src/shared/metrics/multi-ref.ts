/**
 * BLEU and chrF against several references per hypothesis, as sacreBLEU scores them: BLEU clips
 * each n-gram by its largest count in any reference and takes the reference length closest to
 * the hypothesis (ties: the shorter); chrF keeps, per sentence, the statistics of the reference
 * with the best sentence chrF.
 */
import { bleuFromStats } from './bleu';
import type { BleuStats } from './bleu';
import { CHRF_BETA, CHRF_ORDER } from './chrf';
import { ngramCounts, total } from './ngrams';
import { tokenize } from './tokenize';
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
    const ht = tokenize(h, tokenization);
    const rts = (refs[i] ?? []).map((r) => tokenize(r, tokenization));
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
      let m = 0;
      for (const [g, c] of hc) m += Math.min(c, maxRef.get(g) ?? 0);
      correct[n - 1] = (correct[n - 1] ?? 0) + m;
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

interface CharStats {
  hyp: number[];
  ref: number[];
  match: number[];
}

function charStats(h: string, r: string, order: number): CharStats {
  const hc = [...h.replace(/\s+/g, '')];
  const rc = [...r.replace(/\s+/g, '')];
  const s: CharStats = { hyp: [], ref: [], match: [] };
  for (let k = 1; k <= order; k++) {
    const hn = ngramCounts(hc, k);
    const rn = ngramCounts(rc, k);
    let m = 0;
    for (const [g, c] of hn) m += Math.min(c, rn.get(g) ?? 0);
    s.hyp.push(total(hn));
    s.ref.push(total(rn));
    s.match.push(m);
  }
  return s;
}

function chrfOf(s: CharStats, beta: number): number {
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

/** Corpus chrF2 (0–100) with several references each (the best-matching one per sentence). */
export function corpusChrfMulti(
  hyps: readonly string[],
  refs: readonly (readonly string[])[],
  order = CHRF_ORDER,
  beta = CHRF_BETA,
): number {
  assertRefs(hyps, refs);
  const sum: CharStats = {
    hyp: new Array<number>(order).fill(0),
    ref: new Array<number>(order).fill(0),
    match: new Array<number>(order).fill(0),
  };
  hyps.forEach((h, i) => {
    let best: CharStats | undefined;
    let bestScore = -1;
    for (const r of refs[i] ?? []) {
      const s = charStats(h, r, order);
      const f = chrfOf(s, beta);
      if (f > bestScore) {
        bestScore = f;
        best = s;
      }
    }
    for (let k = 0; k < order; k++) {
      sum.hyp[k] = (sum.hyp[k] ?? 0) + (best?.hyp[k] ?? 0);
      sum.ref[k] = (sum.ref[k] ?? 0) + (best?.ref[k] ?? 0);
      sum.match[k] = (sum.match[k] ?? 0) + (best?.match[k] ?? 0);
    }
  });
  return chrfOf(sum, beta);
}
