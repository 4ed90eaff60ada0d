import path from 'node:path';
import {
  buildLexiconIndex,
  type EnglishResources,
  type LexiconEntryKeywords,
  type T2gResult,
} from '../../../src/shared/text';
import { createWinkAnalyzer } from '../../../src/workers/slp/english-asl/wink-analyzer';
import { readLexiconKeywords } from '../../../src/workers/slp/english-asl/lexicon-file';
import { WordNet } from '../../../src/workers/slp/english-asl/wordnet/wordnet';
import { ROOT } from '../../helpers/shared';

/** Pack ase in the repository: its lexicon index is the product the rules are tested against. */
export const ASE_PACK = path.join(ROOT, 'models', 'ase');

let analyzer: ReturnType<typeof createWinkAnalyzer> | undefined;
let wordnet: WordNet | undefined;

/** The real wink-nlp pipeline and WordNet, shared by the tests of one file (both load once). */
export function realNlp(): { analyzer: ReturnType<typeof createWinkAnalyzer>; wordnet: WordNet } {
  analyzer ??= createWinkAnalyzer();
  wordnet ??= new WordNet();
  return { analyzer, wordnet };
}

/** Resources without word vectors: deterministic, and the rules do not depend on set-up files. */
export function resourcesFor(entries: readonly LexiconEntryKeywords[]): EnglishResources {
  const { analyzer: a, wordnet: w } = realNlp();
  return { analyzer: a, lexicon: buildLexiconIndex(entries), thesaurus: w, memo: new Map() };
}

export function aseResources(): EnglishResources {
  return resourcesFor(readLexiconKeywords(ASE_PACK));
}

/** "wh-question 0 2; negation 3 5": spans as one readable string. */
export function spansOf(r: T2gResult): string {
  return r.nonManual.map((s) => `${s.type} ${s.start} ${s.end}`).join('; ');
}

export function glossesOf(r: T2gResult): string {
  return r.signs.map((s) => s.gloss).join(' ');
}
