/**
 * Runs a text → gloss pack: tokenizer and beam search from src/shared/text/seq2seq, the encoder
 * and decoder step through THE onnxruntime module (src/workers/ort/backend.ts).
 */
import type { DevicePreference } from '../../../shared/settings/schema';
import { BOS_ID, EOS_ID, beamSearch, modelResult } from '../../../shared/text/seq2seq';
import type { T2gResult } from '../../../shared/text/result';
import type { Hypothesis, StepFn } from '../../../shared/text/seq2seq';
import { OrtSession } from '../../ort/backend';
import { float32, int64 } from '../../ort/tensor';
import type { TensorLike } from '../../ort/tensor';
import { loadSeq2seqPack } from './pack';
import type { Seq2seqPack } from './pack';

export interface Seq2seqOpenOptions {
  readonly device?: DevicePreference;
  /** Intra-op threads per session (0: onnxruntime decides). */
  readonly threads?: number;
}

export interface DecodeOptions {
  /** Beam width; default from the pack's vocab (1 = greedy). */
  readonly beam?: number;
  /** Length-penalty exponent; default from the pack's vocab. */
  readonly alpha?: number;
}

export interface Translation {
  readonly text: string;
  readonly glosses: string[];
  readonly ids: number[];
  readonly hypothesis: Hypothesis;
}

/** Splits typed text into sentences after ".", "!" or "?" (PHOENIX lines are one sentence each). */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export class Seq2seqRunner {
  private constructor(
    readonly pack: Seq2seqPack,
    private readonly encoder: OrtSession,
    private readonly decoder: OrtSession,
  ) {}

  static async open(packDir: string, opts: Seq2seqOpenOptions = {}): Promise<Seq2seqRunner> {
    const pack = loadSeq2seqPack(packDir);
    const sessionOpts = { device: opts.device ?? 'cpu', threads: opts.threads ?? 0 } as const;
    const encoder = await OrtSession.open(pack.encoderPath, sessionOpts);
    const decoder = await OrtSession.open(pack.decoderPath, sessionOpts).catch(
      async (e: unknown) => {
        await encoder.dispose();
        throw e;
      },
    );
    return new Seq2seqRunner(pack, encoder, decoder);
  }

  /** Encoder output for one sentence of source ids: memory [1, S, D]. */
  async encode(srcIds: readonly number[]): Promise<TensorLike> {
    const n = srcIds.length;
    const out = await this.encoder.run({
      src_ids: int64(
        BigInt64Array.from(srcIds, (i) => BigInt(i)),
        [1, n],
      ),
      src_mask: float32(new Float32Array(n).fill(1), [1, n]),
    });
    const memory = out.memory;
    if (memory === undefined) throw new Error('t2g encoder has no "memory" output');
    return memory;
  }

  /** Next-token log-probabilities for each prefix, all attending to one sentence's memory. */
  stepFor(memory: TensorLike): StepFn {
    const [, s = 0, d = 0] = memory.dims;
    const mem = memory.data as Float32Array;
    return async (prefixes) => {
      const b = prefixes.length;
      const t = prefixes[0]?.length ?? 0;
      const ids = new BigInt64Array(b * t);
      prefixes.forEach((p, i) => p.forEach((v, j) => (ids[i * t + j] = BigInt(v))));
      const tiled = new Float32Array(b * s * d);
      for (let i = 0; i < b; i++) tiled.set(mem, i * s * d);
      const out = await this.decoder.run({
        tgt_ids: int64(ids, [b, t]),
        memory: float32(tiled, [b, s, d]),
        src_mask: float32(new Float32Array(b * s).fill(1), [b, s]),
      });
      const lp = out.logprobs;
      if (lp === undefined) throw new Error('t2g decoder has no "logprobs" output');
      return lp.data as Float32Array;
    };
  }

  /** One sentence → glosses (the sentence is not split). */
  async translateSentence(text: string, opts: DecodeOptions = {}): Promise<Translation> {
    const tok = this.pack.tokenizer;
    const srcIds = tok.encode(text);
    if (srcIds.length === 0) {
      return { text, glosses: [], ids: [], hypothesis: { tokens: [], score: 0, normalized: 0 } };
    }
    const memory = await this.encode(srcIds);
    const hypothesis = await beamSearch(this.stepFor(memory), {
      bos: BOS_ID,
      eos: EOS_ID,
      beam: opts.beam ?? tok.vocab.decode.beam,
      alpha: opts.alpha ?? tok.vocab.decode.alpha,
      maxLen: tok.maxLen(srcIds.length),
    });
    return { text, glosses: tok.decode(hypothesis.tokens), ids: hypothesis.tokens, hypothesis };
  }

  /** Typed text (any number of sentences) → the T2gResult shape the English pipeline returns. */
  async translate(text: string, opts: DecodeOptions = {}): Promise<T2gResult> {
    const sentences = [];
    for (const s of splitSentences(text)) sentences.push(await this.translateSentence(s, opts));
    return modelResult(sentences);
  }

  async dispose(): Promise<void> {
    await Promise.all([this.encoder.dispose(), this.decoder.dispose()]);
  }
}
