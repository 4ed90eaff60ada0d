/** Handshape vocabulary: base shapes, thumb positions, bendings, digits and hand parts. */

/** Base handshapes, by symbol. */
export const HANDSHAPE_SYMBOLS = {
  hamfist: 'fist',
  hamflathand: 'flat',
  hamfinger2: 'finger2',
  hamfinger23: 'finger23',
  hamfinger23spread: 'finger23spread',
  hamfinger2345: 'finger2345',
  hampinch12: 'pinch12',
  hampinchall: 'pinchall',
  hampinch12open: 'pinch12open',
  hamcee12: 'cee12',
  hamceeall: 'ceeall',
  hamceeopen: 'ceeopen',
} as const;
export type HandshapeBase = (typeof HANDSHAPE_SYMBOLS)[keyof typeof HANDSHAPE_SYMBOLS];

/** Thumb modifiers: 'out' = extended sideways, 'across' = over palm/fingers, 'opposed' = open. */
export const THUMB_SYMBOLS = {
  hamthumboutmod: 'out',
  hamthumbacrossmod: 'across',
  hamthumbopenmod: 'opposed',
} as const;
export type ThumbPosition = (typeof THUMB_SYMBOLS)[keyof typeof THUMB_SYMBOLS];

/** Finger bending modifiers. */
export const BENDING_SYMBOLS = {
  hamfingerstraightmod: 'bent',
  hamfingerbendmod: 'round',
  hamfingerhookmod: 'hooked',
  hamdoublebent: 'doubleBent',
  hamdoublehooked: 'doubleHooked',
} as const;
export type Bending = (typeof BENDING_SYMBOLS)[keyof typeof BENDING_SYMBOLS];

/** One flexion step of BENDING_JOINT_STEPS, in degrees. */
export const BEND_STEP_DEG = 22.5;

/**
 * Flexion of [base, middle, end] joints of a finger for each bending, in steps of BEND_STEP_DEG
 * (4 = 90°). 'bent' flexes only the base joint; 'hooked' only the two outer joints.
 */
export const BENDING_JOINT_STEPS: Readonly<Record<Bending, readonly [number, number, number]>> = {
  bent: [4, 0, 0],
  round: [2, 2, 2],
  hooked: [0, 4, 4],
  doubleBent: [4, 4, 0],
  doubleHooked: [4, 4, 4],
};

/** Digits: 1 = thumb, 2 = index, 3 = middle, 4 = ring, 5 = little finger. */
export const DIGIT_SYMBOLS = {
  hamthumb: 1,
  hamindexfinger: 2,
  hammiddlefinger: 3,
  hamringfinger: 4,
  hampinky: 5,
} as const;
export type Digit = (typeof DIGIT_SYMBOLS)[keyof typeof DIGIT_SYMBOLS];

export const FINGER_PART_SYMBOLS = {
  hamfingertip: 'tip',
  hamfingernail: 'nail',
  hamfingerpad: 'pad',
  hamfingermidjoint: 'midjoint',
  hamfingerbase: 'base',
  hamfingerside: 'side',
} as const;
export type FingerPart = (typeof FINGER_PART_SYMBOLS)[keyof typeof FINGER_PART_SYMBOLS];

export const HAND_PART_SYMBOLS = {
  hamwristback: 'wristback',
  hamwristpulse: 'wristpulse',
  hamthumbball: 'thumbball',
  hampalm: 'palm',
  hamhandback: 'handback',
  hamthumbside: 'thumbside',
  hampinkyside: 'pinkyside',
} as const;
export type HandPart = (typeof HAND_PART_SYMBOLS)[keyof typeof HAND_PART_SYMBOLS];
