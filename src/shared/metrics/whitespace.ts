/**
 * Whitespace as Python's str.split() and str.rstrip() see it (str.isspace), which is what
 * sacreBLEU splits words on (BLEU) and removes (chrF). JavaScript's \s is not the same set: it
 * has U+FEFF, which Python keeps inside a word, and lacks U+001C–U+001F and U+0085, which
 * Python splits on.
 */
const PYTHON_SPACE =
  '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const SPACE_RUNS = new RegExp(`[${PYTHON_SPACE}]+`, 'g');
// Every character of the set is in the BMP, so testing one UTF-16 unit at a time is exact.
const ONE_SPACE = new RegExp(`^[${PYTHON_SPACE}]$`);

/** Python's str.split() with no argument: whitespace runs split, no empty words. */
export function splitWhitespace(s: string): string[] {
  return s.split(SPACE_RUNS).filter((w) => w.length > 0);
}

/** Python's str.rstrip() with no argument. A loop: a regex anchored at $ backtracks quadratically. */
export function stripWhitespaceEnd(s: string): string {
  let end = s.length;
  while (end > 0 && ONE_SPACE.test(s.charAt(end - 1))) end--;
  return s.slice(0, end);
}

/** Python's "".join(s.split()): every whitespace character removed. */
export function removeWhitespace(s: string): string {
  return s.replace(SPACE_RUNS, '');
}
