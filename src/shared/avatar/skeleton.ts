import {
  HUMAN_BONES,
  REQUIRED_BONES,
  presentParent,
  type HumanBoneName,
} from '../motion/rig/human-bones';
import { PRESET_EXPRESSIONS, SIGNING_EXPRESSIONS, readExpressionNames } from './expressions';
import {
  buildSkeleton,
  type BodyDims,
  type RestPositions,
  type Skeleton,
} from '../motion/skeleton';
import { readGlb, readGltfJson } from './glb';
import { isObject, readNodes, worldMatrices } from './gltf-json';
import { readHumanoid, type VrmVersion } from './humanoid';
import { measureBody } from './measure';
import { restVertices } from './rest-mesh';

export type Vec3 = readonly [number, number, number];

export interface BoneRest {
  /** Rest (T-pose) world position in metres: +Y up, the avatar facing +Z, its left at +X. */
  readonly position: Vec3;
  /** Nearest ancestor bone the avatar has (null for hips). */
  readonly parent: HumanBoneName | null;
  /** position − parent's position (the normalized rig's local offset). */
  readonly offset: Vec3;
}

/**
 * An avatar's humanoid as the motion engine sees it: the rest pose of the VRM normalized rig.
 * Positions equal three-vrm's normalized bone world positions after `VRMUtils.rotateVRM0`
 * (VRM 0.x models face −Z in the file; they are turned to face +Z like VRM 1.0).
 */
export interface AvatarSkeleton {
  readonly name: string;
  readonly version: VrmVersion;
  readonly bones: Readonly<Partial<Record<HumanBoneName, BoneRest>>>;
  /** Optional bones the avatar lacks (e.g. thumbs, upperChest, eyes). */
  readonly missingBones: readonly HumanBoneName[];
  /** Expression names the avatar defines (three-vrm naming). */
  readonly expressions: readonly string[];
  /** Preset and signing expressions the avatar lacks. */
  readonly missingExpressions: readonly string[];
  /** Body dimensions measured from the mesh (absent where the mesh gave too little to measure). */
  readonly measured: Partial<BodyDims>;
  /** The skeleton the motion engine plans with: these bones, these measurements. */
  readonly motion: Skeleton;
}

/** The humanoid skeleton of a VRM 0.x/1.0 file (GLB bytes or glTF JSON text bytes). */
export function readAvatarSkeleton(
  bytes: ArrayBuffer | Uint8Array,
  name = 'avatar',
): AvatarSkeleton {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const isGlb =
    u8.byteLength >= 4 && u8[0] === 0x67 && u8[1] === 0x6c && u8[2] === 0x54 && u8[3] === 0x46;
  const json = isGlb ? readGlb(u8, name).json : readGltfJson(u8, name);
  const bin = isGlb ? readGlb(u8, name).bin : null;
  if (!isObject(json)) throw new Error(`${name}: glTF JSON must be an object`);
  const nodes = readNodes(json);
  const humanoid = readHumanoid(json, nodes.length, name);
  const missingRequired = REQUIRED_BONES.filter((b) => !humanoid.boneNodes.has(b));
  if (missingRequired.length > 0) {
    throw new Error(`${name}: required humanoid bones missing: ${missingRequired.join(', ')}`);
  }
  const world = worldMatrices(nodes);
  // VRM 0.x faces −Z: a half turn about Y (x → −x, z → −z) faces it +Z, as rotateVRM0 does.
  const flip = humanoid.version === '0.x' ? -1 : 1;
  const positions = new Map<HumanBoneName, Vec3>();
  for (const [bone, node] of humanoid.boneNodes) {
    const m = world[node] as Float64Array;
    positions.set(bone, [flip * (m[12] ?? 0), m[13] ?? 0, flip * (m[14] ?? 0)]);
  }
  const bones: Partial<Record<HumanBoneName, BoneRest>> = {};
  for (const bone of HUMAN_BONES) {
    const position = positions.get(bone);
    if (!position) continue;
    const parent = presentParent(bone, (b) => positions.has(b));
    const p = parent ? (positions.get(parent) as Vec3) : ([0, 0, 0] as const);
    bones[bone] = {
      position,
      parent,
      offset: [position[0] - p[0], position[1] - p[1], position[2] - p[2]],
    };
  }
  const vertices = restVertices(json, bin, nodes, world, humanoid.boneNodes, flip < 0);
  const measured = measureBody(vertices, (b) => positions.get(b));
  const rest: RestPositions = Object.fromEntries(positions);
  const expressions = readExpressionNames(json);
  const wanted: readonly string[] = [...PRESET_EXPRESSIONS, ...SIGNING_EXPRESSIONS];
  return {
    name,
    version: humanoid.version,
    bones,
    missingBones: HUMAN_BONES.filter((b) => !positions.has(b)),
    expressions,
    missingExpressions: wanted.filter((e) => !expressions.includes(e)),
    measured,
    motion: buildSkeleton(rest, measured),
  };
}

/** Rest position of a bone, or of its nearest present ancestor when the avatar lacks it. */
export function restPosition(skeleton: AvatarSkeleton, bone: HumanBoneName): Vec3 {
  const own = skeleton.bones[bone];
  if (own) return own.position;
  const parent = presentParent(bone, (b) => skeleton.bones[b] !== undefined);
  const rest = parent ? skeleton.bones[parent] : undefined;
  if (!rest) throw new Error(`${skeleton.name}: no rest position for ${bone} or any ancestor`);
  return rest.position;
}

/** The motion engine's Skeleton of a VRM file: bone rest positions plus mesh-measured body. */
export function readMotionSkeleton(bytes: ArrayBuffer | Uint8Array, name = 'avatar'): Skeleton {
  return readAvatarSkeleton(bytes, name).motion;
}
