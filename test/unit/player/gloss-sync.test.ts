import { describe, expect, it } from 'vitest';
import { clipFromWire, ClipWireSchema, clipToWire } from '../../../src/shared/ipc/clip-wire';
import { DEFAULT_SKELETON, synthesize } from '../../../src/shared/motion';
import { sampleUtterance } from '../../../src/shared/motion/bench';
import type { Clip } from '../../../src/shared/motion/clip';
import { joinClips } from '../../../src/shared/motion/retarget/compose';
import { buildUtterance } from '../../../src/shared/motion/synth/utterance';
import { Playback } from '../../../src/renderer/player/playback';

const FPS = 30;
/** A moment after an event, s: well under a frame, so "at" the event and not the one before. */
const JUST_AFTER = 1e-3;
const items = sampleUtterance()
  .slice(0, 5)
  .map((s) => ({ gloss: s.gloss, spec: s, source: 'sample' }));

/** The gloss the player highlights at clip time `t` (-1: none). */
function highlighted(clip: Clip, t: number): number {
  const p = new Playback();
  p.start(clip);
  p.time = t;
  return p.currentSign();
}

/**
 * Per sign, the transition into it as the motion plan has it: the right hand's segment that
 * starts where the sign's timeline entry starts, ending when the hand reaches the sign's first
 * posture. Read from the plan's tracks, not from the timeline, so the test does not grade the
 * player's data with itself.
 */
function transitions(): { t0: number; t1: number }[] {
  const utt = buildUtterance(items, DEFAULT_SKELETON, 1);
  return utt.timeline.map((e) => {
    const seg = utt.tracks.right.find((s) => Math.abs(s.t0 - e.start) < 1e-9);
    if (seg === undefined) throw new Error(`no transition starts at ${e.start} for ${e.gloss}`);
    return { t0: seg.t0, t1: seg.t1 };
  });
}

describe('the highlighted gloss follows the hands', () => {
  // As the renderer gets it: through the IPC wire format.
  const clip = clipFromWire(ClipWireSchema.parse(clipToWire(synthesize(items, { fps: FPS }))));
  const trans = transitions();

  it('lights each sign when the hands reach its first posture, not when they set off', () => {
    trans.forEach(({ t1 }, i) => {
      expect(highlighted(clip, t1 + JUST_AFTER), `at ${items[i]!.gloss}'s arrival`).toBe(i);
    });
  });

  it('keeps the previous sign lit while the hands travel to the next one', () => {
    trans.forEach(({ t0, t1 }, i) => {
      expect(highlighted(clip, (t0 + t1) / 2), `mid-transition into ${items[i]!.gloss}`).toBe(
        i - 1,
      );
    });
  });

  it('lights nothing once the last sign ends and the hands go back to rest', () => {
    expect(highlighted(clip, clip.timeline.at(-1)!.end + JUST_AFTER)).toBe(-1);
  });

  it('keeps the arrival inside its sign when clips are joined', () => {
    const a = synthesize(items.slice(0, 2), { fps: FPS });
    const b = synthesize(items.slice(2, 4), { fps: FPS });
    const joined = joinClips([a, b], DEFAULT_SKELETON);
    const shift = joined.timeline[2]!.start - b.timeline[0]!.start;
    expect(shift).toBeGreaterThan(0);
    expect(joined.timeline[2]!.arrival).toBeCloseTo(b.timeline[0]!.arrival! + shift, 9);
    for (const e of joined.timeline) {
      expect(e.arrival!).toBeGreaterThanOrEqual(e.start);
      expect(e.arrival!).toBeLessThanOrEqual(e.end);
    }
  });

  it('falls back to the entry start for clips without arrival times (recordings, old files)', () => {
    const plain = { ...clip, timeline: clip.timeline.map(({ arrival: _, ...e }) => e) };
    expect(highlighted(plain, plain.timeline[1]!.start + JUST_AFTER)).toBe(1);
  });
});
