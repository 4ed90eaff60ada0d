import type { LexiconIndex } from '../lexicon-index';
import type { RetrievalResources } from '../retrieval/resolve';
import type { T2gSign } from '../result';
import type { EnglishAnalyzer } from './analysis';

/**
 * Everything English text→gloss needs, loaded once (src/workers/slp/english-asl/load-resources.ts
 * builds it from a pack and the set-up files; tests build small ones).
 */
export interface EnglishResources extends RetrievalResources {
  readonly analyzer: EnglishAnalyzer;
  readonly lexicon: LexiconIndex;
  /**
   * Memo of word resolutions (without `from`), filled as words are met: retrieval is
   * deterministic for given resources, and WordNet and nearest-neighbour lookups are the costly part.
   */
  readonly memo?: Map<string, Omit<T2gSign, 'from'> | null>;
}
