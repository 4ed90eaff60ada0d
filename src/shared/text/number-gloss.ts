import { NUMBER_WORDS } from './english-asl/numbers';
import type { LexiconIndex } from './lexicon-index';

/**
 * Number glosses: a number in a gloss sequence is written as the number ("25", "1500", "05",
 * "3.5"), one gloss, so it reads as one number. Text → gloss writes them (english-asl/numbers.ts);
 * the sign side signs them with the pack's number signs in the order given here.
 */
export const NUMBER_GLOSS = /^\d+(?:\.\d+)?$/;

/** Scale and separator words signed between the number parts (their sign, else spelled). */
export const NUMBER_PART_WORDS = ['hundred', 'thousand', 'million', 'billion', 'point'] as const;
export type NumberPartWord = (typeof NUMBER_PART_WORDS)[number];

/** One sign of a number gloss: a number the pack signs whole (0–20) or a word between parts. */
export type NumberPart = { readonly value: number } | { readonly word: NumberPartWord };

const SCALES: readonly [NumberPartWord, number][] = [
  ['billion', 1e9],
  ['million', 1e6],
  ['thousand', 1e3],
  ['hundred', 100],
];
/** Numbers up to this one have a sign of their own in ASL (and in pack ase). */
const LARGEST_WHOLE_SIGN = 20;

/**
 * The gloss for a number: the lexicon's sign when it has the number whole (keyword "12" or
 * "twelve" → TWELVE; a pack with a sign for 25 gives it), else the number itself.
 */
export function numberGloss(digits: string, lexicon: LexiconIndex): string {
  const whole = lexicon.glossFor(digits);
  if (whole !== undefined) return whole;
  const n = Number(digits);
  const plain = /^(0|[1-9]\d*)$/.test(digits);
  const word = plain && n <= LARGEST_WHOLE_SIGN ? NUMBER_WORDS[n] : undefined;
  return (word === undefined ? undefined : lexicon.glossFor(word)) ?? digits;
}

/**
 * How a number gloss is signed, the ASL way: 0–20 whole; 21–99 as tens then units (25 → 2 5,
 * 40 → 4 0); larger numbers with HUNDRED / THOUSAND / MILLION between the parts (1500 → 1
 * THOUSAND 5 HUNDRED); a leading zero or a fraction digit by digit (05 → 0 5; 3.5 → 3 POINT 5).
 * Undefined when the gloss is not a number gloss.
 */
export function numberGlossParts(gloss: string): NumberPart[] | undefined {
  if (!NUMBER_GLOSS.test(gloss)) return undefined;
  const [int = '', fraction] = gloss.split('.');
  const digits = (s: string): NumberPart[] => [...s].map((c) => ({ value: Number(c) }));
  const n = Number(int);
  const whole =
    (int.length > 1 && int.startsWith('0')) || !Number.isSafeInteger(n)
      ? digits(int)
      : integerParts(n);
  return fraction === undefined ? whole : [...whole, { word: 'point' }, ...digits(fraction)];
}

function integerParts(n: number): NumberPart[] {
  if (n <= LARGEST_WHOLE_SIGN) return [{ value: n }];
  if (n < 100) return [{ value: Math.floor(n / 10) }, { value: n % 10 }];
  for (const [word, scale] of SCALES) {
    if (n < scale) continue;
    const rest = n % scale;
    return [
      ...integerParts(Math.floor(n / scale)),
      { word },
      ...(rest > 0 ? integerParts(rest) : []),
    ];
  }
  return [{ value: n }];
}

/**
 * Glosses a pack may use for a part, best first: the digits ("2"), then the English name (TWO,
 * THOUSAND); `spell` is the word to fingerspell when the pack has none of them.
 */
export function numberPartGlosses(part: NumberPart): { glosses: string[]; spell: string } {
  if ('word' in part) return { glosses: [part.word.toUpperCase()], spell: part.word };
  const name = NUMBER_WORDS[part.value] ?? String(part.value);
  return { glosses: [String(part.value), name.toUpperCase()], spell: name };
}
