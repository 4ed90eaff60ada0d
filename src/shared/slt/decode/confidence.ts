/**
 * Confidence of a final caption, as training/slt/decode.py: exp(mean log-probability of the
 * chosen English tokens, the end token included), a geometric-mean token probability in [0, 1]
 * that does not shrink with sentence length.
 */
import type { Hypothesis } from '../../text/seq2seq/beam';

/** `maxLen`: the search's limit; a hypothesis that long was cut off and has no end token. */
export function captionConfidence(h: Hypothesis, maxLen: number): number {
  const scored = h.tokens.length < maxLen ? h.tokens.length + 1 : h.tokens.length;
  if (scored === 0 || !Number.isFinite(h.score)) return 0;
  return Math.min(1, Math.max(0, Math.exp(h.score / scored)));
}
