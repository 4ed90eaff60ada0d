/**
 * The sentence type of English text by simple surface rules, to check that sign → text keeps
 * the non-manual markers' meaning (a raised-brow question is not a statement): a question mark
 * with a wh-word first → wh-question; another question → yes/no; n't, not, never or no →
 * negation; otherwise a statement.
 */
export const SENTENCE_TYPES = ['statement', 'yn-question', 'wh-question', 'negation'] as const;
export type SentenceType = (typeof SENTENCE_TYPES)[number];

const WH_WORDS = new Set(['who', 'whom', 'whose', 'what', 'which', 'where', 'when', 'why', 'how']);
const NEGATION = /\b(?:not|never|no)\b|n['’]t\b/iu;

export function sentenceType(text: string): SentenceType {
  const t = text.trim();
  if (t.includes('?')) {
    const first = t.toLowerCase().match(/[\p{L}']+/u)?.[0] ?? '';
    return WH_WORDS.has(first) ? 'wh-question' : 'yn-question';
  }
  return NEGATION.test(t) ? 'negation' : 'statement';
}

/** The type a corpus record's English should have: its kind when that is a type, else a statement. */
export function recordSentenceType(kind: string): SentenceType {
  return (SENTENCE_TYPES as readonly string[]).includes(kind)
    ? (kind as SentenceType)
    : 'statement';
}
