import type { AnalyzedToken, Upos } from './analysis';

/** Subjects whose 's is "is" ("it's", "what's"); on any other word 's marks a possessive. */
const IS_HOSTS = new Set([
  'it',
  'he',
  'she',
  'that',
  'what',
  'where',
  'who',
  'there',
  'here',
  'how',
  'when',
  'why',
]);
const SUFFIXES: readonly [string, string, string, Upos][] = [
  // suffix, word, lemma, tag
  ["n't", 'not', 'not', 'PART'],
  ["'m", 'am', 'be', 'AUX'],
  ["'re", 'are', 'be', 'AUX'],
  ["'ve", 'have', 'have', 'AUX'],
  ["'ll", 'will', 'will', 'AUX'],
  ["'d", 'would', 'would', 'AUX'],
  ["'s", "'s", "'s", 'PART'],
];
/** Negated auxiliaries whose stem changes: can't → can + not, won't → will + not. */
const NEG_STEMS: Readonly<Record<string, string>> = {
  ca: 'can',
  wo: 'will',
  sha: 'shall',
  ai: 'be',
};
const PRONOUN_LEMMAS = new Set([
  'i',
  'you',
  'we',
  'they',
  'he',
  'she',
  'it',
  'that',
  'there',
  'here',
  'let',
]);

/**
 * The tagger leaves some contractions whole ("I'm" after a question mark, typed "im" aside):
 * split them into the two words they stand for, so the auxiliary is dropped and "not" is seen.
 */
export function expandContractions(tokens: readonly AnalyzedToken[]): AnalyzedToken[] {
  const out: AnalyzedToken[] = [];
  for (const t of tokens) {
    const lower = t.text.toLowerCase();
    const hit = SUFFIXES.find(([suffix]) => lower.length > suffix.length && lower.endsWith(suffix));
    if (hit === undefined || !/^[a-z]+$/.test(lower.slice(0, lower.length - hit[0].length))) {
      out.push(t);
      continue;
    }
    const [suffix, word, lemma, pos] = hit;
    const stemText = t.text.slice(0, t.text.length - suffix.length);
    const stemLower = stemText.toLowerCase();
    const stemLemma = suffix === "n't" ? (NEG_STEMS[stemLower] ?? stemLower) : stemLower;
    const stemPos: Upos =
      suffix === "n't"
        ? 'AUX'
        : PRONOUN_LEMMAS.has(stemLower) || IS_HOSTS.has(stemLower)
          ? 'PRON'
          : t.pos;
    const isBe = suffix === "'s" && IS_HOSTS.has(stemLower);
    out.push({
      ...t,
      text: stemText,
      lemma: stemLemma === 'let' ? 'let' : stemLemma,
      pos: stemPos,
    });
    out.push({
      ...t,
      text: isBe ? 'is' : word,
      lemma: isBe ? 'be' : stemLower === 'let' && suffix === "'s" ? 'us' : lemma,
      pos: isBe ? 'AUX' : stemLower === 'let' ? 'PRON' : pos,
      altLemmas: [],
      spaceBefore: false,
      capitalized: false,
    });
  }
  return out;
}
