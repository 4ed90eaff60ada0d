import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import lemmatizer from 'wink-lemmatizer';
import {
  ENTITY_TYPES,
  UPOS,
  type AnalyzedSentence,
  type AnalyzedToken,
  type EnglishAnalyzer,
  type EntityType,
  type Upos,
} from '../../../shared/text';

/**
 * wink-nlp with its English lite model, chosen over compromise: one pass gives sentences,
 * Universal POS tags, lemmas, negation contractions split ("didn't" → did + not) and named
 * entities for dates, times, durations, money, percentages and numbers — which is most of the
 * normalization — at about 0.15 ms a sentence here, against 1.5 ms for compromise (measured on
 * the same sentences, 2-core machine). Its tags are weaker on verb/noun ambiguity ("costs",
 * "open" after "please"); the rules lean on closed word lists, not on those tags, and the
 * lemmatizer's other lemmas cover mis-tagged words.
 */

/** Token types that are never signed. */
const UNSIGNABLE_TYPES = new Set([
  'emoji',
  'emoticon',
  'url',
  'email',
  'mention',
  'hashtag',
  'tabCRLF',
]);
const UPOS_SET: ReadonlySet<string> = new Set(UPOS);
const ENTITY_SET: ReadonlySet<string> = new Set(ENTITY_TYPES);

export function createWinkAnalyzer(): EnglishAnalyzer {
  const nlp = winkNLP(model);
  const its = nlp.its;
  return {
    analyze(text: string): AnalyzedSentence[] {
      if (text.trim().length === 0) return [];
      const doc = nlp.readDoc(text);
      const tokens = doc.tokens();
      const values = tokens.out() as string[];
      const pos = tokens.out(its.pos) as string[];
      // The package's typing of its.lemma (it takes the model's addons) does not match out()'s.
      const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[];
      const types = tokens.out(its.type) as string[];
      const cases = tokens.out(its.case) as string[];
      const spaces = tokens.out(its.precedingSpaces) as string[];
      const entityOf = new Map<number, { type: EntityType; id: number }>();
      const entities = doc.entities();
      const entityTypes = entities.out(its.type) as string[];
      (entities.out(its.span) as unknown as [number, number][]).forEach(([start, end], id) => {
        const type = entityTypes[id];
        if (type === undefined || !ENTITY_SET.has(type)) return;
        for (let i = start; i <= end; i++) entityOf.set(i, { type: type as EntityType, id });
      });
      const sentences = doc.sentences().out(its.span) as unknown as [number, number][];
      return sentences.map(([start, end]) => {
        const out: AnalyzedToken[] = [];
        for (let i = start; i <= end; i++) {
          const text = values[i] ?? '';
          const tag = pos[i] ?? 'X';
          const lemma = (lemmas[i] ?? text).toLowerCase();
          const kind = cases[i];
          out.push({
            text,
            lemma,
            altLemmas: otherLemmas(text.toLowerCase(), lemma),
            pos: UPOS_SET.has(tag) ? (tag as Upos) : 'X',
            spaceBefore: (spaces[i] ?? '').length > 0,
            capitalized: kind === 'titleCase' || (kind === 'upperCase' && text.length > 1),
            unsignable: UNSIGNABLE_TYPES.has(types[i] ?? ''),
            entity: entityOf.get(i)?.type,
            entityId: entityOf.get(i)?.id,
          });
        }
        return out;
      });
    },
  };
}

/** Lemmas of the word read as the other open classes, for when the tagger's class is wrong. */
function otherLemmas(lower: string, lemma: string): string[] {
  if (!/^[a-z][a-z'-]*$/.test(lower)) return [];
  const all = [
    lemmatizer.lemmatizeVerb(lower),
    lemmatizer.lemmatizeNoun(lower),
    lemmatizer.lemmatizeAdjective(lower),
  ];
  return [...new Set(all)].filter((l) => l !== lemma && l !== lower);
}
