import { FINGERSPELL_PREFIX } from './result';

/**
 * Letters spelled per word at most: longer "words" are not words (pasted hashes, key mashing) and
 * would hold the avatar for minutes. 30 covers every dictionary word in common use.
 */
export const MAX_FINGERSPELL_LETTERS = 30;

/** Letters with no decomposition into A–Z plus a diacritic. */
const FOLDS: Record<string, string> = {
  ß: 'SS',
  æ: 'AE',
  Æ: 'AE',
  ø: 'O',
  Ø: 'O',
  œ: 'OE',
  Œ: 'OE',
  ð: 'D',
  þ: 'TH',
  ł: 'L',
  Ł: 'L',
};

/**
 * The manual-alphabet letters for a word: A–Z only (the ASL alphabet), diacritics removed
 * (José → JOSE), everything else dropped. Empty when nothing spellable is left (emoji, Cyrillic).
 */
export function fingerspellLetters(word: string): string {
  const folded = [...word].map((c) => FOLDS[c] ?? c).join('');
  const letters = folded
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z]/g, '');
  return letters.slice(0, MAX_FINGERSPELL_LETTERS);
}

/** `fs-JOHN` for "John"; undefined when the word has no spellable letters. */
export function fingerspellGloss(word: string): string | undefined {
  const letters = fingerspellLetters(word);
  return letters.length > 0 ? `${FINGERSPELL_PREFIX}${letters}` : undefined;
}
