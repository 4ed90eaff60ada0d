/**
 * The CTC log-probabilities of a whole clip through a pack's streaming encoder: the runtime's own
 * features (FeatureStream at the clip's rate and aspect), resampled to the model's rate, then
 * encoder chunks with their state carried over, the last chunk zero-padded as SltStream pads it.
 * Unlike SltStream there is no endpointing: a clip of one held letter is read from its first
 * frame to its last, whether or not the hands ever look "active" to the endpointer.
 */
import { CORPUS_FRAME_VALUES, corpusFrame } from '../../shared/synth/points';
import { FEATURE_DIM, FeatureStream } from '../../shared/slt/features';
import { FeatureResampler, MODEL_FPS } from '../../shared/slt/features/resample';
import type { ClipFrames } from '../../workers/slt/run-file';
import type { SltModel } from '../../workers/slt/model';

export interface ClipCtc {
  /** [steps × CTC vocabulary] log-probabilities. */
  readonly logprobs: Float32Array;
  readonly steps: number;
}

/** Frames `from` (inclusive) to `to` (exclusive) of the clip. */
export async function clipCtc(
  model: SltModel,
  clip: ClipFrames,
  from = 0,
  to = clip.count,
): Promise<ClipCtc> {
  const features = new FeatureStream(clip.fps, { aspect: clip.aspect });
  const resampler = new FeatureResampler(FEATURE_DIM, MODEL_FPS);
  const corpus = new Float32Array(CORPUS_FRAME_VALUES);
  const feats = new Float32Array(FEATURE_DIM);
  const modelFrame = new Float32Array(FEATURE_DIM);
  const modelFrames: Float32Array[] = [];
  for (let i = Math.max(0, from); i < Math.min(clip.count, to); i++) {
    const frame = clip.frame(i);
    if (clip.kind === 'holistic') corpusFrame(frame, corpus);
    features.push(clip.kind === 'holistic' ? corpus : frame, feats);
    resampler.push(feats, clip.fps, modelFrame, (f) => modelFrames.push(f.slice()));
  }
  const { frames: perChunk, chunk: stepsPerChunk } = model.geometry;
  const vocab = model.vocab.ctc.length;
  const state = model.initialState();
  const rows: Float32Array[] = [];
  let steps = 0;
  for (let at = 0; at < modelFrames.length; at += perChunk) {
    const part = modelFrames.slice(at, at + perChunk);
    const chunk = new Float32Array(perChunk * FEATURE_DIM);
    part.forEach((f, i) => chunk.set(f, i * FEATURE_DIM));
    const valid =
      part.length === perChunk ? stepsPerChunk : Math.ceil(part.length / model.vocab.subsample);
    const { ctc } = await model.encodeChunk(state, chunk, valid);
    rows.push(ctc.slice(0, valid * vocab));
    steps += valid;
  }
  const logprobs = new Float32Array(steps * vocab);
  let offset = 0;
  for (const r of rows) {
    logprobs.set(r, offset);
    offset += r.length;
  }
  return { logprobs, steps };
}
