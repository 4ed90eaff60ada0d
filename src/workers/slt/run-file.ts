/**
 * A recorded clip through the live stream (the same SltStream the worker runs): frames fed at
 * their own timestamps, the stream flushed at the end, the events collected. `cli slt`,
 * `eval slt` and `bench slt` use it, so they measure what the app does.
 */
import type { SltEvent, SltFinalEvent } from '../../shared/slt/decode/events';
import type { SltModel } from './model';
import { SltStream } from './stream';

export interface ClipFrames {
  readonly count: number;
  readonly fps: number;
  /** Image width / height. */
  readonly aspect: number;
  /** Timestamps are i / fps from 0, so partial times are seconds into the clip. Holistic frames (553 × 4) or corpus frames (109 × 3). */
  readonly kind: 'holistic' | 'corpus';
  frame(i: number): Float32Array;
}

export interface ClipTranslation {
  readonly text: string;
  readonly glosses: string[];
  /** Mean over the utterances (one for most clips). */
  readonly confidence: number;
  readonly partials: { t: number; text: string }[];
  readonly utterances: SltFinalEvent[];
  readonly errors: string[];
}

export async function translateClip(model: SltModel, clip: ClipFrames): Promise<ClipTranslation> {
  const events: SltEvent[] = [];
  const stream = new SltStream(model, (e) => events.push(e), {
    aspect: clip.aspect,
    fps: clip.fps,
    idPrefix: 'clip',
  });
  const msPerFrame = 1000 / clip.fps;
  for (let i = 0; i < clip.count; i++) {
    if (clip.kind === 'holistic') stream.pushFrame(clip.frame(i), i * msPerFrame);
    else stream.pushCorpusFrame(clip.frame(i), i * msPerFrame);
    // As if the model kept up with the camera: each chunk's glosses are known before the next
    // frame, as they nearly are live, so endpointing decides the same way whatever the CPU.
    await stream.idle();
  }
  await stream.flush('flush');
  const finals = events.filter((e): e is SltFinalEvent => e.type === 'final');
  const spoken = finals.filter((f) => f.text.trim() !== '');
  // Clip timestamps start at 0, so an utterance's `t` is its start in the clip, ms.
  const partials = events.flatMap((e) =>
    e.type === 'partial' ? [{ t: round3(e.t / 1000 + e.at), text: e.text }] : [],
  );
  return {
    text: spoken.map((f) => f.text.trim()).join(' '),
    glosses: finals.flatMap((f) => f.glosses),
    confidence:
      spoken.length === 0 ? 0 : spoken.reduce((a, f) => a + f.confidence, 0) / spoken.length,
    partials,
    utterances: finals,
    errors: events.flatMap((e) => (e.type === 'error' ? [`${e.kind}: ${e.message}`] : [])),
  };
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;
