import { CUSTOM_EXPRESSIONS, VRM_PRESET_EXPRESSIONS } from '../motion/rig';
import { isObject, objectAt, type JsonObject } from './gltf-json';

/** VRM 1.0 preset expression names (VRMC_vrm.expressions.preset): one list, kept by motion's rig. */
export const PRESET_EXPRESSIONS = VRM_PRESET_EXPRESSIONS;
export type PresetExpression = (typeof PRESET_EXPRESSIONS)[number];

/**
 * Custom expressions for sign-language non-manuals: the ones motion clips drive (brows carry
 * grammar, mouth gestures carry meaning), then extra mouth shapes the default avatar offers.
 */
export const SIGNING_EXPRESSIONS = [
  ...CUSTOM_EXPRESSIONS,
  'mouthPucker',
  'mouthStretch',
  'mouthOpen',
  'mouthSmile',
  'mouthFrown',
] as const;
export type SigningExpression = (typeof SIGNING_EXPRESSIONS)[number];

/** VRM 0.x blendShape presetName → VRM 1.0 name (the same table three-vrm applies). */
export const VRM0_PRESET_NAMES: Readonly<Record<string, PresetExpression>> = {
  a: 'aa',
  e: 'ee',
  i: 'ih',
  o: 'oh',
  u: 'ou',
  blink: 'blink',
  joy: 'happy',
  angry: 'angry',
  sorrow: 'sad',
  fun: 'relaxed',
  lookup: 'lookUp',
  lookdown: 'lookDown',
  lookleft: 'lookLeft',
  lookright: 'lookRight',
  blink_l: 'blinkLeft',
  blink_r: 'blinkRight',
  neutral: 'neutral',
};

const PRESET_SET: ReadonlySet<string> = new Set(PRESET_EXPRESSIONS);

/** Expression names a VRM defines, in three-vrm's naming (presets first, then custom). */
export function readExpressionNames(json: JsonObject): string[] {
  const ext = objectAt(json, 'extensions');
  const v1 = ext && objectAt(ext, 'VRMC_vrm');
  if (v1) {
    const expressions = objectAt(v1, 'expressions');
    const preset = Object.keys(objectAt(expressions ?? {}, 'preset') ?? {}).filter((n) =>
      PRESET_SET.has(n),
    );
    const custom = Object.keys(objectAt(expressions ?? {}, 'custom') ?? {}).filter(
      (n) => !PRESET_SET.has(n),
    );
    return [...preset, ...custom];
  }
  const v0 = ext && objectAt(ext, 'VRM');
  const groups = v0 && objectAt(v0, 'blendShapeMaster')?.['blendShapeGroups'];
  if (!Array.isArray(groups)) return [];
  const names: string[] = [];
  for (const g of groups) {
    if (!isObject(g)) continue;
    const preset =
      typeof g['presetName'] === 'string' ? VRM0_PRESET_NAMES[g['presetName']] : undefined;
    const name = preset ?? (typeof g['name'] === 'string' ? g['name'] : undefined);
    if (name !== undefined && !names.includes(name)) names.push(name);
  }
  return names;
}
