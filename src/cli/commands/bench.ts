import type { Command } from '../command';
import { emit, UsageError } from '../command';
import { intOption, parseOptions } from '../options';
import { benchCoverage } from '../bench/coverage';
import { benchIpc } from '../bench/ipc';
import type { BenchResult } from '../bench/stats';
import { benchLandmarks } from '../bench/landmarks';
import { benchRecovery } from '../bench/recovery';
import { benchSlp } from '../bench/slp';
import { benchSlt } from '../bench/slt';
import { benchSynth } from '../bench/synth';
import { benchT2g } from '../bench/t2g';
import { benchWorker } from '../bench/worker';
import { invalidValueMessage } from '../../shared/errors/invalid';

/** Every benchmark, by name: each returns `{name, metrics}` with `*_p50_ms`/`*_p95_ms` figures. */
const BENCHES: Record<
  string,
  { summary: string; run: (iterations: number) => Promise<BenchResult> }
> = {
  worker: { summary: 'frame transfer to a worker and back; tiny ONNX call', run: benchWorker },
  ipc: { summary: 'host-mode WebSocket bridge round trip', run: benchIpc },
  landmarks: {
    summary: 'landmarker per frame (headless Chromium); renderer → SLT worker transport at 30 fps',
    run: benchLandmarks,
  },
  slp: {
    summary: '10-sign utterance to motion clip, signs per second; avatar update per frame',
    run: benchSlp,
  },
  coverage: {
    summary: 'share of non-empty SiGML signs animated, per lexicon in ../shared/data/sigml',
    run: benchCoverage,
  },
  slt: {
    summary:
      'sign → text: encoder chunk; end of a 10-sign utterance → final; worker CPU at 30 fps; RSS',
    run: benchSlt,
  },
  recovery: {
    summary: 'worker killed mid-call → typed error, next call; host SIGKILL → transcript kept',
    run: benchRecovery,
  },
  t2g: { summary: 'English → ASL per sentence; gsg-phoenix beam 4 per sentence', run: benchT2g },
  synth: {
    summary: 'synthetic corpus: utterances per second per core (motion, FK, noise, files)',
    run: benchSynth,
  },
};

const usage = () => `usage: bench <name> [--iterations N] [--json]
${Object.entries(BENCHES)
  .map(([k, b]) => `  ${k.padEnd(10)} ${b.summary}`)
  .join('\n')}`;

export const benchCommand: Command = {
  name: 'bench',
  summary: 'run a benchmark and print its figures',
  get usage() {
    return usage();
  },
  async run(argv) {
    const { values, positionals } = parseOptions(
      argv,
      { json: { type: 'boolean', default: false }, iterations: { type: 'string' } },
      true,
    );
    const name = positionals[0];
    const bench = name === undefined ? undefined : BENCHES[name];
    if (bench === undefined)
      throw new UsageError(
        invalidValueMessage('benchmark', name ?? '', Object.keys(BENCHES), 'is unknown'),
      );
    const result = await bench.run(intOption('iterations', values.iterations, 2000, 10, 1_000_000));
    emit(values.json, result, () =>
      [
        `${result.name}:`,
        ...Object.entries(result.metrics).map(([k, v]) => `  ${k.padEnd(28)} ${v}`),
      ].join('\n'),
    );
    return 0;
  },
};
