import fs from 'node:fs';
import { bleuSignature, CHRF_NAME, chrfSignature, translationScores } from '../../shared/metrics';
import { evalFingerspelling } from '../../node/eval/fingerspelling';
import { modelsDir } from '../../node/paths';
import { embeddingsDirOf, openT2gEngine, readLines } from '../../workers/slp/t2g/engine';
import { invalidValueMessage } from '../../shared/errors/invalid';
import type { Command } from '../command';
import { emit, UsageError } from '../command';
import { parseOptions } from '../options';
import { checkInputFile, MAX_INDEX_BYTES, MAX_SIGML_BYTES } from '../input-limits';
import { resolvePack } from '../pack-arg';
import { evalSlt, EVAL_SLT_USAGE } from './eval-slt';
import { evalSltLetters, EVAL_SLT_LETTERS_USAGE } from '../eval/slt-letters';
import { evalT2gSet, EVAL_T2G_SET_USAGE } from '../eval/t2g-categories';
import { evalT2gSubstitution, EVAL_T2G_SUBSTITUTION_USAGE } from '../eval/t2g-substitution';

/** What `cli eval` scores: its subcommands. */
// Keep in step with the dispatch in run() below when an evaluation is added.
const EVALUATIONS = ['t2g', 't2g-substitution', 'slt', 'slt-letters', 'fingerspelling'] as const;

const USAGE = `usage: cli eval t2g --pack <id|dir> --src <file> --ref <file> [--json]
${EVAL_T2G_SET_USAGE}
${EVAL_T2G_SUBSTITUTION_USAGE}
${EVAL_SLT_USAGE}
${EVAL_SLT_LETTERS_USAGE}
       cli eval fingerspelling --sigml <alphabet.sigml> --index <index.csv> --sign-language <code> [--json]
  t2g translates every source line and scores it against the reference glosses:
  corpus BLEU-1..4 (sacreBLEU-style 13a tokenization, exponential brevity penalty, no smoothing),
  ROUGE-L (F1, sentence-averaged), chrF (chrF2: character 6-grams, beta 2) and WER.
  BLEU and chrF carry sacreBLEU-style signatures (how they were computed, to reproduce them).
  JSON: {"bleu1", "bleu2", "bleu3", "bleu4", "rougeL", "chrf", "wer", "n", "tokenization",
         "signature": {"bleu", "chrf"}}
  fingerspelling signs each letter of the alphabet on the avatar and identifies every real recording
  in the index (pose-format clips) by its nearest synthesized letter (held hand shape).`;

export const evalCommand: Command = {
  name: 'eval',
  summary: 'score a pack against reference data (t2g, slt, slt-letters, fingerspelling)',
  usage: USAGE,
  async run(argv) {
    const [what, ...rest] = argv;
    if (what === 'fingerspelling') return fingerspelling(rest);
    if (what === 'slt') return evalSlt(rest);
    if (what === 'slt-letters') return evalSltLetters(rest);
    if (what === 't2g-substitution') {
      const { values } = parseOptions(rest, {
        pairs: { type: 'string' },
        json: { type: 'boolean', default: false },
      });
      if (!values.pairs) throw new UsageError('--pairs is required');
      return evalT2gSubstitution(values.pairs, values.json);
    }
    if (what !== 't2g')
      throw new UsageError(
        invalidValueMessage('evaluation', what ?? '', EVALUATIONS, 'is unknown'),
      );
    const { values } = parseOptions(rest, {
      pack: { type: 'string' },
      src: { type: 'string' },
      ref: { type: 'string' },
      set: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      'all-misses': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    });
    if (values.pack && values.set !== undefined) {
      if (values.src !== undefined || values.ref !== undefined)
        throw new UsageError('give either --set or --src and --ref, not both');
      return evalT2gSet(values.pack, values.set, {
        json: values.json,
        verbose: values.verbose,
        allMisses: values['all-misses'],
      });
    }
    if (!values.pack || !values.src || !values.ref)
      throw new UsageError('--pack and either --set or --src and --ref are required');
    for (const f of [values.src, values.ref])
      if (!fs.existsSync(f)) throw new Error(`${f} does not exist`);
    const src = readLines(values.src);
    const ref = readLines(values.ref);
    if (src.length !== ref.length)
      throw new Error(
        `${src.length} source lines but ${ref.length} reference lines: expected one reference per source line`,
      );
    const started = performance.now();
    const engine = await openT2gEngine(resolvePack(values.pack), {
      embeddingsDir: embeddingsDirOf(modelsDir()),
    });
    try {
      const hyps = await engine.translateLines(src);
      const scores = translationScores(hyps, ref);
      const seconds = (performance.now() - started) / 1000;
      // One reference per line.
      const signature = { bleu: bleuSignature(1, scores.tokenization), chrf: chrfSignature(1) };
      emit(values.json, { ...scores, signature }, () =>
        [
          `${values.pack} on ${scores.n} lines (${seconds.toFixed(1)} s), tokenization ${scores.tokenization}:`,
          `  BLEU-1 ${scores.bleu1.toFixed(2)}  BLEU-2 ${scores.bleu2.toFixed(2)}  BLEU-3 ${scores.bleu3.toFixed(2)}  BLEU-4 ${scores.bleu4.toFixed(2)}`,
          `    BLEU|${signature.bleu}`,
          `  ROUGE-L ${scores.rougeL.toFixed(2)}  chrF ${scores.chrf.toFixed(2)}  WER ${scores.wer.toFixed(2)}`,
          `    ${CHRF_NAME}|${signature.chrf}`,
        ].join('\n'),
      );
      return 0;
    } finally {
      await engine.dispose();
    }
  },
};

function fingerspelling(argv: string[]): number {
  const { values } = parseOptions(argv, {
    sigml: { type: 'string' },
    index: { type: 'string' },
    'sign-language': { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  if (!values.sigml || !values.index || !values['sign-language'])
    throw new UsageError('--sigml, --index and --sign-language are required');
  checkInputFile('--sigml', values.sigml, MAX_SIGML_BYTES);
  checkInputFile('--index', values.index, MAX_INDEX_BYTES);
  const r = evalFingerspelling({
    sigml: values.sigml,
    index: values.index,
    signLanguage: values['sign-language'],
  });
  const { matches: _matches, ...summary } = r;
  for (const s of r.skipped) process.stderr.write(`skipped ${s.path}: ${s.error}\n`);
  emit(values.json, summary, () =>
    [
      `${r.correct}/${r.total} real letters identified (${(100 * r.accuracy).toFixed(1)}%; chance ${(100 * r.chance).toFixed(1)}%)`,
      `confusions (real → taken for): ${
        Object.entries(r.confusions)
          .map(([a, b]) => `${a}→${b}`)
          .join(' ') || 'none'
      }`,
    ].join('\n'),
  );
  return 0;
}
