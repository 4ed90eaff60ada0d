export type {
  AnalyzedSentence,
  AnalyzedToken,
  EnglishAnalyzer,
  EntityType,
  Upos,
} from './analysis';
export { ENTITY_TYPES, UPOS } from './analysis';
export type { EnglishResources } from './resources';
export { translateEnglish } from './translate';
export { translateEnglishLines } from './lines';
export { orderSentence } from './grammar';
