/**
 * Every mesh vertex of an avatar in its rest pose, in the normalized-rig frame (+Z facing), with
 * the humanoid bone that moves it most: what body measurements are taken from.
 */
import type { HumanBoneName } from '../motion/rig/human-bones';
import { readAccessor } from './accessors';
import { isObject, multiplyMat4, parentIndices, type GltfNode, type JsonObject } from './gltf-json';

export interface RestVertices {
  /** x, y, z per vertex, metres. */
  readonly positions: Float64Array;
  /** Humanoid bone per vertex (null when no humanoid bone moves it). */
  readonly bones: ReadonlyArray<HumanBoneName | null>;
}

const IDENTITY = new Float64Array([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
const TRIANGLES = 4;

function transform(
  m: Float64Array,
  x: number,
  y: number,
  z: number,
  out: number[],
  k: number,
): void {
  out[k] = (m[0] ?? 0) * x + (m[4] ?? 0) * y + (m[8] ?? 0) * z + (m[12] ?? 0);
  out[k + 1] = (m[1] ?? 0) * x + (m[5] ?? 0) * y + (m[9] ?? 0) * z + (m[13] ?? 0);
  out[k + 2] = (m[2] ?? 0) * x + (m[6] ?? 0) * y + (m[10] ?? 0) * z + (m[14] ?? 0);
}

/** Humanoid bone of each node: its own, else its nearest humanoid ancestor's. */
function nodeBones(
  nodes: readonly GltfNode[],
  boneNodes: ReadonlyMap<HumanBoneName, number>,
): (HumanBoneName | null)[] {
  const own = new Map<number, HumanBoneName>();
  for (const [bone, node] of boneNodes) own.set(node, bone);
  const parent = parentIndices(nodes);
  return nodes.map((_, i) => {
    for (let n = i, guard = 0; n >= 0 && guard <= nodes.length; n = parent[n] ?? -1, guard++) {
      const b = own.get(n);
      if (b) return b;
    }
    return null;
  });
}

export function restVertices(
  json: JsonObject,
  bin: Uint8Array | null,
  nodes: readonly GltfNode[],
  world: readonly Float64Array[],
  boneNodes: ReadonlyMap<HumanBoneName, number>,
  flipXZ: boolean,
): RestVertices {
  const positions: number[] = [];
  const bones: (HumanBoneName | null)[] = [];
  if (!bin) return { positions: new Float64Array(), bones };
  const byNode = nodeBones(nodes, boneNodes);
  const rawNodes = Array.isArray(json['nodes']) ? json['nodes'] : [];
  rawNodes.forEach((raw: unknown, ni) => {
    if (!isObject(raw) || raw['mesh'] === undefined) return;
    const mesh = (json['meshes'] as unknown[] | undefined)?.[raw['mesh'] as number];
    if (!isObject(mesh) || !Array.isArray(mesh['primitives'])) return;
    const skin =
      raw['skin'] !== undefined
        ? (json['skins'] as unknown[] | undefined)?.[raw['skin'] as number]
        : undefined;
    let skinMats: Float64Array[] = [];
    let jointNodes: number[] = [];
    if (isObject(skin) && Array.isArray(skin['joints'])) {
      jointNodes = skin['joints'] as number[];
      const ibm =
        skin['inverseBindMatrices'] !== undefined
          ? readAccessor(json, bin, skin['inverseBindMatrices']).values
          : null;
      skinMats = jointNodes.map((j, k) =>
        multiplyMat4(world[j] ?? IDENTITY, ibm ? ibm.slice(k * 16, k * 16 + 16) : IDENTITY),
      );
    }
    for (const prim of mesh['primitives'] as unknown[]) {
      if (!isObject(prim) || !isObject(prim['attributes'])) continue;
      if (prim['mode'] !== undefined && prim['mode'] !== TRIANGLES) continue;
      const attrs = prim['attributes'];
      if (attrs['POSITION'] === undefined) continue;
      const pos = readAccessor(json, bin, attrs['POSITION']);
      const skinned =
        skinMats.length > 0 && attrs['JOINTS_0'] !== undefined && attrs['WEIGHTS_0'] !== undefined;
      const joints = skinned ? readAccessor(json, bin, attrs['JOINTS_0']).values : null;
      const weights = skinned ? readAccessor(json, bin, attrs['WEIGHTS_0']).values : null;
      const p: number[] = [0, 0, 0];
      for (let v = 0; v < pos.count; v++) {
        const x = pos.values[v * 3] as number;
        const y = pos.values[v * 3 + 1] as number;
        const z = pos.values[v * 3 + 2] as number;
        let bone: HumanBoneName | null = byNode[ni] ?? null;
        if (joints && weights) {
          let sx = 0;
          let sy = 0;
          let sz = 0;
          let best = -1;
          for (let k = 0; k < 4; k++) {
            const w = weights[v * 4 + k] as number;
            const j = joints[v * 4 + k] as number;
            const m = skinMats[j];
            if (w <= 0 || !m) continue;
            transform(m, x, y, z, p, 0);
            sx += w * (p[0] as number);
            sy += w * (p[1] as number);
            sz += w * (p[2] as number);
            if (w > best) {
              best = w;
              bone = byNode[jointNodes[j] ?? -1] ?? null;
            }
          }
          p[0] = sx;
          p[1] = sy;
          p[2] = sz;
        } else transform(world[ni] ?? IDENTITY, x, y, z, p, 0);
        const f = flipXZ ? -1 : 1;
        positions.push(f * (p[0] as number), p[1] as number, f * (p[2] as number));
        bones.push(bone);
      }
    }
  });
  return { positions: Float64Array.from(positions), bones };
}
