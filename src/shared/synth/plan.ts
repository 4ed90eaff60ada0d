import type { GeneratedSentence, SentenceGenerator } from './sentences';
import { HELD_OUT_PROFILES, PROFILE_COUNT } from './profiles';
import { Rng } from './rng';
import { isHeldOutSequence, splitLayout, type Split } from './splits';

/** What the corpus will hold at index i: decided up front from the seed, cheap (text only). */
export interface PlannedUtterance {
  readonly index: number;
  readonly id: string;
  readonly split: Split;
  readonly sentence: GeneratedSentence;
  /** Index of the profile (profiles.ts) that signs it. */
  readonly profile: number;
  /** For test-nmm-pairs: the other utterance of the pair. */
  readonly pair: string | null;
}

/**
 * How many times to redraw a sentence whose gloss sequence is in the wrong pool: 8% of sequences
 * are held out, so a held-out one fails 1000 draws with probability 0.92^1000 ≈ 1e-36.
 */
const MAX_REDRAWS = 1000;
/** Draws that keep the focus sign before giving it up. */
const FOCUS_DRAWS = 32;

export function utteranceId(i: number): string {
  return `u${String(i).padStart(6, '0')}`;
}

/**
 * The corpus plan: every utterance's split, sentence, signer and pair. Train and unseen-signer
 * utterances rotate a focus sign over the lexicon so every sign appears in training about equally
 * often; no utterance outside test-unseen-sentence has a held-out gloss sequence.
 */
export function planCorpus(
  gen: SentenceGenerator,
  focusGlosses: readonly string[],
  n: number,
  seed: number,
): PlannedUtterance[] {
  const layout = splitLayout(n, seed);
  const trainProfiles = PROFILE_COUNT - HELD_OUT_PROFILES;
  const out: PlannedUtterance[] = [];
  const focusAt: Partial<Record<Split, number>> = {};
  for (let i = 0; i < n; i++) {
    const split = layout[i]!;
    const rng = Rng.for(seed, 'sentence', i);
    const profile =
      split === 'test-unseen-signer'
        ? trainProfiles + rng.int(0, HELD_OUT_PROFILES - 1)
        : rng.int(0, trainProfiles - 1);
    if (split === 'test-nmm-pairs') {
      const [a, b] = gen.pair(rng);
      const other = rng.int(0, trainProfiles - 1);
      out.push(
        { index: i, id: utteranceId(i), split, sentence: a, profile, pair: utteranceId(i + 1) },
        {
          index: i + 1,
          id: utteranceId(i + 1),
          split,
          sentence: b,
          profile: other,
          pair: utteranceId(i),
        },
      );
      i++;
      continue;
    }
    let sentence: GeneratedSentence;
    if (split === 'test-fingerspelling') sentence = gen.fingerspelling(rng);
    else {
      const wantHeldOut = split === 'test-unseen-sentence';
      const k = focusAt[split] ?? 0;
      focusAt[split] = k + 1;
      const focus =
        wantHeldOut || focusGlosses.length === 0
          ? undefined
          : focusGlosses[k % focusGlosses.length];
      sentence = drawInPool(gen, rng, focus, wantHeldOut, seed);
    }
    out.push({ index: i, id: utteranceId(i), split, sentence, profile, pair: null });
  }
  return out;
}

/**
 * A letter spelled on its own (`fs-A`, the spelling corpus of an alphabet-only pack) is never held
 * out: with 26 such sequences, 8 % held out would leave about two letters never seen alone in
 * training. Word-sign generators never make one, so their plans are unchanged.
 */
function isHeldLetter(glosses: readonly string[]): boolean {
  return glosses.length === 1 && /^fs-\p{Lu}$/u.test(glosses[0]!);
}

function drawInPool(
  gen: SentenceGenerator,
  rng: Rng,
  focus: string | undefined,
  heldOut: boolean,
  seed: number,
): GeneratedSentence {
  for (let attempt = 0; attempt < MAX_REDRAWS; attempt++) {
    // Late attempts drop the focus: a sign whose every sentence falls in the other pool.
    const s = gen.generate(rng, attempt < FOCUS_DRAWS ? focus : undefined);
    if ((isHeldOutSequence(s.glosses, seed) && !isHeldLetter(s.glosses)) === heldOut) return s;
  }
  throw new Error(
    `no ${heldOut ? 'held-out' : 'training'} sentence after ${MAX_REDRAWS} draws${focus ? ` with ${focus}` : ''}: the generator has too few distinct sentences for the split`,
  );
}
