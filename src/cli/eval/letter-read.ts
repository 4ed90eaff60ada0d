/**
 * Which letter a clip shows, from the CTC log-probabilities of the whole clip, and the figures
 * over many clips. A real clip holds one letter for seconds, so the CTC head may emit it once and
 * blanks around it, or miss its peak narrowly: the posterior of each letter summed over the steps
 * uses all of that evidence; the most frequent greedy letter is kept beside it for comparison.
 */
import { argmaxRow } from '../../shared/slt/decode/ctc';
import { foldLetter } from './letters';

export interface LetterReading {
  /** The letter with the largest summed posterior. */
  readonly letter: string;
  /** The letter greedy CTC picks most often; null when every step is blank or another gloss. */
  readonly greedy: string | null;
  /** The best three letters with their share of the summed letter posterior. */
  readonly top: readonly { letter: string; share: number }[];
}

/** Letters reported per clip in `top`. */
const TOP_LETTERS = 3;

/**
 * `logprobs` [steps × letters.length] (a row per encoder step over the CTC vocabulary);
 * `letters[i]` the letter token i stands for (tokenLetters). Ties go to the earlier letter.
 */
export function readLetter(
  logprobs: Float32Array,
  steps: number,
  letters: readonly (string | undefined)[],
): LetterReading {
  const width = letters.length;
  if (logprobs.length < steps * width)
    throw new RangeError(
      `readLetter: ${steps} steps × ${width} tokens need ${steps * width} values; got ${logprobs.length}`,
    );
  const mass = new Map<string, number>();
  for (const l of letters) if (l !== undefined) mass.set(l, 0);
  if (mass.size === 0) throw new RangeError('readLetter: no CTC token stands for a letter');
  const greedyCounts = new Map<string, number>();
  for (let t = 0; t < steps; t++) {
    for (let v = 0; v < width; v++) {
      const l = letters[v];
      if (l !== undefined) mass.set(l, (mass.get(l) ?? 0) + Math.exp(logprobs[t * width + v]!));
    }
    const g = letters[argmaxRow(logprobs, t, width)];
    if (g !== undefined) greedyCounts.set(g, (greedyCounts.get(g) ?? 0) + 1);
  }
  const total = [...mass.values()].reduce((a, b) => a + b, 0);
  const ranked = [...mass.entries()].sort((a, b) => b[1] - a[1]);
  const greedy = [...greedyCounts.entries()].sort((a, b) => b[1] - a[1])[0];
  return {
    letter: ranked[0]![0],
    greedy: greedy === undefined ? null : greedy[0],
    top: ranked
      .slice(0, TOP_LETTERS)
      .map(([letter, m]) => ({ letter, share: total > 0 ? m / total : 0 })),
  };
}

export interface ClipResult {
  readonly path: string;
  /** The clip's letter (letterOf its label). */
  readonly label: string;
  readonly reading: LetterReading;
}

export interface LetterFigures {
  readonly n: number;
  /** Share of clips whose summed-posterior letter is the label (0..1). */
  readonly accuracy: number;
  /** The same with Ä, Ö, Ü, ß folded to A, O, U, S on both sides (the app spells them so). */
  readonly accuracyFolded: number;
  /** Share of clips whose most frequent greedy letter is the label. */
  readonly greedyAccuracy: number;
  /** Accuracy over the clips whose letter the pack has a token for; null when there are none. */
  readonly accuracyOnPackLetters: number | null;
  readonly nOnPackLetters: number;
  /** 1 / the number of different letters among the clips: guessing uniformly. */
  readonly chance: number;
  /** Letters of the clips the pack has no token for (never readable right unless folded). */
  readonly missingFromPack: string[];
  /** Per real letter: clips, how many read right, and what the others were read as. */
  readonly perLetter: Record<string, { n: number; correct: number; readAs: string[] }>;
}

export function letterFigures(
  results: readonly ClipResult[],
  packLetters: ReadonlySet<string>,
): LetterFigures {
  const n = results.length;
  const share = (k: number, of: number) => (of > 0 ? k / of : 0);
  const right = results.filter((r) => r.reading.letter === r.label);
  const inPack = results.filter((r) => packLetters.has(r.label));
  const perLetter: LetterFigures['perLetter'] = {};
  for (const r of results) {
    const e = (perLetter[r.label] ??= { n: 0, correct: 0, readAs: [] });
    e.n++;
    if (r.reading.letter === r.label) e.correct++;
    else e.readAs.push(r.reading.letter);
  }
  const labels = Object.keys(perLetter).sort();
  return {
    n,
    accuracy: share(right.length, n),
    accuracyFolded: share(
      results.filter((r) => foldLetter(r.reading.letter) === foldLetter(r.label)).length,
      n,
    ),
    greedyAccuracy: share(results.filter((r) => r.reading.greedy === r.label).length, n),
    accuracyOnPackLetters:
      inPack.length > 0
        ? share(inPack.filter((r) => r.reading.letter === r.label).length, inPack.length)
        : null,
    nOnPackLetters: inPack.length,
    chance: share(1, labels.length),
    missingFromPack: labels.filter((l) => !packLetters.has(l)),
    perLetter: Object.fromEntries(labels.map((l) => [l, perLetter[l]!])),
  };
}
