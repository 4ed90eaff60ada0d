import { assertPaired } from './ngrams';
import { splitWords } from './tokenize';

/** Levenshtein distance between token lists (substitution, insertion, deletion cost 1). */
export function editDistance(a: readonly string[], b: readonly string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  a.forEach((x, i) => {
    const cur = [i + 1];
    for (let j = 1; j <= b.length; j++) {
      const sub = (prev[j - 1] ?? 0) + (x === b[j - 1] ? 0 : 1);
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, sub));
    }
    prev = cur;
  });
  return prev[b.length] ?? 0;
}

/** Corpus word error rate (0–100+): total edits over total reference words, whitespace tokens. */
export function wer(hyps: readonly string[], refs: readonly string[]): number {
  assertPaired(hyps, refs);
  let edits = 0;
  let words = 0;
  hyps.forEach((h, i) => {
    const r = splitWords(refs[i] ?? '');
    edits += editDistance(r, splitWords(h));
    words += r.length;
  });
  return words === 0 ? 0 : (100 * edits) / words;
}
