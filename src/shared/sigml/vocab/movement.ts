/** Movement vocabulary: arcs, ellipses, clock positions, path shapes, wrist motions, modifiers. */

/** Arcs: the straight path bows towards this side of the signer's body frame. */
export const ARC_SYMBOLS = { hamarcl: 'l', hamarcu: 'u', hamarcr: 'r', hamarcd: 'd' } as const;
export type ArcSide = (typeof ARC_SYMBOLS)[keyof typeof ARC_SYMBOLS];

/**
 * Ellipse stretch axis in the plane of the circle as the signer sees it: 'h' horizontal,
 * 'v' vertical, 'ur' / 'ul' along the up-right / up-left diagonal.
 */
export const ELLIPSE_SYMBOLS = {
  hamellipseh: 'h',
  hamellipsev: 'v',
  hamellipseur: 'ur',
  hamellipseul: 'ul',
} as const;
export type EllipseAxis = (typeof ELLIPSE_SYMBOLS)[keyof typeof ELLIPSE_SYMBOLS];

/** Clock positions on a circle as the signer sees its plane: 'u' = 12 o'clock, 'r' = 3 o'clock. */
export const CLOCK_SYMBOLS = {
  hamclocku: 'u',
  hamclockur: 'ur',
  hamclockr: 'r',
  hamclockdr: 'dr',
  hamclockd: 'd',
  hamclockdl: 'dl',
  hamclockl: 'l',
  hamclockul: 'ul',
} as const;
export type ClockPosition = (typeof CLOCK_SYMBOLS)[keyof typeof CLOCK_SYMBOLS];

/** Path shapes laid over a straight or circular movement. */
export const PATH_SYMBOLS = { hamwavy: 'wavy', hamzigzag: 'zigzag' } as const;
export type PathShape = (typeof PATH_SYMBOLS)[keyof typeof PATH_SYMBOLS];

/**
 * Wrist and forearm movements in place: 'nodding' = flexion/extension, 'swinging' = radial/ulnar
 * deviation, 'twisting' = forearm rotation, 'stirCw' / 'stirCcw' = the hand circles from the
 * wrist, clockwise / anticlockwise as the signer sees it.
 */
export const WRIST_SYMBOLS = {
  hamnodding: 'nodding',
  hamswinging: 'swinging',
  hamtwisting: 'twisting',
  hamstircw: 'stirCw',
  hamstirccw: 'stirCcw',
} as const;
export type WristMotion = (typeof WRIST_SYMBOLS)[keyof typeof WRIST_SYMBOLS];

export const SIZE_SYMBOLS = { hamsmallmod: 'small', hamlargemod: 'large' } as const;
export type MovementSize = (typeof SIZE_SYMBOLS)[keyof typeof SIZE_SYMBOLS];

/**
 * Manner: 'fast', 'slow', 'tense' (with effort), 'rest' (held pause at the end), 'halt'
 * (abrupt stop at the end).
 */
export const MANNER_SYMBOLS = {
  hamfast: 'fast',
  hamslow: 'slow',
  hamtense: 'tense',
  hamrest: 'rest',
  hamhalt: 'halt',
} as const;
export type Manner = (typeof MANNER_SYMBOLS)[keyof typeof MANNER_SYMBOLS];

/** Each part / repetition grows ('increasing') or shrinks ('decreasing'). */
export const DYNAMICS_SYMBOLS = {
  hamincreasing: 'increasing',
  hamdecreasing: 'decreasing',
} as const;
export type Dynamics = (typeof DYNAMICS_SYMBOLS)[keyof typeof DYNAMICS_SYMBOLS];

/**
 * Repetition kinds: 'fromStart' = go back to the start and do it again (once), 'continue' = carry
 * on from the end point (once), 'reverse' = do it backwards (there and back); the 'Several'
 * variants repeat an unspecified few times (JASigning performs 3 in all).
 */
export const REPEAT_SYMBOLS = {
  hamrepeatfromstart: 'fromStart',
  hamrepeatfromstartseveral: 'fromStartSeveral',
  hamrepeatcontinue: 'continue',
  hamrepeatcontinueseveral: 'continueSeveral',
  hamrepeatreverse: 'reverse',
} as const;
export type RepeatKind = (typeof REPEAT_SYMBOLS)[keyof typeof REPEAT_SYMBOLS];
