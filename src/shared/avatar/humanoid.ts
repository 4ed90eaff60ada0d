import { isHumanBone, type HumanBoneName } from '../motion/rig/human-bones';
import { isObject, objectAt, type JsonObject } from './gltf-json';

export const VRM_VERSIONS = ['1.0', '0.x'] as const;
export type VrmVersion = (typeof VRM_VERSIONS)[number];

export interface HumanoidMap {
  readonly version: VrmVersion;
  /** Humanoid bone → glTF node index. */
  readonly boneNodes: ReadonlyMap<HumanBoneName, number>;
  /** Bone names in the file that are not VRM humanoid bones (ignored, reported). */
  readonly unknownBones: readonly string[];
}

/**
 * VRM 0.x and VRM 1.0-beta name the thumb joints proximal/intermediate/distal; VRM 1.0 names
 * them metacarpal/proximal/distal. three-vrm renames them the same way.
 */
const OLD_THUMB_NAMES: Readonly<Record<string, HumanBoneName>> = {
  leftThumbProximal: 'leftThumbMetacarpal',
  leftThumbIntermediate: 'leftThumbProximal',
  rightThumbProximal: 'rightThumbMetacarpal',
  rightThumbIntermediate: 'rightThumbProximal',
};

function nodeIndex(v: unknown, what: string, nodeCount: number): number {
  if (!Number.isInteger(v) || (v as number) < 0 || (v as number) >= nodeCount) {
    throw new Error(`${what} must be a node index in [0, ${nodeCount}), got ${JSON.stringify(v)}`);
  }
  return v as number;
}

/** Finds the humanoid of a VRM 1.0 (VRMC_vrm) or VRM 0.x (VRM) glTF JSON. */
export function readHumanoid(json: JsonObject, nodeCount: number, what = 'VRM'): HumanoidMap {
  const ext = objectAt(json, 'extensions');
  const v1 = ext && objectAt(ext, 'VRMC_vrm');
  const v0 = ext && objectAt(ext, 'VRM');
  const boneNodes = new Map<HumanBoneName, number>();
  const unknownBones: string[] = [];
  const add = (rawName: string, node: unknown, renameThumbs: boolean): void => {
    const name = renameThumbs ? (OLD_THUMB_NAMES[rawName] ?? rawName) : rawName;
    if (!isHumanBone(name)) {
      unknownBones.push(rawName);
      return;
    }
    if (!boneNodes.has(name))
      boneNodes.set(name, nodeIndex(node, `${what}: bone ${rawName}`, nodeCount));
  };
  if (v1) {
    const bones = objectAt(objectAt(v1, 'humanoid') ?? {}, 'humanBones');
    if (!bones) throw new Error(`${what}: VRMC_vrm.humanoid.humanBones is missing`);
    const oldThumbs = 'leftThumbIntermediate' in bones || 'rightThumbIntermediate' in bones;
    for (const [name, bone] of Object.entries(bones)) {
      if (isObject(bone)) add(name, bone['node'], oldThumbs);
    }
    return { version: '1.0', boneNodes, unknownBones };
  }
  if (v0) {
    const list = objectAt(v0, 'humanoid')?.['humanBones'];
    if (!Array.isArray(list))
      throw new Error(`${what}: VRM.humanoid.humanBones (0.x) must be an array`);
    for (const bone of list) {
      if (isObject(bone) && typeof bone['bone'] === 'string') add(bone['bone'], bone['node'], true);
    }
    return { version: '0.x', boneNodes, unknownBones };
  }
  throw new Error(`${what}: no VRMC_vrm (VRM 1.0) or VRM (0.x) extension; it is a plain glTF`);
}
