/**
 * Sign → text, live: landmark frames in, caption events out. The worker runs it on the frame
 * stream; `cli slt` and `eval slt` run the very same class in-process on recorded files.
 *
 * Per frame: the 109 corpus points (corpusFrame) → features at the camera's own rate and aspect
 * (FeatureStream) → model-rate frames (FeatureResampler, 25 fps) → endpointing. While an
 * utterance is open, every `subsample × chunk` model frames run one encoder chunk (greedy CTC
 * gives the partial glosses); at its end the last, padded chunk runs, then memory and beam search
 * give the final English. Model calls are queued in order, so frames never wait for them.
 */
import { CORPUS_FRAME_VALUES, corpusFrame } from '../../shared/synth/points';
import { FEATURE_DIM, FeatureStream } from '../../shared/slt/features';
import { FeatureResampler, MODEL_FPS } from '../../shared/slt/features/resample';
import { CtcGreedy } from '../../shared/slt/decode/ctc';
import { captionConfidence } from '../../shared/slt/decode/confidence';
import {
  CAMERA_LOST_S,
  DEFAULT_ENDPOINT_FRAMES,
  Endpointer,
  handsActive,
} from '../../shared/slt/decode/endpoint';
import type { SltEvent, SltFinalEvent } from '../../shared/slt/decode/events';
import { decodeText } from '../../shared/slt/decode/text';
import { toIpcError } from '../../shared/ipc/result';
import type { EncoderState, SltModel } from './model';

/** Frame rate assumed before two frames give a measured one. */
export const DEFAULT_CAMERA_FPS = 30;
/** Measured rates are clamped to what a camera plausibly delivers (a 1-frame hiccup is not 2 fps). */
const MIN_FPS = 5;
const MAX_FPS = 120;
/** The feature normaliser is rebuilt between utterances when the camera rate drifts this much. */
const FPS_DRIFT = 0.25;
/** Weight of the newest interval in the running frame-rate estimate. */
const FPS_SMOOTHING = 0.1;
/**
 * Partial captions at least this often, seconds: a chunk longer than this (the default is 16
 * frames, 640 ms) is also run half-filled, provisionally, so the encoder runs every 320 ms.
 */
export const PARTIAL_EVERY_S = 0.32;

export interface SltStreamOptions {
  /** Camera image width / height (x is read in isotropic units). */
  readonly aspect: number;
  /** The source's frame rate when known (a file); live streams measure it from timestamps. */
  readonly fps?: number;
  /** Prefix of utterance ids (unique per stream). */
  readonly idPrefix?: string;
}

export type EndReason = SltFinalEvent['reason'];

interface Utterance {
  readonly id: string;
  readonly t: number;
  readonly from: number;
  readonly state: EncoderState;
  readonly ctc: CtcGreedy;
  readonly chunk: Float32Array;
  filled: number;
  readonly mems: Float32Array[];
  steps: number;
  lastGlossFrame: number;
  partialText: string;
  closed: boolean;
}

export class SltStream {
  private aspect: number;
  private features: FeatureStream | undefined;
  private readonly resampler = new FeatureResampler(FEATURE_DIM, MODEL_FPS);
  private readonly endpointer = new Endpointer();
  private readonly corpus = new Float32Array(CORPUS_FRAME_VALUES);
  private readonly feats = new Float32Array(FEATURE_DIM);
  private readonly modelFrame = new Float32Array(FEATURE_DIM);
  /** The last `preroll` model frames, for an utterance's start. */
  private readonly preroll: Float32Array;
  private lastTimestamp = Number.NaN;
  private frameTimestamp = 0;
  private fpsEstimate: number;
  private utterance: Utterance | undefined;
  private count = 0;
  private work: Promise<void> = Promise.resolve();
  private readonly prefix: string;

  constructor(
    readonly model: SltModel,
    private readonly emit: (e: SltEvent) => void,
    opts: SltStreamOptions,
  ) {
    this.aspect = opts.aspect;
    this.fpsEstimate = opts.fps ?? DEFAULT_CAMERA_FPS;
    this.prefix = opts.idPrefix ?? Math.random().toString(36).slice(2, 10);
    this.preroll = new Float32Array(DEFAULT_ENDPOINT_FRAMES.preroll * FEATURE_DIM);
  }

  get inUtterance(): boolean {
    return this.utterance !== undefined;
  }

  /** Camera aspect changes take effect at the next utterance boundary (a new normaliser). */
  setAspect(aspect: number): void {
    if (!(aspect > 0) || !Number.isFinite(aspect))
      throw new RangeError(
        `aspect (image width / height) must be finite and above 0; got ${aspect}`,
      );
    this.aspect = aspect;
    if (this.utterance === undefined) this.features = undefined;
  }

  /** A full Holistic frame (553 × 4 values) captured at `timestamp` ms. */
  pushFrame(frame: Float32Array, timestamp: number): void {
    corpusFrame(frame, this.corpus);
    this.pushCorpusFrame(this.corpus, timestamp);
  }

  /** A corpus frame (109 × 3 values: what corpus shards hold). */
  pushCorpusFrame(frame: Float32Array, timestamp: number): void {
    const dt = timestamp - this.lastTimestamp;
    if (dt > CAMERA_LOST_S * 1000) this.restartFeatures('camera-lost');
    let fps = this.fpsEstimate;
    if (dt > 0) {
      fps = Math.min(MAX_FPS, Math.max(MIN_FPS, 1000 / dt));
      this.fpsEstimate += FPS_SMOOTHING * (fps - this.fpsEstimate);
    }
    this.lastTimestamp = timestamp;
    this.frameTimestamp = timestamp;
    if (this.features === undefined)
      this.features = new FeatureStream(this.fpsEstimate, { aspect: this.aspect });
    this.features.push(frame, this.feats);
    this.resampler.push(this.feats, fps, this.modelFrame, (f) => this.onModelFrame(f));
  }

  /** Ends the open utterance now (end of a file, camera lost) and waits for every model call. */
  async flush(reason: EndReason = 'flush'): Promise<void> {
    if (this.utterance !== undefined) {
      this.endpointer.stop();
      this.finish(reason);
    }
    await this.work;
  }

  /** Waits for the queued model calls. */
  idle(): Promise<void> {
    return this.work;
  }

  private restartFeatures(reason: EndReason): void {
    if (this.utterance !== undefined) {
      this.endpointer.stop();
      this.finish(reason);
    }
    this.features = undefined;
    this.resampler.reset();
  }

  private onModelFrame(f: Float32Array): void {
    const ep = this.endpointer;
    const index = ep.frame;
    const u = this.utterance;
    const ev = ep.push(handsActive(f), u?.lastGlossFrame ?? -1);
    if (ev.type === 'start') this.open(index, ev.from);
    if (this.utterance !== undefined) this.append(f, index);
    // The pre-roll ring holds frames by index modulo its length.
    const slots = this.preroll.length / FEATURE_DIM;
    if (slots > 0) this.preroll.set(f, (index % slots) * FEATURE_DIM);
    if (ev.type === 'end') this.finish(ev.reason);
  }

  private open(index: number, from: number): void {
    const m = this.model;
    const secondsBack = (index - from) / MODEL_FPS;
    const u: Utterance = {
      id: `${this.prefix}-${++this.count}`,
      t: Math.max(0, this.frameTimestamp - secondsBack * 1000),
      from,
      state: m.initialState(),
      ctc: new CtcGreedy(m.vocab.ctc),
      chunk: new Float32Array(m.geometry.frames * FEATURE_DIM),
      filled: 0,
      mems: [],
      steps: 0,
      lastGlossFrame: -1,
      partialText: '',
      closed: false,
    };
    this.utterance = u;
    const slots = this.preroll.length / FEATURE_DIM;
    for (let i = from; i < index; i++) {
      const s = (i % slots) * FEATURE_DIM;
      this.append(this.preroll.subarray(s, s + FEATURE_DIM), i);
    }
  }

  private append(f: Float32Array, index: number): void {
    const u = this.utterance;
    if (u === undefined) return;
    u.chunk.set(f, u.filled * FEATURE_DIM);
    u.filled++;
    if (u.filled === this.model.geometry.frames) {
      this.enqueueChunk(u, u.chunk.slice(), this.model.geometry.chunk, index);
      u.filled = 0;
    } else if (u.filled % this.peekFrames === 0) {
      const feats = u.chunk.slice();
      feats.fill(0, u.filled * FEATURE_DIM);
      this.enqueuePeek(u, feats, u.filled / this.model.vocab.subsample, index);
    }
  }

  /** Model frames between provisional partials: whole encoder steps, at most PARTIAL_EVERY_S. */
  private get peekFrames(): number {
    const sub = this.model.vocab.subsample;
    return Math.max(sub, Math.floor((PARTIAL_EVERY_S * MODEL_FPS) / sub) * sub);
  }

  private enqueuePeek(u: Utterance, feats: Float32Array, valid: number, index: number): void {
    this.enqueue(u, async () => {
      if (u.closed) return;
      const ctc = await this.model.peekChunk(u.state, feats, valid);
      const glosses = u.ctc.preview(ctc, valid);
      const text = glosses.join(' ');
      if (text === u.partialText || u.closed) return;
      u.partialText = text;
      this.emit({
        type: 'partial',
        utteranceId: u.id,
        t: u.t,
        text,
        glosses,
        at: (index + 1 - u.from) / MODEL_FPS,
      });
    });
  }

  private enqueueChunk(u: Utterance, feats: Float32Array, valid: number, index: number): void {
    this.enqueue(u, async () => {
      const { mem, ctc } = await this.model.encodeChunk(u.state, feats, valid);
      u.mems.push(mem.slice(0, valid * this.model.vocab.dModel));
      u.steps += valid;
      const grew = u.ctc.push(ctc, valid);
      if (grew) u.lastGlossFrame = index;
      const glosses = u.ctc.glosses();
      // A provisional partial may have said more or other: the committed one replaces it.
      if ((grew || glosses.join(' ') !== u.partialText) && !u.closed) {
        u.partialText = glosses.join(' ');
        this.emit({
          type: 'partial',
          utteranceId: u.id,
          t: u.t,
          text: u.partialText,
          glosses,
          at: (index + 1 - u.from) / MODEL_FPS,
        });
      }
    });
  }

  private finish(reason: EndReason): void {
    const u = this.utterance;
    if (u === undefined) return;
    this.utterance = undefined;
    const decided = performance.now();
    const f = this.features;
    if (f !== undefined && Math.abs(this.fpsEstimate - f.fps) > FPS_DRIFT * f.fps)
      this.features = undefined;
    if (u.filled > 0) {
      u.chunk.fill(0, u.filled * FEATURE_DIM);
      const valid = Math.ceil(u.filled / this.model.vocab.subsample);
      this.enqueueChunk(u, u.chunk.slice(), valid, this.endpointer.frame - 1);
    }
    const seconds = (this.endpointer.frame - u.from) / MODEL_FPS;
    this.enqueue(u, async () => {
      u.closed = true;
      const glosses = u.ctc.glosses();
      let text = '';
      let confidence = 0;
      if (u.steps > 0) {
        const d = this.model.vocab.dModel;
        const mem = new Float32Array(u.steps * d);
        let at = 0;
        for (const m of u.mems) {
          mem.set(m, at);
          at += m.length;
        }
        const { hypothesis, maxLen } = await this.model.decode(mem, u.steps);
        text = decodeText(hypothesis.tokens, this.model.vocab.text);
        confidence = captionConfidence(hypothesis, maxLen);
      }
      // Hands that rose and fell without a sign the CTC head recognised (and no partial on
      // screen): no caption, rather than the decoder's guess from nothing.
      if (glosses.length === 0 && u.partialText === '' && reason !== 'camera-lost') return;
      this.emit({
        type: 'final',
        utteranceId: u.id,
        t: u.t,
        text,
        glosses,
        confidence,
        interrupted: reason === 'camera-lost',
        reason,
        seconds,
        finalizeMs: performance.now() - decided,
      });
    });
  }

  private enqueue(u: Utterance, job: () => Promise<void>): void {
    this.work = this.work.then(job).catch((e: unknown) => {
      const { kind, message } = toIpcError(e);
      this.emit({ type: 'error', kind, message, utteranceId: u.id });
    });
  }
}
