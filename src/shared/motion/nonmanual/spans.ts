import { DEG } from '../math';
import type { NonManualType } from '../../text/result';
import type { NmEffect } from './effects';
import { expressionEffect, headEffect } from './tiers';

/*
 * The markers themselves (NON_MANUAL_TYPES, NonManualSpan) are declared once, with the gloss
 * result they belong to, in src/shared/text/result.ts. How each is made: yes/no question (brows
 * up, head forward), wh-question (brows furrowed, head tilted), negation (head shake), topic
 * (brows up, head back).
 */

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
export function spanEffects(type: NonManualType, t0: number, t1: number, gain = 1): NmEffect[] {
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
