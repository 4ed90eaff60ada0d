import type { WordClass } from '../retrieval/thesaurus';

/**
 * One sign to find, before the lexicon is consulted. The rules decide what to look for; the
 * resolver (resolve-request.ts) decides how it was found.
 */
export type SignRequest =
  /** A closed-class word, number part or fixed phrase: the lexicon only, by these keywords in order. */
  | { readonly kind: 'keywords'; readonly keywords: readonly string[]; readonly spell: string }
  /** An open-class word: lexicon, then WordNet, then nearest keyword, then fingerspelling. */
  | {
      readonly kind: 'word';
      /** Keywords tried before `forms` (pronoun case, lexical choices). */
      readonly preferred: readonly string[];
      /** Word forms to look up, best first (lemma, surface, other lemmas). */
      readonly forms: readonly string[];
      readonly cls: WordClass | undefined;
      readonly spell: string;
    }
  /** A name: the lexicon only if it lists the word as a proper noun, else spelled. */
  | { readonly kind: 'proper'; readonly text: string }
  /** Spelled by convention (months: fs-DEC). */
  | { readonly kind: 'spell'; readonly text: string }
  /**
   * A number, as digits ("25", "1500", "05", "3.5"): the lexicon's sign when it has the number
   * whole (TWELVE), else the number itself as the gloss, which the sign side renders with number
   * signs (see ../number-gloss.ts). Never split into glosses of its digits: TWO FIVE reads as 2, 5.
   */
  | { readonly kind: 'number'; readonly digits: string };

export const numberRequest = (digits: string): SignRequest => ({ kind: 'number', digits });

export const keywords = (words: readonly string[], spell = words[0] ?? ''): SignRequest => ({
  kind: 'keywords',
  keywords: words,
  spell,
});
