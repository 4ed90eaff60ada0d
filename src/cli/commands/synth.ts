import os from 'node:os';
import type { Command } from '../command';
import { emit, UsageError } from '../command';
import { intOption, parseOptions } from '../options';
import { MAX_UTTERANCES, runSynth, type SynthSummary } from '../synth/run-synth';
import { formatSeconds } from '../synth/progress';
import { SHARD_SIZE } from '../synth/layout';

const USAGE = `usage: cli synth --pack <id|dir> --out DIR --utterances N [--seed S] [--workers K] [--no-pose] [--json]
       [--shard-size N]
       cli synth report DIR --real <folder of real .pose> --out report.md [--max N]
                        [--skeletons-real <folder>] [--json]
  Renders a synthetic signing corpus from a pack's lexicon (docs/corpus.md): sentences, signers,
  cameras and detection noise drawn from the seed (default 1); K worker threads (default: the
  number of cores). Run the same command again to resume after an interrupt.
  report: compares the corpus's landmarks with real recordings (distributions, plots, and the
  ROC AUC of a classifier telling synthetic hands from real ones).`;

export const synthCommand: Command = {
  name: 'synth',
  summary: 'render a synthetic signing corpus (and compare it with real recordings)',
  usage: USAGE,
  async run(argv) {
    if (argv[0] === 'report') return runReport(argv.slice(1));
    const { values } = parseOptions(argv, {
      pack: { type: 'string' },
      out: { type: 'string' },
      utterances: { type: 'string' },
      seed: { type: 'string' },
      workers: { type: 'string' },
      'no-pose': { type: 'boolean', default: false },
      'shard-size': { type: 'string' },
      json: { type: 'boolean', default: false },
    });
    if (!values.pack || !values.out || values.utterances === undefined)
      throw new UsageError('--pack, --out and --utterances are required');
    const summary = await runSynth({
      pack: values.pack,
      outDir: values.out,
      utterances: intOption('utterances', values.utterances, 0, 1, MAX_UTTERANCES),
      seed: intOption('seed', values.seed, 1, 0, 0xffffffff),
      workers: intOption('workers', values.workers, os.availableParallelism(), 1, 64),
      writePose: !values['no-pose'],
      shardSize: intOption('shard-size', values['shard-size'], SHARD_SIZE, 1, 65_536),
      progress: true,
    });
    emit(values.json, summary, () => humanSummary(summary));
    return 0;
  },
};

function humanSummary(s: SynthSummary): string {
  const st = s.stats;
  const o = st.unseenSentenceOverlap;
  return [
    `${st.utterances} utterances, ${st.hours.toFixed(2)} h, ${st.frames} frames → ${s.outDir}`,
    `  ${s.renderedShards} shards rendered, ${s.resumedShards} kept from an earlier run, ${formatSeconds(s.seconds)} (${s.utterancesPerSecond.toFixed(1)} utterances/s)`,
    `  splits: ${Object.entries(st.perSplit)
      .map(([k, v]) => `${k} ${v.utterances}`)
      .join(', ')}`,
    `  signs in train: ${st.coverage.signsInTrain}/${st.coverage.signs}, fewest ${st.coverage.minTrainCount}, median ${st.coverage.medianTrainCount}`,
    `  unseen-sentence n-grams in train: 1 ${pct(o.ngram['1'])}, 2 ${pct(o.ngram['2'])}, 3 ${pct(o.ngram['3'])}, 4 ${pct(o.ngram['4'])}; whole sequences ${o.wholeSequencesInTrain}`,
    `  English references per utterance ${st.englishReferences.mean.toFixed(2)} (≥ 2: ${pct(st.englishReferences.atLeastTwo)}), left-handed ${pct(st.leftHanded)}`,
  ].join('\n');
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

async function runReport(argv: string[]): Promise<number> {
  const { values, positionals } = parseOptions(
    argv,
    {
      real: { type: 'string' },
      out: { type: 'string' },
      max: { type: 'string' },
      'skeletons-real': { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    true,
  );
  const dir = positionals[0];
  if (dir === undefined || !values.real || !values.out)
    throw new UsageError('synth report needs the corpus folder, --real and --out');
  const { writeRealismReport } = await import('../synth/report/report');
  const figures = await writeRealismReport({
    corpusDir: dir,
    realDir: values.real,
    out: values.out,
    maxUtterances: intOption('max', values.max, 400, 1, 100_000),
    ...(values['skeletons-real'] ? { skeletonsRealDir: values['skeletons-real'] } : {}),
  });
  emit(
    values.json,
    figures,
    () => `realism report → ${values.out}\n${JSON.stringify(figures, null, 2)}`,
  );
  return 0;
}
