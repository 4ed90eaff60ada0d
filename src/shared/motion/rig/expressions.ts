import { invalidValue } from '../../errors/invalid';
/**
 * Expression channels of a clip: the VRM 1.0 preset expressions, then custom ones the default
 * avatar defines (an avatar without a custom expression just ignores its channel).
 */
export const VRM_PRESET_EXPRESSIONS = [
  'happy',
  'angry',
  'sad',
  'relaxed',
  'surprised',
  'aa',
  'ih',
  'ou',
  'ee',
  'oh',
  'blink',
  'blinkLeft',
  'blinkRight',
  'lookUp',
  'lookDown',
  'lookLeft',
  'lookRight',
  'neutral',
] as const;

/**
 * Custom expressions: brows raised / furrowed, cheeks puffed (mouth gestures C01–C06), eyes
 * narrowed (eyelids SB) or wide open (WB), tongue out (mouth gestures T02, T04, …), lips pressed
 * (mouth gestures L23–L25, L29–L34), and one brow raised (eyebrows RL, RR) or one eye narrowed
 * or wide open (eyelids SL, SR, WL, WR): left and right are the signer's, the avatar's own.
 */
export const CUSTOM_EXPRESSIONS = [
  'browRaise',
  'browFurrow',
  'cheekPuff',
  'squint',
  'eyeWide',
  'tongueOut',
  'lipsPressed',
  'browRaiseLeft',
  'browRaiseRight',
  'squintLeft',
  'squintRight',
  'eyeWideLeft',
  'eyeWideRight',
] as const;

export const CLIP_EXPRESSIONS = [...VRM_PRESET_EXPRESSIONS, ...CUSTOM_EXPRESSIONS] as const;
export type ClipExpression = (typeof CLIP_EXPRESSIONS)[number];
export const CLIP_EXPRESSION_COUNT = CLIP_EXPRESSIONS.length;

const EXPRESSION_INDEX = new Map<string, number>(CLIP_EXPRESSIONS.map((e, i) => [e, i]));

export function expressionIndex(name: ClipExpression): number {
  const i = EXPRESSION_INDEX.get(name);
  if (i === undefined) {
    throw invalidValue('expression', name, CLIP_EXPRESSIONS, 'is not a clip expression');
  }
  return i;
}

export function isClipExpression(name: string): name is ClipExpression {
  return EXPRESSION_INDEX.has(name);
}
