/**
 * A guard against the decoder's loops. On input it cannot read (a half-seen sign, a camera
 * that lost the hands), an attention decoder can fall into a cycle ("home home home …") that
 * only ends at the length limit, and the caption fills with it. The guard forbids the tokens that
 * would continue such a cycle: the same token a third time in a row, and any token that completes
 * a REPEAT_NGRAM-token sequence already in the prefix. English sentences of the corpus and of
 * ordinary speech repeat neither ("very very" stays allowed); the length-limited loop needs both.
 *
 * It wraps a StepFn, so the beam search itself stays the mirror of training's (beam.ts); only the
 * log-probabilities it sees change, and only for those tokens.
 */
import type { StepFn } from '../../text/seq2seq/beam';

/** The shortest repeated token sequence that is forbidden (a 4-gram seen twice). */
export const REPEAT_NGRAM = 4;
/** The most times one token may follow itself in a row. */
export const MAX_RUN = 2;

/** The tokens that may not come next after `prefix` (which starts with BOS). */
export function forbiddenNext(prefix: readonly number[], skipFirst = 1): Set<number> {
  const t = prefix.slice(skipFirst);
  const out = new Set<number>();
  const last = t[t.length - 1];
  if (last !== undefined && t.length >= MAX_RUN && t.slice(-MAX_RUN).every((x) => x === last)) {
    out.add(last);
  }
  const n = REPEAT_NGRAM - 1;
  if (t.length >= n) {
    const tail = t.slice(-n);
    // Every earlier place where the last n tokens occurred: the token after it may not follow again.
    for (let i = 0; i + n < t.length; i++) {
      let same = true;
      for (let j = 0; j < n && same; j++) same = t[i + j] === tail[j];
      const next = t[i + n];
      if (same && next !== undefined) out.add(next);
    }
  }
  return out;
}

/** `step` with the forbidden tokens of each prefix at -Infinity (the guard never leaves a row empty: EOS stays). */
export function guardRepeats(step: StepFn, eos: number): StepFn {
  return async (prefixes) => {
    const lp = await step(prefixes);
    const vocab = prefixes.length > 0 ? lp.length / prefixes.length : 0;
    prefixes.forEach((p, i) => {
      for (const v of forbiddenNext(p)) {
        if (v !== eos && v >= 0 && v < vocab) lp[i * vocab + v] = -Infinity;
      }
    });
    return lp;
  };
}
