/** Location vocabulary: body and arm sites, sides, distances and contacts. */

export const BODY_REGIONS = ['head', 'face', 'torso'] as const;
export type BodyRegion = (typeof BODY_REGIONS)[number];

/** Sites on the head, face and torso, with the region each belongs to. */
export const BODY_SITE_SYMBOLS = {
  hamhead: { site: 'head', region: 'head' },
  hamheadtop: { site: 'headtop', region: 'head' },
  hamforehead: { site: 'forehead', region: 'face' },
  hameyebrows: { site: 'eyebrows', region: 'face' },
  hameyes: { site: 'eyes', region: 'face' },
  hamnose: { site: 'nose', region: 'face' },
  hamnostrils: { site: 'nostrils', region: 'face' },
  hamear: { site: 'ear', region: 'head' },
  hamearlobe: { site: 'earlobe', region: 'head' },
  hamcheek: { site: 'cheek', region: 'face' },
  hamlips: { site: 'lips', region: 'face' },
  hamtongue: { site: 'tongue', region: 'face' },
  hamteeth: { site: 'teeth', region: 'face' },
  hamchin: { site: 'chin', region: 'face' },
  hamunderchin: { site: 'underchin', region: 'face' },
  hamneck: { site: 'neck', region: 'torso' },
  hamshouldertop: { site: 'shouldertop', region: 'torso' },
  hamshoulders: { site: 'shoulders', region: 'torso' },
  hamchest: { site: 'chest', region: 'torso' },
  hamstomach: { site: 'stomach', region: 'torso' },
  hambelowstomach: { site: 'belowstomach', region: 'torso' },
} as const satisfies Record<string, { site: string; region: BodyRegion }>;
export type BodySite = (typeof BODY_SITE_SYMBOLS)[keyof typeof BODY_SITE_SYMBOLS]['site'];

/** Sites on the arm (of the non-dominant arm, unless the sign says otherwise). */
export const ARM_SITE_SYMBOLS = {
  hamupperarm: 'upperarm',
  hamelbow: 'elbow',
  hamelbowinside: 'elbowinside',
  hamlowerarm: 'lowerarm',
} as const;
export type ArmSite = (typeof ARM_SITE_SYMBOLS)[keyof typeof ARM_SITE_SYMBOLS];

/** Side marks: 'at' = at the side of the site, 'beside' = further out, beside it. */
export const SIDE_SYMBOLS = { hamlrat: 'at', hamlrbeside: 'beside' } as const;
export type SideDistance = (typeof SIDE_SYMBOLS)[keyof typeof SIDE_SYMBOLS];

/**
 * Contact or distance between the hand and a site (or between the hands):
 * 'touch' = contact, 'close' = near without contact, 'interlock' = fingers of the two hands
 * between each other, 'cross' = hands or wrists crossed, 'brushing' = contact in passing.
 * Absent contact means the default signing distance ("neutral"), and 'armextended' (a location
 * modifier) means far, with the arm extended.
 */
export const CONTACT_SYMBOLS = {
  hamtouch: 'touch',
  hamclose: 'close',
  haminterlock: 'interlock',
  hamcross: 'cross',
  hambrushing: 'brushing',
} as const;
export type Contact = (typeof CONTACT_SYMBOLS)[keyof typeof CONTACT_SYMBOLS];
