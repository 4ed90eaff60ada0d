/**
 * The finished English hypotheses re-ranked by the sentence type the encoder reads from the face
 * (training/slt/decode.py `choose_by_type`, which the Python evaluation uses): a pack whose memory
 * graph has a sentence-type head scores each hypothesis by its normalized beam score plus
 * `weight` × log p(the type of its text). Why: the head reads the brows and the headshake more
 * reliably than the decoder writes them (ase-slt v0.3.0 on test-nmm-pairs: 600 of 600 against
 * 568), and another finished hypothesis often holds the right reading.
 */
import { SENTENCE_TYPES, sentenceType } from '../../metrics/sentence-type';
import type { Hypothesis } from '../../text/seq2seq/beam';

/** Why `types` (a pack's sentenceTypes) cannot be used ("" when it can). */
export function sentenceTypesMismatch(types: readonly string[]): string {
  const known = SENTENCE_TYPES as readonly string[];
  const unknown = types.filter((t) => !known.includes(t));
  if (unknown.length > 0)
    return `sentenceTypes has ${unknown.join(', ')}; valid: ${SENTENCE_TYPES.join(', ')}`;
  if (new Set(types).size !== types.length)
    return `sentenceTypes repeats a type: ${types.join(', ')}`;
  return '';
}

/**
 * Index into `finished` (best first) of the hypothesis to keep. `typeLogprobs[i]` is the head's
 * log-probability of `types[i]`; a text whose type the head does not list keeps its beam score.
 * Ties keep the earlier hypothesis.
 */
export function chooseByType(
  finished: readonly Hypothesis[],
  texts: readonly string[],
  types: readonly string[],
  typeLogprobs: Float32Array,
  weight: number,
): number {
  let best = 0;
  let bestScore = -Infinity;
  finished.forEach((h, j) => {
    const i = types.indexOf(sentenceType(texts[j] ?? ''));
    const score = h.normalized + (i >= 0 ? weight * (typeLogprobs[i] ?? 0) : 0);
    if (score > bestScore) {
      bestScore = score;
      best = j;
    }
  });
  return best;
}
