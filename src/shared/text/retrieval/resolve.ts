import type { LexiconIndex } from '../lexicon-index';
import type { NearestKeywordIndex } from './nearest';
import type { Thesaurus, WordClass } from './thesaurus';

/**
 * The word-vector cosine a substituted sign must reach, by how it was found: a substitution is
 * made only when it keeps the meaning, otherwise the word is fingerspelled. Fitted by
 * `npm run -s cli -- eval t2g-substitution --pairs test/fixtures/t2g/substitution-pairs.tsv` on the
 * calibration half of 428 pairs labelled keeps-meaning yes/no (split by a hash of the word): the
 * lowest cosine at which 90% of the accepted pairs keep the meaning (a wrong sign misleads,
 * spelling only costs time) over at least 5 different words. Figures on the held-out half are in
 * docs/t2g-eval.md. WordNet synonyms: 0.7306 (salary → PAY; 6 of 53 calibration pairs accepted, all
 * right). Hypernyms and nearest vectors never reach 90%: refund → payment 0.71, put → move 0.80
 * and nephew → cousin 0.91 score as high as taxi → car 0.72 or college → school 0.89, so those two
 * sources are off (a threshold above 1) until a better signal than the cosine exists.
 */
export const SUBSTITUTION_THRESHOLDS = {
  synonym: 0.7306,
  hypernym: 1.01,
  nearest: 1.01,
} as const;
/** The nearest-vector threshold (SUBSTITUTION_THRESHOLDS.nearest), kept under its old name. */
export const NEAREST_THRESHOLD = SUBSTITUTION_THRESHOLDS.nearest;
/** The WordNet synonym threshold (SUBSTITUTION_THRESHOLDS.synonym), kept under its old name. */
export const SENSE_CHECK_MIN_COSINE = SUBSTITUTION_THRESHOLDS.synonym;
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
        const broader = r.relation === 'hypernym';
        const threshold = broader
          ? SUBSTITUTION_THRESHOLDS.hypernym
          : SUBSTITUTION_THRESHOLDS.synonym;
        const cos = res.nearest?.similarity(f.toLowerCase(), r.word);
        // Without vectors a synonym is still taken (WordNet alone), a broader word never.
        if (cos === undefined ? broader : cos < threshold) continue;
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
