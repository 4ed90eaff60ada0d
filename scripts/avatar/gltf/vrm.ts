/** The VRMC_vrm 1.0 extension of the default avatar: meta, humanoid, expressions, lookAt. */
import { HUMAN_BONES, PRESET_EXPRESSIONS, type HumanBoneName } from '../../../src/shared/avatar';
import type { JsonObject, JsonValue } from './document';

export const AVATAR_NAME = 'SignBridge Default Avatar';
/** CC0: anyone may use, change and redistribute the avatar for any purpose. */
const CC0 = 'https://creativecommons.org/publicdomain/zero/1.0/';

export const META: JsonObject = {
  name: AVATAR_NAME,
  version: '1.0',
  authors: ['SignBridge'],
  copyrightInformation: 'Dedicated to the public domain (CC0 1.0) by the SignBridge project.',
  licenseUrl: 'https://vrm.dev/licenses/1.0/',
  avatarPermission: 'everyone',
  allowExcessivelyViolentUsage: true,
  allowExcessivelySexualUsage: true,
  commercialUsage: 'corporation',
  allowPoliticalOrReligiousUsage: true,
  allowAntisocialOrHateUsage: true,
  creditNotation: 'unnecessary',
  allowRedistribution: true,
  modification: 'allowModificationRedistribution',
  otherLicenseUrl: CC0,
};

/** How far the look expressions carry the gaze: full weight at this many degrees. */
const LOOK_RANGE_DEG = 25;

export interface VrmInput {
  readonly boneNodes: ReadonlyMap<HumanBoneName, number>;
  /** The node holding the face mesh and its morph target names in index order. */
  readonly faceNode: number;
  readonly faceTargets: readonly string[];
  /** Expression name → the morph targets it drives at full weight. */
  readonly expressions: ReadonlyArray<{ name: string; targets: readonly string[] }>;
  readonly lookAtOffset: readonly [number, number, number];
}

export function vrmExtension(input: VrmInput): JsonObject {
  const humanBones: JsonObject = {};
  for (const bone of HUMAN_BONES) {
    const node = input.boneNodes.get(bone);
    if (node !== undefined) humanBones[bone] = { node };
  }
  const preset: JsonObject = {};
  const custom: JsonObject = {};
  const presetSet: ReadonlySet<string> = new Set(PRESET_EXPRESSIONS);
  for (const e of input.expressions) {
    const binds: JsonValue[] = e.targets.map((t) => {
      const index = input.faceTargets.indexOf(t);
      if (index < 0) throw new Error(`expression ${e.name}: morph target "${t}" does not exist`);
      return { node: input.faceNode, index, weight: 1 };
    });
    const expression: JsonObject = { morphTargetBinds: binds, isBinary: false };
    (presetSet.has(e.name) ? preset : custom)[e.name] = expression;
  }
  const range = { inputMaxValue: LOOK_RANGE_DEG, outputScale: 1 };
  return {
    specVersion: '1.0',
    meta: META,
    humanoid: { humanBones },
    expressions: { preset, custom },
    lookAt: {
      offsetFromHeadBone: [...input.lookAtOffset],
      type: 'expression',
      rangeMapHorizontalInner: range,
      rangeMapHorizontalOuter: range,
      rangeMapVerticalDown: range,
      rangeMapVerticalUp: range,
    },
  };
}
