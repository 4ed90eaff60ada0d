export * from './lexicon-index';
export * from './result';
export * from './fingerspell';
export * from './english-asl';
export type { Thesaurus, WordClass, RelatedWord, Relation, Conflict } from './retrieval/thesaurus';
export { WORD_CLASSES, RELATIONS, CONFLICTS } from './retrieval/thesaurus';
export { EmbeddingTable } from './retrieval/embedding-table';
export { NearestKeywordIndex, type NearestMatch } from './retrieval/nearest';
export {
  decodeEmbeddingFile,
  encodeEmbeddingFile,
  quantizeVectors,
  type EmbeddingData,
} from './retrieval/embedding-file';
export {
  NEAREST_THRESHOLD,
  SENSE_CHECK_MIN_COSINE,
  SUBSTITUTION_THRESHOLDS,
  retrieve,
  type RetrievalResources,
  type Retrieved,
} from './retrieval/resolve';
