import { describe, expect, it } from 'vitest';
import { FEATURE_DIM, featureIndex } from '../../../src/shared/slt/features';
import {
  DEFAULT_ENDPOINT_FRAMES,
  Endpointer,
  REST_WRIST_Y,
  handsActive,
} from '../../../src/shared/slt/decode/endpoint';
import type { EndpointEvent } from '../../../src/shared/slt/decode/endpoint';

type Hand = 'up' | 'rest' | 'gone';

/** A model-rate feature frame with a body frame and each hand up, at rest or missing. */
function frame(left: Hand, right: Hand, body = true): Float32Array {
  const f = new Float32Array(FEATURE_DIM);
  f[featureIndex('body.mask')] = body ? 1 : 0;
  for (const [side, h] of [
    ['leftHand', left],
    ['rightHand', right],
  ] as const) {
    if (h === 'gone') continue;
    f[featureIndex(`${side}.mask`)] = 1;
    f[featureIndex(`${side}.wrist.y`)] = h === 'up' ? 0.3 : REST_WRIST_Y + 0.3;
  }
  return f;
}

/** Runs a hand track (runs of [frames, left, right]); glosses change at the given frames. */
function run(
  track: [number, Hand, Hand][],
  glossFrames: number[] = [],
): { at: number; e: EndpointEvent }[] {
  const ep = new Endpointer();
  const out: { at: number; e: EndpointEvent }[] = [];
  let last = -1;
  for (const [n, l, r] of track) {
    for (let i = 0; i < n; i++) {
      if (glossFrames.includes(ep.frame)) last = ep.frame;
      const at = ep.frame;
      const e = ep.push(handsActive(frame(l, r)), last);
      if (e.type !== 'none') out.push({ at, e });
    }
  }
  return out;
}

const T = DEFAULT_ENDPOINT_FRAMES;
const every = (from: number, to: number, step: number) =>
  Array.from({ length: Math.floor((to - from) / step) }, (_, i) => from + i * step);

describe('endpointing', () => {
  it('reads a hand as up only when present and above the rest line', () => {
    expect(handsActive(frame('gone', 'gone'))).toBe(false);
    expect(handsActive(frame('rest', 'rest'))).toBe(false);
    expect(handsActive(frame('rest', 'up'))).toBe(true);
    // No body frame: a visible hand counts as signing (no rest line to compare with).
    expect(handsActive(frame('rest', 'gone', false))).toBe(true);
  });

  it("falls back on the pose's wrist where the hand detector lost the hand", () => {
    const lost = frame('gone', 'gone');
    lost[featureIndex('pose.RIGHT_WRIST.x')] = -0.4;
    lost[featureIndex('pose.RIGHT_WRIST.y')] = 0.3;
    expect(handsActive(lost)).toBe(true);
    lost[featureIndex('pose.RIGHT_WRIST.y')] = REST_WRIST_Y + 0.3;
    expect(handsActive(lost)).toBe(false);
    // a detected hand at rest wins over its pose wrist; a missing pose wrist (0, 0) says nothing
    const rest = frame('rest', 'gone');
    rest[featureIndex('pose.LEFT_WRIST.y')] = 0.3;
    rest[featureIndex('pose.LEFT_WRIST.x')] = 0.4;
    expect(handsActive(rest)).toBe(false);
    expect(handsActive(frame('gone', 'gone'))).toBe(false);
    // without a body frame the pose wrist has no rest line to compare with
    const noBody = frame('gone', 'gone', false);
    noBody[featureIndex('pose.RIGHT_WRIST.y')] = 0.3;
    expect(handsActive(noBody)).toBe(false);
  });

  it('starts after the onset with a pre-roll and ends when both hands rest for 0.5 s', () => {
    const ev = run(
      [
        [20, 'rest', 'rest'],
        [50, 'up', 'rest'],
        [30, 'gone', 'rest'],
      ],
      every(20, 70, 5),
    );
    expect(ev[0]).toEqual({ at: 20 + T.onset - 1, e: { type: 'start', from: 20 - T.preroll } });
    expect(ev[1]).toEqual({ at: 70 + T.rest - 1, e: { type: 'end', reason: 'rest' } });
    expect(ev).toHaveLength(2);
  });

  it('ignores a twitch shorter than the onset', () => {
    expect(
      run([
        [10, 'rest', 'rest'],
        [T.onset - 1, 'up', 'gone'],
        [40, 'rest', 'gone'],
      ]),
    ).toEqual([]);
  });

  it('ends after 1.2 s without a new gloss while the hands stay up', () => {
    const ev = run(
      [
        [5, 'gone', 'gone'],
        [200, 'up', 'up'],
      ],
      [30],
    );
    expect(ev[1]).toEqual({ at: 30 + T.pause, e: { type: 'end', reason: 'pause' } });
    // The hands are still up: the next utterance starts at once, without re-reading the last one.
    expect(ev[2]?.e).toEqual({ type: 'start', from: 30 + T.pause + 1 });
  });

  it('does not end a long utterance whose glosses keep coming, until the length cap', () => {
    // The utterance starts at its first active frame (0), so the cap falls at frame T.max.
    const ev = run([[T.max + 40, 'up', 'gone']], every(0, T.max + 40, 10));
    expect(ev[1]).toEqual({ at: T.max, e: { type: 'end', reason: 'max-length' } });
  });
});
