export {
  loadEnglishResources,
  type LoadEnglishOptions,
  type LoadedEnglishResources,
} from './load-resources';
export { createWinkAnalyzer } from './wink-analyzer';
export { WordNet, defaultWordNetDir } from './wordnet/wordnet';
export {
  EMBEDDINGS_DIR,
  EMBEDDINGS_FILE,
  embeddingsDirOf,
  readEmbeddings,
} from '../../../node/text/embeddings-file';
export { LEXICON_INDEX_PATH, readLexiconKeywords } from './lexicon-file';
