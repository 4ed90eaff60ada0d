import { assertPaired } from './ngrams';
import { splitWords } from './tokenize';

/** Recall weight of the SLT literature's ROUGE-L (MS-COCO caption evaluation code, used by Camgöz et al.). */
export const ROUGE_L_BETA = 1.2;

/** Length of the longest common subsequence of two token lists. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const cur = [0];
    for (let j = 0; j < b.length; j++) {
      cur.push(x === b[j] ? (prev[j] ?? 0) + 1 : Math.max(prev[j + 1] ?? 0, cur[j] ?? 0));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** ROUGE-L F (0–100) of one sentence pair on whitespace tokens. */
export function sentenceRougeL(hyp: string, ref: string): number {
  const h = splitWords(hyp);
  const r = splitWords(ref);
  const lcs = lcsLength(r, h);
  if (lcs === 0) return 0;
  const p = lcs / h.length;
  const rec = lcs / r.length;
  const b2 = ROUGE_L_BETA * ROUGE_L_BETA;
  return (100 * ((1 + b2) * p * rec)) / (rec + b2 * p);
}

/** Sentence-level ROUGE-L F averaged over the corpus, as the SLT evaluation scripts report it. */
export function rougeL(hyps: readonly string[], refs: readonly string[]): number {
  assertPaired(hyps, refs);
  if (hyps.length === 0) return 0;
  let sum = 0;
  hyps.forEach((h, i) => (sum += sentenceRougeL(h, refs[i] ?? '')));
  return sum / hyps.length;
}
