export { parseGlossTestSet, type GlossTestItem } from './test-set';
export {
  comparableGlosses,
  scoreByCategory,
  type CategoryScore,
  type GlossScores,
} from './category-scores';
export { SPLITS, splitHash, splitKey, splitOf, type Split } from './split';
