import { editDistance } from '../../metrics/wer';
import { NUMBER_WORDS } from '../english-asl/numbers';
import { FINGERSPELL_PREFIX } from '../result';

/** TWELVE → 12: a number sign named by its English word compares equal to the number. */
const NUMBER_OF_WORD: ReadonlyMap<string, string> = new Map(
  NUMBER_WORDS.map((w, i) => [w.toUpperCase(), String(i)]),
);

/**
 * Gloss accuracy by category: the share of sentences whose gloss sequence equals the reference
 * exactly, and gloss WER (edits over reference glosses, summed over the category's sentences).
 */
export interface CategoryScore {
  readonly category: string;
  readonly n: number;
  /** Sentences whose glosses equal the reference, 0–1. */
  readonly exact: number;
  /** Gloss word error rate, percent (can pass 100 when the output is longer than the reference). */
  readonly wer: number;
}

export interface GlossScores {
  readonly overall: CategoryScore;
  /** One row per category, in order of first appearance. */
  readonly categories: readonly CategoryScore[];
}

/**
 * Glosses compared: upper case, the fingerspelling prefix folded (fs-REFUND = REFUND), and the
 * number signs 0–20 named by their English word read as numbers (TWELVE = 12). The references
 * name the word, not whether this lexicon has a sign for it: a word the pack spells keeps its
 * meaning, a different sign does not; TWO FIVE (2 5) is still not 25.
 */
export function comparableGlosses(line: string): string[] {
  return line
    .split(/\s+/)
    .filter((g) => g.length > 0)
    .map((g) => {
      const word = (
        g.startsWith(FINGERSPELL_PREFIX) ? g.slice(FINGERSPELL_PREFIX.length) : g
      ).toUpperCase();
      return NUMBER_OF_WORD.get(word) ?? word;
    });
}

export function scoreByCategory(
  items: readonly { readonly category: string; readonly reference: string }[],
  hypotheses: readonly string[],
): GlossScores {
  if (items.length !== hypotheses.length)
    throw new Error(
      `scoreByCategory: ${items.length} test items but ${hypotheses.length} hypotheses: expected one per item`,
    );
  const sums = new Map<string, { n: number; exact: number; edits: number; words: number }>();
  const all = { n: 0, exact: 0, edits: 0, words: 0 };
  items.forEach((item, i) => {
    const ref = comparableGlosses(item.reference);
    const hyp = comparableGlosses(hypotheses[i] ?? '');
    const edits = editDistance(ref, hyp);
    const s = sums.get(item.category) ?? { n: 0, exact: 0, edits: 0, words: 0 };
    for (const acc of [s, all]) {
      acc.n++;
      acc.exact += edits === 0 ? 1 : 0;
      acc.edits += edits;
      acc.words += ref.length;
    }
    sums.set(item.category, s);
  });
  const row = (category: string, s: typeof all): CategoryScore => ({
    category,
    n: s.n,
    exact: s.n === 0 ? 0 : s.exact / s.n,
    wer: s.words === 0 ? 0 : (100 * s.edits) / s.words,
  });
  return {
    overall: row('all', all),
    categories: [...sums].map(([c, s]) => row(c, s)),
  };
}
