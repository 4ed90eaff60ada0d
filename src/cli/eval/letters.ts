/**
 * Letters of a manual alphabet as `eval slt-letters` compares them: the label of a real clip, the
 * letter a CTC token stands for, and the fold to A–Z that the app's own fingerspelling applies.
 */
import { LETTER_PREFIX } from '../../shared/slt/decode/ctc';
import { fingerspellLetters } from '../../shared/text/fingerspell';

const SHARP_S = 'ß';
const CAPITAL_SHARP_S = 'ẞ';
/** One letter of any script (Ä, Ö, Ü and ß included), nothing else. */
const ONE_LETTER = /^\p{L}$/u;

/**
 * A clip's label as a letter: trimmed, NFC, upper case ('ä' → 'Ä'), except that ß stays ß
 * ('ß'.toUpperCase() is 'SS', two letters, which is not what the clip shows).
 */
export function letterOf(label: string): string {
  const s = label.trim().normalize('NFC');
  return s === SHARP_S || s === CAPITAL_SHARP_S ? SHARP_S : s.toUpperCase();
}

/**
 * The A–Z letter the app spells a letter with (src/shared/text/fingerspell.ts): Ä → A, Ö → O,
 * Ü → U, ß → S (the first of its SS). A letter with no A–Z fold is itself.
 */
export function foldLetter(letter: string): string {
  return fingerspellLetters(letter).charAt(0) || letter;
}

/**
 * The letter each CTC token stands for, or undefined: `#A`..`#Z` (fingerspelled letters,
 * training/slt/vocab.py) and a gloss that is a single letter (a lexicon whose signs are letters).
 */
export function tokenLetters(itos: readonly string[]): (string | undefined)[] {
  return itos.map((t) => {
    const body = t.startsWith(LETTER_PREFIX) ? t.slice(LETTER_PREFIX.length) : t;
    return ONE_LETTER.test(body) ? letterOf(body) : undefined;
  });
}
