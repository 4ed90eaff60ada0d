import type { LexiconIndex } from '../lexicon-index';
import type { NearestKeywordIndex } from './nearest';
import type { Thesaurus, WordClass } from './thesaurus';

/**
 * Cosine similarity a nearest-keyword match must reach (after the WordNet guard). Tuned with
 * scripts/embeddings/sweep-threshold.ts on the labelled words of labelled-pairs.ts, sweeping
 * 0.30–0.95 and maximizing F0.5 of the whole chain (precision weighs double: a wrong sign
 * misleads, a fingerspelled word only costs time). With pack ase's lexicon the best is 0.80
 * (chain precision 0.65, recall 0.57; the vector step alone 0.80 / 0.09); with the test lexicon
 * 0.775 (0.84 / 0.60), 0.80 close behind (0.83 / 0.58). Below 0.7 precision falls fast: sibling
 * words (aunt → GRANDMOTHER 0.90, weekend → SUNDAY 0.87) score as high as true matches, so the
 * threshold alone cannot separate them and the guard does part of the work.
 */
export const NEAREST_THRESHOLD = 0.8;
/**
 * A WordNet synonym or hypernym is taken only if its word vector is at least this close to the
 * word's (when both have one): a check that the synonym comes from the sense people use. It drops
 * consume → HAVE (0.26) and educate → TRAIN (0.27) and no correct mapping in the labelled set.
 */
export const SENSE_CHECK_MIN_COSINE = 0.3;
/** Nearest keywords examined per word, so a guarded-out first choice can yield to the next. */
export const NEAREST_CANDIDATES = 5;

export interface RetrievalResources {
  readonly lexicon: LexiconIndex;
  readonly thesaurus?: Thesaurus | undefined;
  readonly nearest?: NearestKeywordIndex | undefined;
  /** Defaults to NEAREST_THRESHOLD. */
  readonly nearestThreshold?: number | undefined;
  /** Skip nearest candidates the thesaurus calls antonyms or siblings (default true). */
  readonly guardNearest?: boolean | undefined;
}

export interface Retrieved {
  readonly gloss: string;
  readonly resolved: 'sign' | 'synonym' | 'nearest';
  /** The lexicon keyword that matched. */
  readonly keyword: string;
  /** Cosine similarity, for `nearest`. */
  readonly score?: number;
}

/**
 * AuraLLM's retrieval step, in order: the lexicon by keyword (each form given), then WordNet
 * (synonyms of the word's frequent senses, then its hypernyms one level up), then the nearest
 * lexicon keyword by word-vector cosine at or above the threshold. Undefined when all fail: the
 * caller fingerspells.
 */
export function retrieve(
  forms: readonly string[],
  cls: WordClass | undefined,
  res: RetrievalResources,
): Retrieved | undefined {
  for (const f of forms) {
    const gloss = res.lexicon.glossFor(f);
    if (gloss !== undefined) return { gloss, resolved: 'sign', keyword: f };
  }
  if (cls === undefined) return undefined;
  if (res.thesaurus !== undefined) {
    for (const f of forms) {
      for (const r of res.thesaurus.related(f, cls)) {
        const gloss = res.lexicon.glossFor(r.word);
        if (gloss === undefined) continue;
        const cos = res.nearest?.similarity(f.toLowerCase(), r.word);
        if (cos !== undefined && cos < SENSE_CHECK_MIN_COSINE) continue;
        return { gloss, resolved: 'synonym', keyword: r.word };
      }
    }
  }
  if (res.nearest !== undefined) {
    const threshold = res.nearestThreshold ?? NEAREST_THRESHOLD;
    const guard = res.guardNearest ?? true;
    for (const f of forms) {
      const query = f.toLowerCase();
      if (!res.nearest.hasVector(query)) continue;
      for (const m of res.nearest.nearest(query, NEAREST_CANDIDATES)) {
        if (m.score < threshold) break;
        if (guard && res.thesaurus?.conflict(query, m.keyword) !== undefined) continue;
        return { gloss: m.gloss, resolved: 'nearest', keyword: m.keyword, score: m.score };
      }
      return undefined;
    }
  }
  return undefined;
}
