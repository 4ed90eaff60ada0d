/**
 * The slt-vocab.json of a sign → text pack (training/slt/export.py `vocab_json`): geometry the
 * runtime needs to build the encoder state, the CTC tokens, the English BPE codec and the
 * decoding settings. Checked against this build's features before any session opens.
 */
import { z } from 'zod';
import { FEATURE_DIM, FEATURE_VERSION } from '../features/layout';
import { MODEL_FPS } from '../features/resample';
import { CTC_BLANK, LETTER_PREFIX } from './ctc';
import { sentenceTypesMismatch } from './type-rerank';

export const SLT_VOCAB_FORMAT = 'signbridge-slt-vocab';
/** Encoder frames per step (two stride-2 convolutions): training/slt/model.py SUBSAMPLE. */
export const SUBSAMPLE = 4;

const int = z.number().int();
const pos = int.positive();

export const SltVocabSchema = z.object({
  format: z.literal(SLT_VOCAB_FORMAT),
  version: z.literal(1),
  featureVersion: int,
  featureDim: pos,
  modelFps: z.number().positive(),
  subsample: pos,
  chunk: pos,
  leftChunks: int.nonnegative(),
  dModel: pos,
  heads: pos,
  encLayers: pos,
  decLayers: pos,
  convKernel: pos,
  ctc: z.array(z.string().min(1)).min(2),
  ctcBlank: z.literal(CTC_BLANK),
  text: z.object({
    merges: z.array(z.tuple([z.string().min(1), z.string().min(1)])),
    end: z.literal('</w>'),
    cont: z.literal('@@'),
    vocab: z.array(z.string()).min(4),
    pad: int.nonnegative(),
    unk: int.nonnegative(),
    bos: int.nonnegative(),
    eos: int.nonnegative(),
  }),
  beam: pos,
  alpha: z.number().nonnegative(),
  /** Present when the memory graph also gives sentence-type log-probabilities (type-rerank.ts). */
  sentenceTypes: z.array(z.string()).min(2).optional(),
  typeWeight: z.number().nonnegative().optional(),
  maxLen: pos,
  maxLenPerStep: z.number().positive(),
  maxLenExtra: int.nonnegative(),
});
export type SltVocab = z.infer<typeof SltVocabSchema>;

/** Why this runtime cannot run a pack with `v` ("" when it can): each line names both values. */
export function vocabMismatch(v: SltVocab): string {
  const problems: string[] = [];
  const want = (what: string, got: unknown, expected: unknown) => {
    if (got !== expected)
      problems.push(`${what} is ${String(got)}, this build expects ${String(expected)}`);
  };
  want('featureVersion', v.featureVersion, FEATURE_VERSION);
  want('featureDim', v.featureDim, FEATURE_DIM);
  want('modelFps', v.modelFps, MODEL_FPS);
  want('subsample', v.subsample, SUBSAMPLE);
  if (v.dModel % v.heads !== 0)
    problems.push(`dModel ${v.dModel} is not a multiple of heads ${v.heads}`);
  if (v.ctc[CTC_BLANK] !== '<blank>') problems.push(`ctc[0] is "${v.ctc[0]}", expected "<blank>"`);
  if (!v.ctc.includes(`${LETTER_PREFIX}A`)) problems.push('ctc has no letter tokens (#A..#Z)');
  if (v.sentenceTypes !== undefined) {
    const why = sentenceTypesMismatch(v.sentenceTypes);
    if (why !== '') problems.push(why);
  }
  const t = v.text;
  for (const [name, id] of [
    ['pad', t.pad],
    ['unk', t.unk],
    ['bos', t.bos],
    ['eos', t.eos],
  ] as const)
    if (id >= t.vocab.length)
      problems.push(`text.${name} id ${id} is outside the vocabulary (0..${t.vocab.length - 1})`);
  return problems.join('; ');
}

/** English pieces the decoder may generate for `steps` encoder steps (training/slt/decode.py max_text_len). */
export function maxTextLen(v: SltVocab, steps: number): number {
  return Math.max(1, Math.min(Math.floor(v.maxLenPerStep * steps) + v.maxLenExtra, v.maxLen));
}
