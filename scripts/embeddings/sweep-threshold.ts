/**
 * Tunes the nearest-keyword threshold: runs the labelled words through retrieval at thresholds
 * 0.30…0.95 and prints precision and recall, for the embedding step alone and for the whole chain
 * (WordNet first), each with and without the WordNet antonym/sibling guard.
 *
 *   npx tsx scripts/embeddings/sweep-threshold.ts [--embeddings models/embeddings] [--lexicon <pack dir>] [--json]
 *
 * Precision = acceptable mappings / all mappings; recall = acceptable mappings / words that have
 * an acceptable sign. The pick maximizes F0.5 (precision counts double: a wrong sign misleads, a
 * fingerspelled word only costs time).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLexiconIndex, type LexiconEntryKeywords } from '../../src/shared/text/lexicon-index';
import { EmbeddingTable } from '../../src/shared/text/retrieval/embedding-table';
import { NearestKeywordIndex } from '../../src/shared/text/retrieval/nearest';
import { retrieve, type RetrievalResources } from '../../src/shared/text/retrieval/resolve';
import type { Thesaurus } from '../../src/shared/text/retrieval/thesaurus';
import { embeddingsDirOf, readEmbeddings } from '../../src/node/text/embeddings-file';
import { readLexiconKeywords } from '../../src/workers/slp/english-asl/lexicon-file';
import { WordNet } from '../../src/workers/slp/english-asl/wordnet/wordnet';
import { EVERYDAY_LEXICON } from '../../test/unit/text/fixtures/everyday-lexicon';
import { LABELLED_WORDS, type LabelledWord } from './labelled-pairs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const THRESHOLDS = Array.from(
  { length: 27 },
  (_, i) => Math.round((0.3 + i * 0.025) * 1000) / 1000,
);
const F_BETA = 0.5;

export const SWEEP_MODES = ['nearest', 'nearest+guard', 'chain', 'chain+guard'] as const;
export type SweepMode = (typeof SWEEP_MODES)[number];

export interface SweepRow {
  mode: SweepMode;
  threshold: number;
  mapped: number;
  correct: number;
  precision: number;
  recall: number;
  f05: number;
}

export interface SweepReport {
  words: number;
  positives: number;
  /** Labelled words the lexicon holds directly (left out: they never reach retrieval). */
  inLexicon: string[];
  rows: SweepRow[];
  best: Record<SweepMode, SweepRow>;
  /** Each word's outcome for chain+guard at the best threshold. */
  outcomes: { word: string; gloss: string | null; via: string | null; ok: boolean }[];
}

export function sweepThreshold(
  lexiconEntries: readonly LexiconEntryKeywords[],
  table: EmbeddingTable,
  thesaurus: Thesaurus,
  words: readonly LabelledWord[] = LABELLED_WORDS,
): SweepReport {
  const lexicon = buildLexiconIndex(lexiconEntries);
  const nearest = new NearestKeywordIndex(table, lexicon.entries);
  const inLexicon = words.filter((w) => lexicon.glossFor(w.word) !== undefined).map((w) => w.word);
  const pool = words.filter((w) => !inLexicon.includes(w.word));
  const accepted = (w: LabelledWord): Set<string> =>
    new Set(w.acceptable.flatMap((k) => lexicon.glossFor(k) ?? []));
  const positives = pool.filter((w) => accepted(w).size > 0).length;
  const resources = (mode: SweepMode, t: number): RetrievalResources => ({
    lexicon,
    nearest,
    nearestThreshold: t,
    thesaurus: mode.startsWith('chain') || mode.endsWith('guard') ? thesaurus : undefined,
    guardNearest: mode.endsWith('guard'),
  });
  const run = (mode: SweepMode, t: number, w: LabelledWord) => {
    const res = resources(mode, t);
    if (mode.startsWith('nearest')) {
      // The embedding step alone: WordNet may guard but not resolve.
      const guarded: RetrievalResources = {
        ...res,
        thesaurus: res.thesaurus && {
          related: () => [],
          conflict: (a, b) => thesaurus.conflict(a, b),
        },
      };
      return retrieve([w.word], w.cls, guarded);
    }
    return retrieve([w.word], w.cls, res);
  };
  const rows: SweepRow[] = [];
  for (const mode of SWEEP_MODES) {
    for (const t of THRESHOLDS) {
      let mapped = 0;
      let correct = 0;
      for (const w of pool) {
        const r = run(mode, t, w);
        if (r === undefined) continue;
        mapped++;
        if (accepted(w).has(r.gloss)) correct++;
      }
      const precision = mapped === 0 ? 1 : correct / mapped;
      const recall = positives === 0 ? 0 : correct / positives;
      const b2 = F_BETA * F_BETA;
      const f05 =
        precision + recall === 0 ? 0 : ((1 + b2) * precision * recall) / (b2 * precision + recall);
      rows.push({ mode, threshold: t, mapped, correct, precision, recall, f05 });
    }
  }
  const best = Object.fromEntries(
    SWEEP_MODES.map((m) => [
      m,
      rows.filter((r) => r.mode === m).reduce((a, b) => (b.f05 > a.f05 + 1e-9 ? b : a)),
    ]),
  ) as Record<SweepMode, SweepRow>;
  const outcomes = pool.map((w) => {
    const r = run('chain+guard', best['chain+guard'].threshold, w);
    return {
      word: w.word,
      gloss: r?.gloss ?? null,
      via: r
        ? `${r.resolved}:${r.keyword}${r.score !== undefined ? `@${r.score.toFixed(2)}` : ''}`
        : null,
      ok: r === undefined ? accepted(w).size === 0 : accepted(w).has(r.gloss),
    };
  });
  return { words: pool.length, positives, inLexicon, rows, best, outcomes };
}

function main(argv: string[]): void {
  const arg = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const embDir = path.resolve(arg('--embeddings') ?? embeddingsDirOf(path.join(ROOT, 'models')));
  const pack = arg('--lexicon');
  const entries = pack === undefined ? EVERYDAY_LEXICON : readLexiconKeywords(path.resolve(pack));
  const wordnet = new WordNet();
  const table = new EmbeddingTable(readEmbeddings(embDir));
  const report = sweepThreshold(entries, table, wordnet);
  if (argv.includes('--json')) {
    console.log(JSON.stringify(report, null, 2));
    wordnet.close();
    return;
  }
  console.log(
    `lexicon: ${pack ?? 'test fixture (everyday-lexicon.ts)'}; ${report.words} labelled words, ${report.positives} with an acceptable sign`,
  );
  console.log('mode           thr    mapped correct precision recall  F0.5');
  for (const r of report.rows) {
    if (Math.round(r.threshold * 1000) % 50 !== 0 && r !== report.best[r.mode]) continue;
    const mark = r === report.best[r.mode] ? '  ← best F0.5' : '';
    console.log(
      `${r.mode.padEnd(14)} ${r.threshold.toFixed(3)}  ${String(r.mapped).padStart(5)} ${String(r.correct).padStart(7)}` +
        `  ${r.precision.toFixed(3).padStart(8)} ${r.recall.toFixed(3).padStart(6)}  ${r.f05.toFixed(3)}${mark}`,
    );
  }
  // Held-out check: tune on one half of the labelled words, measure on the other.
  for (const [tuneOn, testOn] of [
    [0, 1],
    [1, 0],
  ] as const) {
    const half = (k: number) => LABELLED_WORDS.filter((_, i) => i % 2 === k);
    const tuned = sweepThreshold(entries, table, wordnet, half(tuneOn)).best['chain+guard']
      .threshold;
    const held = sweepThreshold(entries, table, wordnet, half(testOn)).rows.find(
      (r) => r.mode === 'chain+guard' && r.threshold === tuned,
    );
    if (held !== undefined) {
      console.log(
        `held-out: tuned on half ${tuneOn} → ${tuned}; on half ${testOn}: precision ${held.precision.toFixed(3)}, ` +
          `recall ${held.recall.toFixed(3)} (${held.correct}/${held.mapped} mapped correctly)`,
      );
    }
  }
  wordnet.close();
  const wrong = report.outcomes.filter((o) => !o.ok);
  console.log(
    `chain+guard at ${report.best['chain+guard'].threshold}: ${wrong.length} words wrong or missed:`,
  );
  console.log(
    wrong.map((o) => `${o.word}→${o.gloss ?? 'fs'}${o.via ? `(${o.via})` : ''}`).join(', '),
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main(process.argv.slice(2));
