import { EnglishGenerator } from './english-generator';
import { GlossOnlyGenerator } from './gloss-only';
import { SentenceLexicon } from './lexicon';
import { SpellingGenerator } from './spelling';
import type { LexiconEntryInfo, SentenceGenerator, SentenceGeneratorOptions } from './types';

export { describeSentenceStats, type SentenceStats } from './stats';
export { KIND_WEIGHTS } from './english-generator';
export { PAIR_TYPES, type PairType } from './pairs';
export * from './types';

/** Signs of at least this share of entries must have keywords for the English mode. */
const MIN_KEYWORD_SHARE = 0.5;

/**
 * The sentence generator of the synthetic corpus (docs/corpus.md): (English, glosses, non-manual
 * spans) triples over a pack's lexicon for the app's three settings.
 *
 * - 'english' mode when the pack's spoken language is English and its keywords name the core
 *   signs (me, you …): semantic templates produce ASL order ([TIME] [TOPIC] SUBJECT VERB OBJECT
 *   [NOT] [WH], as src/shared/text/english-asl/grammar.ts) and natural English with several wordings.
 * - 'gloss-only' mode otherwise (see gloss-only.ts): random sequences, no real English.
 * - a spelling corpus, also 'gloss-only', when the lexicon has letters and no word signs (see
 *   spelling.ts): held letters, random letter strings and names.
 *
 * Throws a RangeError when the entries are empty or none is a usable sign or letter.
 */
export function sentenceGenerator(
  entries: readonly LexiconEntryInfo[],
  options: SentenceGeneratorOptions = {},
): SentenceGenerator {
  const lex = new SentenceLexicon(entries, options.alphabet);
  if (lex.lettersOnly) return new SpellingGenerator(lex);
  return englishMode(lex, options.spokenLanguage)
    ? new EnglishGenerator(lex)
    : new GlossOnlyGenerator(lex);
}

function englishMode(lex: SentenceLexicon, spokenLanguage: string | undefined): boolean {
  if (spokenLanguage !== undefined && !/^en\b/i.test(spokenLanguage)) return false;
  const withKeywords = lex.signs.filter(
    (e) => Array.isArray(e.keywords) && e.keywords.length > 0,
  ).length;
  if (withKeywords < MIN_KEYWORD_SHARE * lex.signs.length) return false;
  return lex.gloss('you') !== undefined && (lex.gloss('me') ?? lex.gloss('i')) !== undefined;
}
