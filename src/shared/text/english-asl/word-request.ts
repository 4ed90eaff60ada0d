import type { WordClass } from '../retrieval/thesaurus';
import type { AnalyzedToken, Upos } from './analysis';
import type { SignRequest } from './sign-request';
import { PREFERRED_KEYWORDS } from './word-lists';

const CLASS_OF: Partial<Record<Upos, WordClass>> = {
  NOUN: 'noun',
  PROPN: 'noun',
  VERB: 'verb',
  AUX: 'verb',
  ADJ: 'adj',
  ADV: 'adv',
  X: 'noun',
};

/**
 * The lookup for an open-class word. Nouns try the form as typed first (GLASSES, NEWS, CLOTHES
 * are signs of their own); verbs and adjectives try the lemma first ("left" the verb is LEAVE).
 * The tagger's other lemmas come last, for when its tag is wrong ("lives" read as a noun → LIVE).
 */
export function wordRequest(t: AnalyzedToken): SignRequest {
  const surface = t.text.toLowerCase();
  const forms =
    t.pos === 'NOUN' ? [surface, t.lemma, ...t.altLemmas] : [t.lemma, surface, ...t.altLemmas];
  return {
    kind: 'word',
    preferred: PREFERRED_KEYWORDS[surface] ?? PREFERRED_KEYWORDS[t.lemma] ?? [],
    forms: [...new Set(forms.filter((f) => f.length > 0))],
    cls: CLASS_OF[t.pos],
    spell: t.text,
  };
}

/** A closed-class word: the lexicon by its preferred keywords, then the word itself. */
export function closedRequest(t: AnalyzedToken): SignRequest {
  const lower = t.text.toLowerCase();
  const kws = PREFERRED_KEYWORDS[lower] ?? PREFERRED_KEYWORDS[t.lemma] ?? [];
  return { kind: 'keywords', keywords: [...new Set([...kws, lower, t.lemma])], spell: t.text };
}
