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

export function spanEffects(type: NonManualSpanType, t0: number, t1: number): NmEffect[] {
  switch (type) {
    case 'yn-question':
      return [
        expressionEffect(t0, t1, { browRaise: 1, eyeWide: 0.3 }),
        headEffect(t0, t1, { pitch: QUESTION_HEAD_FORWARD, push: 0.5 }),
      ];
    case 'wh-question':
      return [
        expressionEffect(t0, t1, { browFurrow: 1, squint: 0.3 }),
        headEffect(t0, t1, { pitch: QUESTION_HEAD_FORWARD * 0.5, roll: WH_TILT }),
      ];
    case 'negation': {
      const cycles = Math.max(1, Math.round((t1 - t0) * SHAKE_HZ));
      return [
        headEffect(t0, t1, { oscillation: 'shake', amp: SHAKE_AMP, cycles }),
        expressionEffect(t0, t1, { browFurrow: 0.4 }),
      ];
    }
    case 'topic':
      return [
        expressionEffect(t0, t1, { browRaise: 0.8 }),
        headEffect(t0, t1, { pitch: -TOPIC_HEAD_BACK }),
      ];
  }
}
