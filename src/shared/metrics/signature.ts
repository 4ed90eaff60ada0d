/**
 * sacreBLEU-style signatures for the scores we print, so a reader knows how each was computed
 * and can reproduce it with sacreBLEU: the fields and their order are sacreBLEU's own
 * (BLEUSignature, CHRFSignature). The version names the sacreBLEU release our implementation is
 * checked against (test/unit/metrics/sacrebleu.test.ts), marked as ours.
 */
import { CHRF_BETA, CHRF_ORDER } from './chrf';
import type { Tokenization } from './tokenize';

/** The sacreBLEU release the metrics agree with: training/requirements.txt pins it. */
export const SACREBLEU_VERSION = '2.6.0';
export const SIGNATURE_VERSION = `${SACREBLEU_VERSION}+signbridge`;

/** sacreBLEU's nrefs: the references per sentence, or "var" when sentences have different counts. */
export type RefCount = number | 'var';

export function refCount(refs: readonly (readonly string[])[]): RefCount {
  const counts = new Set(refs.map((r) => r.length));
  return counts.size <= 1 ? (counts.values().next().value ?? 0) : 'var';
}

/** BLEU as corpusBleu computes it: mixed case, no effective order, no smoothing. */
export function bleuSignature(nrefs: RefCount, tokenization: Tokenization = '13a'): string {
  return `nrefs:${nrefs}|case:mixed|eff:no|tok:${tokenization}|smooth:none|version:${SIGNATURE_VERSION}`;
}

/** chrF as corpusChrf computes it: sacreBLEU's CHRF() defaults (effective order, no spaces). */
export function chrfSignature(nrefs: RefCount): string {
  return `nrefs:${nrefs}|case:mixed|eff:yes|nc:${CHRF_ORDER}|nw:0|space:no|version:${SIGNATURE_VERSION}`;
}

/** The name sacreBLEU gives the chrF score ("chrF2" for beta 2). */
export const CHRF_NAME = `chrF${CHRF_BETA}`;
