/**
 * `cli eval t2g-substitution --pairs <tsv>`: fits the cosine a substituted sign must reach, one
 * threshold per source (WordNet synonym, WordNet hypernym, nearest vector), on labelled
 * (word, keyword, keeps-meaning) pairs; reports each fitted on one half and measured on the other.
 */
import fs from 'node:fs';
import { modelsDir } from '../../node/paths';
import { embeddingsDirOf, readEmbeddings } from '../../node/text/embeddings-file';
import { EmbeddingTable } from '../../shared/text/retrieval/embedding-table';
import { NearestKeywordIndex } from '../../shared/text/retrieval/nearest';
import {
  calibrateSubstitution,
  parseSubstitutionPairs,
  type ThresholdFigures,
} from '../../shared/text/retrieval/calibrate';
import { SUBSTITUTION_THRESHOLDS } from '../../shared/text/retrieval/resolve';
import { emit } from '../command';

export const EVAL_T2G_SUBSTITUTION_USAGE = `       cli eval t2g-substitution --pairs <pairs.tsv> [--json]
  t2g-substitution fits, per source (synonym, hypernym, nearest), the word-vector cosine a sign must
  reach to stand in for a word, on labelled pairs (word, class, keyword, source, keeps yes/no; see
  test/fixtures/t2g/substitution-pairs.tsv): fitted on alternate halves and measured on the other
  half (precision, recall, accuracy), and on all pairs (the value to put in SUBSTITUTION_THRESHOLDS).`;

export function evalT2gSubstitution(pairsFile: string, json: boolean): number {
  if (!fs.existsSync(pairsFile)) throw new Error(`pairs file ${pairsFile} does not exist`);
  const pairs = parseSubstitutionPairs(fs.readFileSync(pairsFile, 'utf8'), pairsFile);
  const table = new EmbeddingTable(readEmbeddings(embeddingsDirOf(modelsDir())));
  const index = new NearestKeywordIndex(table, []);
  const scored = pairs.map((p) => ({ ...p, score: index.similarity(p.word, p.keyword) }));
  const report = {
    pairs: pairs.length,
    inUse: SUBSTITUTION_THRESHOLDS,
    sources: calibrateSubstitution(scored),
  };
  const fig = (f: ThresholdFigures) =>
    `precision ${f.precision.toFixed(2)} recall ${f.recall.toFixed(2)} accuracy ${f.accuracy.toFixed(2)} (${f.correct}/${f.accepted} accepted right, ${f.pairs} pairs)`;
  emit(json, report, () =>
    [
      `${pairs.length} labelled pairs; thresholds in use: ${JSON.stringify(SUBSTITUTION_THRESHOLDS)}`,
      ...report.sources.flatMap((s) => [
        `  ${s.source}: fitted on all → ${s.fitted.threshold.toFixed(3)}: ${fig(s.fitted)}`,
        ...s.heldOut.map(
          (h) =>
            `    fitted on half ${h.fitOn} → ${h.threshold.toFixed(3)}; held-out half ${1 - h.fitOn}: ${fig(h.test)}`,
        ),
      ]),
    ].join('\n'),
  );
  return 0;
}
