import { hash32, Rng } from './rng';

export const SPLITS = [
  'train',
  'dev',
  'test-unseen-sentence',
  'test-unseen-signer',
  'test-nmm-pairs',
  'test-fingerspelling',
] as const;
export type Split = (typeof SPLITS)[number];

/** Shares of the corpus per split (train takes the rest); pairs count both utterances. */
const SHARE: Readonly<Record<Exclude<Split, 'train'>, number>> = {
  dev: 0.03,
  'test-unseen-sentence': 0.04,
  'test-unseen-signer': 0.04,
  'test-nmm-pairs': 0.012,
  'test-fingerspelling': 0.02,
};
/** Enough pairs for the issue's ≥ 200 once the corpus is large, never more than asked for. */
const MIN_PAIRS = 200;

/** Utterances per split for a corpus of `n`. */
export function splitCounts(n: number): Record<Split, number> {
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(`corpus size ${n}: expected a whole number of utterances, at least 1`);
  const counts = { train: 0 } as Record<Split, number>;
  let rest = n;
  for (const [split, share] of Object.entries(SHARE) as [Exclude<Split, 'train'>, number][]) {
    let c = Math.round(n * share);
    if (split === 'test-nmm-pairs')
      c = 2 * Math.min(Math.max(Math.round(c / 2), MIN_PAIRS), Math.floor(n / 8));
    // Small corpora (tests) still get every split when they can hold it.
    if (c === 0 && n >= 24) c = split === 'test-nmm-pairs' ? 2 : 1;
    c = Math.min(c, rest);
    counts[split] = c;
    rest -= c;
  }
  counts.train = rest;
  return counts;
}

/**
 * The split of every utterance index: quotas shuffled with the seed, pairs kept on consecutive
 * indices (the first of a pair at an even offset is not required, only adjacency).
 */
export function splitLayout(n: number, seed: number): Split[] {
  const counts = splitCounts(n);
  type Unit = Split | 'pair';
  const units: Unit[] = [];
  for (const s of SPLITS) {
    if (s === 'test-nmm-pairs') for (let i = 0; i < counts[s] / 2; i++) units.push('pair');
    else for (let i = 0; i < counts[s]; i++) units.push(s);
  }
  Rng.for(seed, 'splits').shuffle(units);
  const out: Split[] = [];
  for (const u of units) {
    if (u === 'pair') out.push('test-nmm-pairs', 'test-nmm-pairs');
    else out.push(u);
  }
  return out;
}

/** Share of distinct gloss sequences reserved for test-unseen-sentence, per mille. */
const HELD_OUT_PER_MILLE = 80;

/**
 * Whether a gloss sequence belongs to the held-out sentence pool. A property of the sequence
 * alone, so no train utterance can ever have a held-out sequence, whatever else is generated.
 */
export function isHeldOutSequence(glosses: readonly string[], seed: number): boolean {
  return hash32(glosses.join(' '), seed >>> 0 || 1) % 1000 < HELD_OUT_PER_MILLE;
}
