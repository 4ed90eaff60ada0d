import { DEG } from '../math';
import type { NonManualType } from '../../text/result';
import type { NmEffect } from './effects';
import { expressionEffect, headEffect } from './tiers';

/*
 * The markers themselves (NON_MANUAL_TYPES, NonManualSpan) are declared once, with the gloss
 * result they belong to, in src/shared/text/result.ts. How each is made: yes/no question (brows
 * up, head forward), wh-question (brows furrowed, head tilted), negation (head shake), topic
 * (brows up, head back).
 *
 * Sizes: each marker moves its signal further than real signers' heads and brows wander when they
 * mark nothing (the widest 5th–95th percentile spread in the 56 real recordings of
 * ../shared/data/fingerspelling: head pitch 10.9°, roll 7.2°, yaw 9.9°), so a reader, and
 * MediaPipe, can tell it from drift; test/unit/motion/facial-grammar.test.ts measures them.
 * The head's total forward pitch adds the push's share (solver.ts: neck forward, head back).
 */

/** Head shake rate under negation, cycles per second. */
const SHAKE_HZ = 1.8;
const SHAKE_AMP = 12 * DEG;
const QUESTION_HEAD_FORWARD = 10 * DEG;
/** Chin forward on a yes/no question (the solver's push units: 1 = a full push). */
const QUESTION_PUSH = 0.6;
const WH_TILT = 9 * DEG;
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
        headEffect(t0, t1, { pitch: QUESTION_HEAD_FORWARD * gain, push: QUESTION_PUSH * gain }),
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
