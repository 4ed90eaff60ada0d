import { z } from 'zod';
import { Bpe } from './bpe';
import { normalizePhoenix } from './normalize';

/** The t2g-vocab file written by training/t2g/export.py. */
export const T2G_VOCAB_FORMAT = 'signbridge-t2g-vocab';
export const SPECIAL_TOKENS = ['<pad>', '<unk>', '<s>', '</s>'] as const;
export const PAD_ID = 0;
export const UNK_ID = 1;
export const BOS_ID = 2;
export const EOS_ID = 3;

export const NORMALIZERS = ['phoenix-lower'] as const;

export const T2gVocabSchema = z
  .object({
    format: z.literal(T2G_VOCAB_FORMAT),
    version: z.literal(1),
    normalize: z.enum(NORMALIZERS),
    specials: z.object({
      pad: z.literal(PAD_ID),
      unk: z.literal(UNK_ID),
      bos: z.literal(BOS_ID),
      eos: z.literal(EOS_ID),
      tokens: z.tuple([
        z.literal(SPECIAL_TOKENS[0]),
        z.literal(SPECIAL_TOKENS[1]),
        z.literal(SPECIAL_TOKENS[2]),
        z.literal(SPECIAL_TOKENS[3]),
      ]),
    }),
    bpe: z.object({
      merges: z.array(z.tuple([z.string().min(1), z.string().min(1)])),
      end: z.literal('</w>'),
      cont: z.literal('@@'),
    }),
    src: z.array(z.string()).min(SPECIAL_TOKENS.length),
    tgt: z.array(z.string()).min(SPECIAL_TOKENS.length),
    model: z.object({
      dModel: z.number().int().positive(),
      maxLen: z.number().int().positive(),
      decoderCache: z.boolean(),
    }),
    decode: z.object({
      beam: z.number().int().positive(),
      alpha: z.number().nonnegative(),
      maxLenPerSrc: z.number().positive(),
      maxLenExtra: z.number().int().nonnegative(),
      maxLenCap: z.number().int().positive(),
    }),
  })
  .refine((v) => SPECIAL_TOKENS.every((t, i) => v.src[i] === t && v.tgt[i] === t), {
    message: `src and tgt vocabularies must start with ${SPECIAL_TOKENS.join(' ')}`,
  });
export type T2gVocab = z.infer<typeof T2gVocabSchema>;

/** Source text → ids and gloss ids → glosses, from one parsed vocab file. */
export class Seq2seqTokenizer {
  private readonly bpe: Bpe;
  private readonly srcIds: Map<string, number>;

  constructor(readonly vocab: T2gVocab) {
    this.bpe = new Bpe(vocab.bpe.merges);
    this.srcIds = new Map(vocab.src.map((t, i) => [t, i]));
  }

  static parse(json: unknown): Seq2seqTokenizer {
    return new Seq2seqTokenizer(T2gVocabSchema.parse(json));
  }

  normalize(text: string): string {
    return normalizePhoenix(text);
  }

  pieces(text: string): string[] {
    return this.bpe.encode(this.normalize(text));
  }

  encode(text: string): number[] {
    return this.pieces(text).map((p) => this.srcIds.get(p) ?? UNK_ID);
  }

  /** Glosses for ids, specials dropped. */
  decode(ids: readonly number[]): string[] {
    return ids
      .filter((i) => i > EOS_ID)
      .map((i) => {
        const g = this.vocab.tgt[i];
        if (g === undefined) {
          throw new Error(
            `gloss id ${i} is outside the vocabulary (0..${this.vocab.tgt.length - 1})`,
          );
        }
        return g;
      });
  }

  /** Generated-token limit for a source of `srcLen` ids (same rule as training/t2g/beam.py). */
  maxLen(srcLen: number): number {
    const d = this.vocab.decode;
    return Math.min(Math.floor(d.maxLenPerSrc * srcLen) + d.maxLenExtra, d.maxLenCap);
  }
}
