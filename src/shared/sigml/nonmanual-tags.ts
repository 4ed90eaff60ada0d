/**
 * HNS-SiGML non-manual elements (children of `<hamnosys_nonmanual>`), the tier each feeds and the
 * tag values JASigning / CWASA know for each, following the ViSiCAST non-manual inventory.
 * Letters L/R in tags are the signer's left/right.
 */
export const NON_MANUAL_TIERS = [
  'shoulder',
  'body',
  'head',
  'eyegaze',
  'facialexpr',
  'mouthing',
  'extra',
] as const;
export type NonManualTier = (typeof NON_MANUAL_TIERS)[number];

const HEAD_TAGS = {
  NO: 'nodding up and down',
  ND: 'a single nod (outside the ViSiCAST list; used by the NGT lexicon)',
  SH: 'shaking left and right',
  SR: 'turned right',
  SL: 'turned left',
  TR: 'tilted right',
  TL: 'tilted left',
  NF: 'tilted forward',
  NB: 'tilted back',
  PF: 'pushed forward',
  PB: 'pushed backward',
  LI: 'head movement linked to eye gaze',
} as const;

const EYEGAZE_TAGS = {
  AD: 'towards the addressee',
  FR: 'far away',
  HD: "towards the signer's own hands",
  HI: "towards the signer's dominant hand",
  HC: "towards the signer's non-dominant hand",
  UP: 'up',
  DN: 'down',
  LE: 'left',
  RI: 'right',
  NO: 'no target, unfocussed',
  RO: 'rolling eyes',
  LU: 'left and up',
  LD: 'left and down',
  RU: 'right and up',
  RD: 'right and down',
} as const;

const EYEBROW_TAGS = {
  RB: 'both eyebrows raised',
  RR: 'right eyebrow raised',
  RL: 'left eyebrow raised',
  FU: 'eyebrows furrowed',
} as const;

const EYELID_TAGS = {
  WB: 'both eyes wide open',
  WR: 'right eye wide open',
  WL: 'left eye wide open',
  SB: 'both eyes narrowed (slightly closed)',
  SR: 'right eye narrowed',
  SL: 'left eye narrowed',
  CB: 'both eyes closed',
  CR: 'right eye closed',
  CL: 'left eye closed',
  TB: 'both eyes tightly shut',
  TR: 'right eye tightly shut',
  TL: 'left eye tightly shut',
  BB: 'eye blink',
} as const;

const NOSE_TAGS = { WR: 'wrinkled nose', TW: 'twitching nose', WI: 'widened nostrils' } as const;

const SHOULDER_TAGS = {
  UL: 'left shoulder raised',
  UR: 'right shoulder raised',
  UB: 'both shoulders raised',
  HL: 'left shoulder hunched forward',
  HR: 'right shoulder hunched forward',
  HB: 'both shoulders hunched forward',
  SL: 'left shoulder shrugging up and down',
  SR: 'right shoulder shrugging up and down',
  SB: 'both shoulders shrugging up and down',
} as const;

const BODY_TAGS = {
  RL: 'body rotated left',
  RR: 'body rotated right',
  TL: 'body tilted left',
  TR: 'body tilted right',
  TF: 'body tilted forwards',
  TB: 'body tilted backwards',
  SI: 'sigh (chest falls)',
  HE: 'heave (chest rises)',
  ST: 'body straightened',
  RD: 'body rounded (hunched)',
} as const;

export const NON_MANUAL_TAGS = {
  head: HEAD_TAGS,
  eyegaze: EYEGAZE_TAGS,
  eyebrows: EYEBROW_TAGS,
  eyelids: EYELID_TAGS,
  nose: NOSE_TAGS,
  shoulder: SHOULDER_TAGS,
  body: BODY_TAGS,
} as const;
export type HeadTag = keyof typeof HEAD_TAGS;
export type EyegazeTag = keyof typeof EYEGAZE_TAGS;
export type EyebrowTag = keyof typeof EYEBROW_TAGS;
export type EyelidTag = keyof typeof EYELID_TAGS;
export type NoseTag = keyof typeof NOSE_TAGS;
export type ShoulderTag = keyof typeof SHOULDER_TAGS;
export type BodyTag = keyof typeof BODY_TAGS;
