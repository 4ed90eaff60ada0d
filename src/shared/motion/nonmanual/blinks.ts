import type { NmEffect } from './effects';
import { BLINK_DURATION } from './tiers';

/** Spontaneous blinks every 2.5–5 s (adults blink ~15–20 times a minute), seconds. */
const BLINK_MIN_GAP = 2.5;
const BLINK_MAX_GAP = 5;
const FIRST_BLINK = 0.6;

/**
 * Idle blinks over [0, duration]: deterministic (a fixed-seed generator), so the same utterance
 * always gives the same clip.
 */
export function idleBlinks(duration: number, seed = 1): NmEffect[] {
  const out: NmEffect[] = [];
  let state = (seed * 2654435761) >>> 0 || 1;
  const rand = (): number => {
    // xorshift32
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
  for (
    let t = FIRST_BLINK + rand();
    t + BLINK_DURATION < duration;
    t += BLINK_MIN_GAP + rand() * (BLINK_MAX_GAP - BLINK_MIN_GAP)
  ) {
    out.push({
      kind: 'expression',
      t0: t,
      t1: t + BLINK_DURATION,
      weights: { blink: 1 },
      pulses: 0,
    });
  }
  return out;
}
