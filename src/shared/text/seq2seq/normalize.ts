/**
 * German input normalized the way PHOENIX-2014T's sentences are written (and the way
 * training/t2g/text.py normalizes, byte for byte): NFC, lowercase, sentence-final punctuation as
 * a separate ".", every other mark dropped.
 */
const SENTENCE_END = /[.!?]+/gu;
// Python's `[^\w\s.]`: \w is letters, digits and underscore in Unicode.
const OTHER_PUNCT = /[^\p{L}\p{N}_\s.]/gu;

export function normalizePhoenix(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(SENTENCE_END, ' . ')
    .replace(OTHER_PUNCT, ' ')
    .replaceAll('_', ' ')
    .split(/\s+/u)
    .filter((w) => w.length > 0)
    .join(' ');
}
