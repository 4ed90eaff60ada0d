/** Open word classes, the ones a thesaurus knows. */
export const WORD_CLASSES = ['noun', 'verb', 'adj', 'adv'] as const;
export type WordClass = (typeof WORD_CLASSES)[number];

/** How a related word relates to the asked one. */
export const RELATIONS = ['synonym', 'hypernym', 'similar'] as const;
export type Relation = (typeof RELATIONS)[number];

export interface RelatedWord {
  /** Lowercase, words separated by one space. */
  readonly word: string;
  readonly relation: Relation;
}

/** Why mapping a word onto another would mislead the reader. */
export const CONFLICTS = ['antonym', 'sibling'] as const;
export type Conflict = (typeof CONFLICTS)[number];

/**
 * The lexical knowledge retrieval needs (WordNet in the app; injected so the rules stay pure).
 */
export interface Thesaurus {
  /** Words that can stand in for `lemma`, best first: synonyms of its frequent senses, then broader words. */
  related(lemma: string, cls: WordClass): readonly RelatedWord[];
  /**
   * `antonym` for opposites (depart/arrive), `sibling` for distinct members of one small category
   * (purple/yellow, uncle/brother): word vectors place both close together, yet one never means the other.
   */
  conflict(word: string, candidate: string): Conflict | undefined;
}
