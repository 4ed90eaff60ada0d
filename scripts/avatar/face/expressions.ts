/**
 * The avatar's expressions as face states: the VRM presets and the custom shapes sign language
 * needs (brows for questions and negation, mouth gestures, cheek puff). Each one becomes a
 * morph target of the same name; `neutral` is the rest face and has none.
 */
import type { FaceChange } from './state';

const both = (brow: number, inner = 0): FaceChange => ({
  browLeft: brow,
  browRight: brow,
  browInnerLeft: inner,
  browInnerRight: inner,
});
const lids = (lid: number, lower = 0): FaceChange => ({
  lidLeft: lid,
  lidRight: lid,
  lowerLidLeft: lower,
  lowerLidRight: lower,
});

/** Gaze offset of the look expressions (m of iris travel). */
const LOOK = 0.0055;

export const FACE_EXPRESSIONS: ReadonlyArray<readonly [string, FaceChange]> = [
  [
    'happy',
    {
      corner: 0.0058,
      mouthWidth: 1.1,
      jaw: 0.18,
      upperLip: 0.0012,
      cheekRaise: 1,
      ...lids(0.8, 0.55),
      ...both(0.002),
    },
  ],
  [
    'angry',
    {
      corner: -0.0026,
      press: 0.5,
      mouthWidth: 0.95,
      browSqueeze: 0.0042,
      ...both(-0.0015, -0.0048),
      ...lids(0.85, 0.25),
    },
  ],
  ['sad', { corner: -0.004, mouthWidth: 0.95, ...both(-0.001, 0.0052), ...lids(0.78) }],
  ['relaxed', { corner: 0.0032, ...lids(0.62, 0.25), ...both(0.0008) }],
  ['surprised', { jaw: 0.55, pucker: 0.35, ...both(0.0075, 0.0015), ...lids(1.32) }],
  ['aa', { jaw: 1, upperLip: 0.001 }],
  ['ih', { jaw: 0.22, mouthWidth: 1.14, corner: 0.0012, upperLip: 0.0012 }],
  ['ou', { jaw: 0.32, pucker: 1 }],
  ['ee', { jaw: 0.26, mouthWidth: 1.2, corner: 0.0016, upperLip: 0.0016 }],
  ['oh', { jaw: 0.62, pucker: 0.62 }],
  ['blink', lids(0)],
  ['blinkLeft', { lidLeft: 0 }],
  ['blinkRight', { lidRight: 0 }],
  ['lookUp', { gazeY: LOOK * 0.8, lidLeft: 1.12, lidRight: 1.12 }],
  ['lookDown', { gazeY: -LOOK * 0.8, lidLeft: 0.72, lidRight: 0.72 }],
  ['lookLeft', { gazeX: LOOK }],
  ['lookRight', { gazeX: -LOOK }],
  ['browRaise', { ...both(0.0092, 0.0015), lidLeft: 1.15, lidRight: 1.15 }],
  ['browRaiseLeft', { browLeft: 0.0092, browInnerLeft: 0.0015, lidLeft: 1.15 }],
  ['browRaiseRight', { browRight: 0.0092, browInnerRight: 0.0015, lidRight: 1.15 }],
  ['browFurrow', { browSqueeze: 0.005, ...both(-0.0022, -0.0055), ...lids(0.86, 0.25) }],
  ['cheekPuff', { cheekPuff: 1, press: 0.6, pucker: 0.2, mouthWidth: 0.92 }],
  ['mouthPucker', { pucker: 1, jaw: 0.04 }],
  ['mouthStretch', { mouthWidth: 1.3, jaw: 0.2, corner: -0.001, upperLip: 0.0018 }],
  ['tongueOut', { jaw: 0.42, tongue: 1 }],
  ['lipsPressed', { press: 1, mouthWidth: 0.96 }],
  ['mouthOpen', { jaw: 0.7 }],
  [
    'mouthSmile',
    { corner: 0.0062, mouthWidth: 1.08, cheekRaise: 0.6, lowerLidLeft: 0.25, lowerLidRight: 0.25 },
  ],
  ['mouthFrown', { corner: -0.005, press: 0.2 }],
  ['squint', lids(0.55, 0.65)],
  ['eyeWide', { ...lids(1.35), ...both(0.002) }],
  ['squintLeft', { lidLeft: 0.55, lowerLidLeft: 0.65 }],
  ['squintRight', { lidRight: 0.55, lowerLidRight: 0.65 }],
  ['eyeWideLeft', { lidLeft: 1.35, browLeft: 0.002 }],
  ['eyeWideRight', { lidRight: 1.35, browRight: 0.002 }],
];

/** Expressions with no morph target (the rest face). */
export const EMPTY_EXPRESSIONS: readonly string[] = ['neutral'];
