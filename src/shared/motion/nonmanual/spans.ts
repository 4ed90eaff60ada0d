import { DEG } from '../math';
import type { NmEffect } from './effects';
import { expressionEffect, headEffect } from './tiers';

/**
 * Grammatical non-manual markers that text → gloss puts over a run of signs (the same strings as
 * NON_MANUAL_TYPES in src/shared/text/result.ts): yes/no question (brows up, head forward),
 * wh-question (brows furrowed, head tilted), negation (head shake), topic (brows up, head back).
 */
export const NON_MANUAL_SPAN_TYPES = ['yn-question', 'wh-question', 'negation', 'topic'] as const;
export type NonManualSpanType = (typeof NON_MANUAL_SPAN_TYPES)[number];

/** A marker over signs `start` (inclusive) to `end` (exclusive), indices into the utterance. */
export interface NonManualSpan {
  readonly type: NonManualSpanType;
  readonly start: number;
  readonly end: number;
}

/** Head shake rate under negation, cycles per second. */
const SHAKE_HZ = 1.8;
const SHAKE_AMP = 12 * DEG;
const QUESTION_HEAD_FORWARD = 6 * DEG;
const WH_TILT = 5 * DEG;
const TOPIC_HEAD_BACK = 6 * DEG;

/**
 * The effects of one marker; `gain` scales how strongly it is made (expression weights are
 * capped at 1, head angles scale freely): 1 is the lexicon's citation strength.
 */
export function spanEffects(type: NonManualSpanType, t0: number, t1: number, gain = 1): NmEffect[] {
  const w = (x: number): number => Math.min(1, x * gain);
  switch (type) {
    case 'yn-question':
      return [
        expressionEffect(t0, t1, { browRaise: w(1), eyeWide: w(0.3) }),
        headEffect(t0, t1, { pitch: QUESTION_HEAD_FORWARD * gain, push: 0.5 * gain }),
      ];
    case 'wh-question':
      return [
        expressionEffect(t0, t1, { browFurrow: w(1), squint: w(0.3) }),
        headEffect(t0, t1, { pitch: QUESTION_HEAD_FORWARD * 0.5 * gain, roll: WH_TILT * gain }),
      ];
    case 'negation': {
      const cycles = Math.max(1, Math.round((t1 - t0) * SHAKE_HZ));
      return [
        headEffect(t0, t1, { oscillation: 'shake', amp: SHAKE_AMP * gain, cycles }),
        expressionEffect(t0, t1, { browFurrow: w(0.4) }),
      ];
    }
    case 'topic':
      return [
        expressionEffect(t0, t1, { browRaise: w(0.8) }),
        headEffect(t0, t1, { pitch: -TOPIC_HEAD_BACK * gain }),
      ];
  }
}
