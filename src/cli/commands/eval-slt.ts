import { Progress } from '../synth/progress';
import fs from 'node:fs';
import { invalidValueMessage } from '../../shared/errors/invalid';
import { CHRF_NAME } from '../../shared/metrics';
import { SltModel } from '../../workers/slt/model';
import { corpusRecords } from '../../workers/slt/corpus-clips';
import { decodeRecords, scoreDecoded } from '../../workers/slt/evaluate';
import { emit, UsageError } from '../command';
import { intOption, parseOptions } from '../options';
import { resolvePack } from '../pack-arg';

/** The split whose records are minimal pairs of sentence types (docs/corpus.md). */
const TYPED_SPLIT = 'test-nmm-pairs';

export const EVAL_SLT_USAGE = `       cli eval slt --pack <id|dir> --corpus <dir> --split <name> [--max N] [--json]
  slt decodes a corpus split as the app does (streaming features, chunks, endpointing, beam search)
  and scores the English against every reference wording: BLEU-4 and chrF (sacreBLEU conventions,
  13a), ROUGE-L and WER (first wording), gloss WER (CTC glosses), sentence-type accuracy on
  ${TYPED_SPLIT} (statement / yes-no / wh / negation by rules), and figures by utterance length.
  BLEU and chrF carry sacreBLEU-style signatures (JSON: "signature": {"bleu", "chrf"}).`;

export async function evalSlt(argv: string[]): Promise<number> {
  const { values } = parseOptions(argv, {
    pack: { type: 'string', default: 'ase-slt' },
    corpus: { type: 'string' },
    split: { type: 'string' },
    max: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  if (!values.corpus || !values.split) throw new UsageError('--corpus and --split are required');
  if (!fs.existsSync(values.corpus)) throw new Error(`${values.corpus} does not exist`);
  const all = corpusRecords(values.corpus);
  const inSplit = all.filter((r) => r.split === values.split);
  if (inSplit.length === 0) {
    const splits = [...new Set(all.map((r) => r.split))].sort();
    throw new Error(
      invalidValueMessage('split', values.split, splits, `has no utterances in ${values.corpus}`),
    );
  }
  const max = intOption('max', values.max, inSplit.length, 1, 1_000_000);
  const records = inSplit.slice(0, max);
  const pack = resolvePack(values.pack);
  const model = await SltModel.open(pack.dir, { device: 'cpu' });
  const started = performance.now();
  try {
    const progress = new Progress('eval slt', records.length);
    const decoded = await decodeRecords(model, values.corpus, records, () => progress.tick());
    progress.finish();
    const s = scoreDecoded(
      decoded,
      (performance.now() - started) / 1000,
      values.split === TYPED_SPLIT,
    );
    const f = (x: number) => x.toFixed(2);
    emit(values.json, { pack: pack.manifest.id, split: values.split, ...s }, () =>
      [
        `${pack.manifest.id} on ${values.split}: ${s.n} utterances (${f(s.secondsPerUtterance)} s each), tokenization ${s.tokenization}`,
        `  BLEU-4 ${f(s.bleu4)}  chrF ${f(s.chrf)}  ROUGE-L ${f(s.rougeL)}  WER ${f(s.wer)}  gloss WER ${f(s.glossWer)}  mean confidence ${f(s.meanConfidence)}`,
        `    BLEU|${s.signature.bleu}`,
        `    ${CHRF_NAME}|${s.signature.chrf}`,
        s.sentenceTypeAccuracy === null
          ? `  sentence type: scored on ${TYPED_SPLIT} only`
          : `  sentence type accuracy ${f(s.sentenceTypeAccuracy)}% (${s.sentenceTypeN})`,
        ...Object.entries(s.sentenceTypeConfusion ?? {}).map(
          ([want, got]) =>
            `    ${want.padEnd(11)} read as ${Object.entries(got)
              .sort((a, b) => b[1] - a[1])
              .map(([t, n]) => `${t} ${n}`)
              .join(', ')}`,
        ),
        '  by reference glosses (BLEU-4 as signed above, on the bin’s references):',
        ...s.byLength.map(
          (b) =>
            `    ${b.glosses.padEnd(5)} n ${String(b.n).padStart(4)}  BLEU-4 ${f(b.bleu4)}  gloss WER ${f(b.glossWer)}`,
        ),
      ].join('\n'),
    );
    return 0;
  } finally {
    await model.dispose();
  }
}
