/**
 * The lexicon as text→gloss sees it: glosses and the English keywords that name them. Built from
 * a pack's `lexicon/index.json` (or, in tests, a small list), so the rules never depend on how
 * the lexicon stores its motion.
 */
export interface LexiconEntryKeywords {
  readonly gloss: string;
  readonly keywords: readonly string[];
  /** The lexicon's category for the sign, if it has one ("place", "language", "time", …). */
  readonly category?: string | undefined;
}

/**
 * Categories whose keywords name proper nouns: a capitalized word in the text is signed only if
 * the lexicon files it under one of these (or writes the keyword capitalized); any other name is
 * fingerspelled, so "Mr. Brown" is never signed as the colour.
 */
const PROPER_CATEGORY = /place|country|city|state|nation|language|day|month|holiday|proper|name/i;
/**
 * Manual-alphabet letters are for fingerspelling, not words: their keywords ("a", "i") are left
 * out of lookup, or the article and the pronoun would find letters.
 */
const LETTER_CATEGORY = /^(alphabet|letters?|fingerspelling)$/i;

export interface KeywordGloss {
  readonly keyword: string;
  readonly gloss: string;
}

export interface LexiconIndex {
  /** The gloss for a keyword (any case, `_`/`-` or spaces between words), if the lexicon has one. */
  glossFor(keyword: string): string | undefined;
  hasGloss(gloss: string): boolean;
  /** Whether the lexicon holds this keyword as a proper noun (America, English, Monday). */
  isProperNoun(keyword: string): boolean;
  /** Every keyword once, with the gloss it resolves to. */
  readonly entries: readonly KeywordGloss[];
  /** Longest keyword in words, to bound phrase matching. */
  readonly maxPhraseWords: number;
}

/** Lowercase, typographic apostrophes folded, `_` and runs of spaces to one space. */
export function normalizeKeyword(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[_\s]+/g, ' ')
    .trim();
}

/** A gloss read as words: THANK-YOU → "thank you", so entries without keywords are still found. */
function glossAsKeyword(gloss: string): string {
  return normalizeKeyword(gloss.replace(/-/g, ' '));
}

export function buildLexiconIndex(entries: readonly LexiconEntryKeywords[]): LexiconIndex {
  const explicit = new Map<string, string>();
  const implicit = new Map<string, string>();
  const glosses = new Set<string>();
  const proper = new Set<string>();
  for (const e of entries) {
    glosses.add(e.gloss);
    const properCategory = e.category !== undefined && PROPER_CATEGORY.test(e.category);
    if (e.category !== undefined && LETTER_CATEGORY.test(e.category)) continue;
    for (const raw of e.keywords) {
      const k = normalizeKeyword(raw);
      if (k.length === 0) continue;
      if (properCategory || /^\p{Lu}/u.test(raw.trim())) proper.add(k);
      const held = explicit.get(k);
      // A keyword shared by several signs goes to the one named after it (RIGHT for "right"),
      // else to the first listed.
      if (held === undefined || (glossAsKeyword(held) !== k && glossAsKeyword(e.gloss) === k)) {
        explicit.set(k, e.gloss);
      }
    }
    const g = glossAsKeyword(e.gloss);
    if (g.length > 0 && !implicit.has(g)) implicit.set(g, e.gloss);
  }
  const map = new Map(implicit);
  for (const [k, g] of explicit) map.set(k, g);
  let maxPhraseWords = 1;
  for (const k of map.keys()) maxPhraseWords = Math.max(maxPhraseWords, k.split(' ').length);
  const list = [...map].map(([keyword, gloss]) => ({ keyword, gloss }));
  return {
    glossFor: (keyword) => {
      const k = normalizeKeyword(keyword);
      return map.get(k) ?? (k.includes('-') ? map.get(k.replace(/-/g, ' ')) : undefined);
    },
    hasGloss: (gloss) => glosses.has(gloss),
    isProperNoun: (keyword) => proper.has(normalizeKeyword(keyword)),
    entries: list,
    maxPhraseWords,
  };
}
