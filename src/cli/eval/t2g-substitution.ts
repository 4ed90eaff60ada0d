/**
 * `cli eval t2g-substitution --pairs <tsv>`: fits the cosine a substituted sign must reach, one
 * threshold per source (WordNet synonym, WordNet hypernym, nearest vector), on the calibration half
 * of labelled (word, keyword, keeps-meaning) pairs, and reports it on both halves.
 */
import fs from 'node:fs';
import { modelsDir } from '../../node/paths';
import { embeddingsDirOf, readEmbeddings } from '../../node/text/embeddings-file';
import { EmbeddingTable } from '../../shared/text/retrieval/embedding-table';
import { NearestKeywordIndex } from '../../shared/text/retrieval/nearest';
import {
  calibrateSubstitution,
  pairSplit,
  parseSubstitutionPairs,
  type ThresholdFigures,
} from '../../shared/text/retrieval/calibrate';
import { SUBSTITUTION_THRESHOLDS } from '../../shared/text/retrieval/resolve';
import { emit } from '../command';

export const EVAL_T2G_SUBSTITUTION_USAGE = `       cli eval t2g-substitution --pairs <pairs.tsv> [--json]
  t2g-substitution fits, per source (synonym, hypernym, nearest), the word-vector cosine a sign must
  reach to stand in for a word, on labelled pairs (word, class, keyword, source, keeps yes/no; see
  test/fixtures/t2g/substitution-pairs.tsv), split in two by a hash of the word (docs/t2g-eval.md):
  fitted on the calibration half only (the value to put in SUBSTITUTION_THRESHOLDS) and measured
  there and on the held-out half (precision, recall, accuracy). JSON: {"pairs", "calibrationPairs",
  "heldOutPairs", "inUse", "sources": [{"source", "fitted", "heldOut"}]}`;

export function evalT2gSubstitution(pairsFile: string, json: boolean): number {
  if (!fs.existsSync(pairsFile)) throw new Error(`pairs file ${pairsFile} does not exist`);
  const pairs = parseSubstitutionPairs(fs.readFileSync(pairsFile, 'utf8'), pairsFile);
  const table = new EmbeddingTable(readEmbeddings(embeddingsDirOf(modelsDir())));
  const index = new NearestKeywordIndex(table, []);
  const scored = pairs.map((p) => ({ ...p, score: index.similarity(p.word, p.keyword) }));
  const heldOutPairs = pairs.filter((p) => pairSplit(p) === 'held-out').length;
  const report = {
    pairs: pairs.length,
    calibrationPairs: pairs.length - heldOutPairs,
    heldOutPairs,
    inUse: SUBSTITUTION_THRESHOLDS,
    sources: calibrateSubstitution(scored),
  };
  const fig = (f: ThresholdFigures) =>
    `precision ${f.precision.toFixed(2)} recall ${f.recall.toFixed(2)} accuracy ${f.accuracy.toFixed(2)} (${f.correct}/${f.accepted} accepted right, ${f.pairs} pairs)`;
  emit(json, report, () =>
    [
      `${pairs.length} labelled pairs (${report.calibrationPairs} calibration, ${heldOutPairs} held out); thresholds in use: ${JSON.stringify(SUBSTITUTION_THRESHOLDS)}`,
      ...report.sources.flatMap((s) => [
        `  ${s.source}: fitted on the calibration half → ${s.fitted.threshold.toFixed(3)}`,
        `    calibration: ${fig(s.fitted)}`,
        `    held out:    ${fig(s.heldOut)}`,
      ]),
    ].join('\n'),
  );
  return 0;
}
