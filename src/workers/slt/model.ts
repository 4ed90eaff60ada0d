/**
 * The three graphs of a sign → text pack through THE onnxruntime module: the encoder one chunk at
 * a time with its state (conv tails, attention window) carried between calls, then per utterance
 * the decoder memory once and beam search over the cached decoder step.
 */
import { beamSearchAll } from '../../shared/text/seq2seq/beam';
import type { Hypothesis } from '../../shared/text/seq2seq/beam';
import { cachedStepFn } from '../../shared/slt/decode/cached-step';
import { guardRepeats } from '../../shared/slt/decode/repeat-guard';
import type { CachedStep } from '../../shared/slt/decode/cached-step';
import { maxTextLen } from '../../shared/slt/decode/vocab';
import { decodeText } from '../../shared/slt/decode/text';
import { chooseByType } from '../../shared/slt/decode/type-rerank';
import type { SltVocab } from '../../shared/slt/decode/vocab';
import type { DevicePreference } from '../../shared/settings/schema';
import { OrtSession } from '../ort/backend';
import { float32, int64 } from '../ort/tensor';
import type { TensorLike } from '../ort/tensor';
import { loadSltPack } from './pack';
import type { SltPack } from './pack';
import { invalidValueMessage } from '../../shared/errors/invalid';

export interface SltOpenOptions {
  readonly device?: DevicePreference;
  /** Intra-op threads per session (0: onnxruntime decides). */
  readonly threads?: number;
}

/** Everything the encoder carries from one chunk to the next; zeros at an utterance start. */
export interface EncoderState {
  tail1: Float32Array;
  tail2: Float32Array;
  k: Float32Array;
  v: Float32Array;
  /** Encoder steps emitted before the next chunk. */
  steps: number;
}

export interface ChunkOutput {
  /** [chunk × dModel] */
  readonly mem: Float32Array;
  /** [chunk × ctc vocabulary] log-probabilities */
  readonly ctc: Float32Array;
}

export interface Decoded {
  readonly hypothesis: Hypothesis;
  readonly maxLen: number;
}

const out = (r: Record<string, TensorLike>, name: string): Float32Array => {
  const t = r[name];
  if (t === undefined)
    throw new Error(invalidValueMessage('slt graph output', name, Object.keys(r), 'is missing'));
  return t.data as Float32Array;
};

export class SltModel {
  readonly geometry: {
    readonly frames: number;
    readonly chunk: number;
    readonly left: number;
    readonly dk: number;
  };

  private constructor(
    readonly pack: SltPack,
    private readonly encoder: OrtSession,
    private readonly memory: OrtSession,
    private readonly decoder: OrtSession,
  ) {
    const v = pack.vocab;
    this.geometry = {
      frames: v.subsample * v.chunk,
      chunk: v.chunk,
      left: v.leftChunks * v.chunk,
      dk: v.dModel / v.heads,
    };
  }

  static async open(packDir: string, opts: SltOpenOptions = {}): Promise<SltModel> {
    const pack = loadSltPack(packDir);
    const o = { device: opts.device ?? 'cpu', threads: opts.threads ?? 0 } as const;
    const sessions: OrtSession[] = [];
    try {
      for (const p of [pack.encoderPath, pack.memoryPath, pack.decoderPath])
        sessions.push(await OrtSession.open(p, o));
    } catch (e) {
      await Promise.all(sessions.map((s) => s.dispose()));
      throw e;
    }
    const [enc, mem, dec] = sessions as [OrtSession, OrtSession, OrtSession];
    return new SltModel(pack, enc, mem, dec);
  }

  get vocab(): SltVocab {
    return this.pack.vocab;
  }

  /** Execution providers in use and why a preferred one fell back. */
  get providers(): { providers: readonly string[]; fallbackReason: string } {
    return { providers: this.encoder.providers, fallbackReason: this.encoder.fallbackReason };
  }

  initialState(): EncoderState {
    const v = this.vocab;
    const g = this.geometry;
    const kv = v.encLayers * v.heads * g.left * g.dk;
    return {
      tail1: new Float32Array(v.featureDim * (v.convKernel - 1)),
      tail2: new Float32Array(v.dModel * (v.convKernel - 1)),
      k: new Float32Array(kv),
      v: new Float32Array(kv),
      steps: 0,
    };
  }

  /** One chunk of `geometry.frames` model-rate frames; `valid` < chunk only for the last, padded one. */
  async encodeChunk(state: EncoderState, feats: Float32Array, valid: number): Promise<ChunkOutput> {
    const v = this.vocab;
    const g = this.geometry;
    if (feats.length !== g.frames * v.featureDim) {
      throw new RangeError(`a chunk is ${g.frames} × ${v.featureDim} values; got ${feats.length}`);
    }
    const kvDims = [v.encLayers, 1, v.heads, g.left, g.dk];
    const r = await this.encoder.run({
      feats: float32(feats, [1, g.frames, v.featureDim]),
      tail1: float32(state.tail1, [1, v.featureDim, v.convKernel - 1]),
      tail2: float32(state.tail2, [1, v.dModel, v.convKernel - 1]),
      k: float32(state.k, kvDims),
      v: float32(state.v, kvDims),
      steps: int64(BigInt64Array.of(BigInt(state.steps)), [1]),
      valid: int64(BigInt64Array.of(BigInt(valid)), [1]),
    });
    state.tail1 = out(r, 'tail1_out');
    state.tail2 = out(r, 'tail2_out');
    state.k = out(r, 'k_out');
    state.v = out(r, 'v_out');
    state.steps += g.chunk;
    return { mem: out(r, 'mem'), ctc: out(r, 'ctc') };
  }

  /**
   * The CTC log-probabilities of a chunk still being filled (zero-padded, `valid` steps), without
   * advancing the state: partial captions between two chunks. Its outputs are provisional: the
   * full chunk, whose steps also see the frames that came later, replaces them.
   */
  async peekChunk(state: EncoderState, feats: Float32Array, valid: number): Promise<Float32Array> {
    const scratch = { ...state };
    const { ctc } = await this.encodeChunk(scratch, feats, valid);
    return ctc;
  }

  /** Beam search over English for the utterance's memory [steps × dModel]. */
  async decode(mem: Float32Array, steps: number, beam = this.vocab.beam): Promise<Decoded> {
    const v = this.vocab;
    const kv = await this.memory.run({ mem: float32(mem, [1, steps, v.dModel]) });
    const maxLen = maxTextLen(v, steps);
    const finished = await beamSearchAll(
      guardRepeats(
        cachedStepFn(this.decoderStep(out(kv, 'mem_k'), out(kv, 'mem_v'), steps)),
        v.text.eos,
      ),
      { bos: v.text.bos, eos: v.text.eos, beam, alpha: v.alpha, maxLen },
    );
    const types = kv['type_logprobs'];
    const weight = v.typeWeight ?? 0;
    const pick =
      types !== undefined && v.sentenceTypes !== undefined && weight > 0
        ? chooseByType(
            finished,
            finished.map((h) => decodeText(h.tokens, v.text)),
            v.sentenceTypes,
            types.data as Float32Array,
            weight,
          )
        : 0;
    const hypothesis = finished[pick];
    if (hypothesis === undefined) throw new Error('beam search finished no hypothesis (maxLen 0?)');
    return { hypothesis, maxLen };
  }

  /** The cached decoder step over one utterance's memory keys/values [Ld, 1, H, S, dk]. */
  private decoderStep(memK: Float32Array, memV: Float32Array, s: number): CachedStep {
    const v = this.vocab;
    const { dk } = this.geometry;
    const layers = v.decLayers;
    const h = v.heads;
    const tiled = new Map<number, [Float32Array, Float32Array]>();
    let selfK: Float32Array = new Float32Array(0);
    let selfV: Float32Array = new Float32Array(0);
    let batch = 1;
    return async (tokens, parents, pos) => {
      const b = tokens.length;
      let mem = tiled.get(b);
      if (mem === undefined) {
        mem = [repeatRows(memK, layers, 1, b), repeatRows(memV, layers, 1, b)];
        tiled.set(b, mem);
      }
      const row = h * pos * dk;
      const k = pos === 0 ? new Float32Array(0) : gatherRows(selfK, layers, batch, row, parents);
      const vv = pos === 0 ? new Float32Array(0) : gatherRows(selfV, layers, batch, row, parents);
      const r = await this.decoder.run({
        token: int64(
          BigInt64Array.from(tokens, (t) => BigInt(t)),
          [b],
        ),
        pos: int64(BigInt64Array.of(BigInt(pos)), [1]),
        self_k: float32(k, [layers, b, h, pos, dk]),
        self_v: float32(vv, [layers, b, h, pos, dk]),
        mem_k: float32(mem[0], [layers, b, h, s, dk]),
        mem_v: float32(mem[1], [layers, b, h, s, dk]),
        mem_mask: float32(new Float32Array(b * s), [b, 1, 1, s]),
      });
      selfK = out(r, 'self_k_out');
      selfV = out(r, 'self_v_out');
      batch = b;
      return out(r, 'logprobs');
    };
  }

  async dispose(): Promise<void> {
    await Promise.all([this.encoder.dispose(), this.memory.dispose(), this.decoder.dispose()]);
  }
}

/** [layers, from, row] → [layers, n, row]: every batch row the copy of row 0 (from = 1). */
function repeatRows(x: Float32Array, layers: number, from: number, n: number): Float32Array {
  const row = x.length / (layers * from);
  const y = new Float32Array(layers * n * row);
  for (let l = 0; l < layers; l++)
    for (let i = 0; i < n; i++)
      y.set(x.subarray(l * from * row, l * from * row + row), (l * n + i) * row);
  return y;
}

/** [layers, batch, row] → [layers, parents.length, row], row i taken from row parents[i]. */
function gatherRows(
  x: Float32Array,
  layers: number,
  batch: number,
  row: number,
  parents: readonly number[],
): Float32Array {
  const n = parents.length;
  const y = new Float32Array(layers * n * row);
  for (let l = 0; l < layers; l++) {
    for (let i = 0; i < n; i++) {
      const p = parents[i] ?? 0;
      if (p < 0 || p >= batch)
        throw new RangeError(`decoder cache row ${p} is outside 0..${batch - 1}`);
      const src = (l * batch + p) * row;
      y.set(x.subarray(src, src + row), (l * n + i) * row);
    }
  }
  return y;
}
