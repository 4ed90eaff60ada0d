/**
 * What the English rules need from an NLP pipeline. The app fills it with wink-nlp (see
 * src/workers/slp/english-asl/wink-analyzer.ts); the rules never import the library, so they stay pure
 * and the 4 MB language model loads only where text→gloss runs.
 */

/** Universal Dependencies part-of-speech tags (what wink-nlp emits). */
export const UPOS = [
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
  'SPACE',
] as const;
export type Upos = (typeof UPOS)[number];

/** Entity types the rules act on; others are read word by word. */
export const ENTITY_TYPES = [
  'DATE',
  'TIME',
  'DURATION',
  'MONEY',
  'PERCENT',
  'CARDINAL',
  'ORDINAL',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface AnalyzedToken {
  /** As typed. */
  readonly text: string;
  /** Lemma for the tagged part of speech, lowercase ("costs" → "cost", "n't" → "not"). */
  readonly lemma: string;
  /** Lemmas for the other open classes, for when the tag is wrong ("lives" read as a noun). */
  readonly altLemmas: readonly string[];
  readonly pos: Upos;
  /** Whitespace before the token in the input (to rebuild "$25" vs "thank you"). */
  readonly spaceBefore: boolean;
  /** Title case or all capitals with more than one letter, as typed. */
  readonly capitalized: boolean;
  /** Emoji, emoticons, URLs and the like: never signed. */
  readonly unsignable: boolean;
  /** The entity this token belongs to, if any; tokens of one entity share `entityId`. */
  readonly entity?: EntityType | undefined;
  readonly entityId?: number | undefined;
}

export type AnalyzedSentence = readonly AnalyzedToken[];

export interface EnglishAnalyzer {
  /** Sentences of tagged tokens, in order. Never throws on odd input; returns [] for no words. */
  analyze(text: string): AnalyzedSentence[];
}
