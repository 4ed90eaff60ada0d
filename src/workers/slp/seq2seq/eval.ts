/**
 * `eval t2g`: translate lines with a pack and score them with the project's metrics
 * (src/shared/metrics).
 */
import fs from 'node:fs';
import { translationScores } from '../../../shared/metrics';
import type { TranslationScores } from '../../../shared/metrics';
import { Seq2seqRunner } from './runner';
import type { DecodeOptions, Seq2seqOpenOptions } from './runner';

export type EvalT2gOptions = Seq2seqOpenOptions & DecodeOptions;

/** One line in, one gloss line out; each line is translated as one sentence. */
export async function translateLines(
  runner: Seq2seqRunner,
  lines: readonly string[],
  opts: DecodeOptions = {},
): Promise<string[]> {
  const out: string[] = [];
  for (const line of lines)
    out.push((await runner.translateSentence(line, opts)).glosses.join(' '));
  return out;
}

export function readLines(file: string): string[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** `eval t2g --pack <dir> --src <file> --ref <file>`: corpus scores, 13a tokenization. */
export async function evalT2g(
  packDir: string,
  srcLines: readonly string[],
  refLines: readonly string[],
  opts: EvalT2gOptions = {},
): Promise<TranslationScores & { hypotheses: string[] }> {
  if (srcLines.length !== refLines.length) {
    throw new Error(
      `${srcLines.length} source lines but ${refLines.length} reference lines: expected one reference per line`,
    );
  }
  const runner = await Seq2seqRunner.open(packDir, opts);
  try {
    const hypotheses = await translateLines(runner, srcLines, opts);
    return { ...translationScores(hypotheses, refLines), hypotheses };
  } finally {
    await runner.dispose();
  }
}
