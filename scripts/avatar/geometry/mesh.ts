import type { HumanBoneName } from '../../../src/shared/avatar';
import { add, cross, mirrorX, normalize, sub, type V3 } from './vec';

/** Skin weights of one vertex: bone → weight (normalized and cut to 4 when written). */
export type Weights = ReadonlyArray<readonly [HumanBoneName, number]>;

/** Positions and normals of a part in one expression state (same vertex order as the part). */
export interface MorphShape {
  readonly positions: readonly V3[];
  readonly normals: readonly V3[];
}

/** A piece of skinned surface in one material; parts of one material merge into a primitive. */
export interface Part {
  readonly name: string;
  readonly material: string;
  readonly positions: V3[];
  readonly normals: V3[];
  readonly weights: Weights[];
  /** Triangle vertex indices, counter-clockwise seen from outside. */
  readonly triangles: number[];
  /** Expression name → the part's shape in that expression (absent: does not move). */
  readonly morphs?: ReadonlyMap<string, MorphShape>;
}

export function emptyPart(name: string, material: string): Part {
  return { name, material, positions: [], normals: [], weights: [], triangles: [] };
}

/** Area-weighted vertex normals of a triangle mesh. */
export function computeNormals(positions: readonly V3[], triangles: readonly number[]): V3[] {
  const acc: [number, number, number][] = positions.map(() => [0, 0, 0]);
  for (let t = 0; t < triangles.length; t += 3) {
    const ia = triangles[t] as number;
    const ib = triangles[t + 1] as number;
    const ic = triangles[t + 2] as number;
    const a = positions[ia] as V3;
    const n = cross(sub(positions[ib] as V3, a), sub(positions[ic] as V3, a));
    for (const i of [ia, ib, ic]) {
      const s = acc[i] as [number, number, number];
      s[0] += n[0];
      s[1] += n[1];
      s[2] += n[2];
    }
  }
  return acc.map((n) => normalize(n));
}

/** The bone on the other side of the body (leftHand ↔ rightHand); centre bones map to themselves. */
export function mirrorBone(bone: HumanBoneName): HumanBoneName {
  if (bone.startsWith('left')) return ('right' + bone.slice(4)) as HumanBoneName;
  if (bone.startsWith('right')) return ('left' + bone.slice(5)) as HumanBoneName;
  return bone;
}

/** The part mirrored to the avatar's other side (X negated, bones swapped, winding kept outward). */
export function mirrorPart(part: Part, name: string): Part {
  const triangles: number[] = [];
  for (let t = 0; t < part.triangles.length; t += 3) {
    triangles.push(
      part.triangles[t] as number,
      part.triangles[t + 2] as number,
      part.triangles[t + 1] as number,
    );
  }
  const morphs = part.morphs
    ? new Map(
        [...part.morphs].map(([k, m]) => [
          k,
          { positions: m.positions.map(mirrorX), normals: m.normals.map(mirrorX) },
        ]),
      )
    : undefined;
  return {
    name,
    material: part.material,
    positions: part.positions.map(mirrorX),
    normals: part.normals.map(mirrorX),
    weights: part.weights.map((w) => w.map(([b, x]) => [mirrorBone(b), x] as const)),
    triangles,
    ...(morphs ? { morphs } : {}),
  };
}

/** Appends `src` to `dst` (same material), offsetting its triangle indices. */
export function appendPart(dst: Part, src: Part): void {
  const base = dst.positions.length;
  dst.positions.push(...src.positions);
  dst.normals.push(...src.normals);
  dst.weights.push(...src.weights);
  for (const i of src.triangles) dst.triangles.push(i + base);
}

/** Moves every vertex of a part along its normal (used to lift decals off the skin). */
export function offsetAlongNormals(
  positions: readonly V3[],
  normals: readonly V3[],
  d: number,
): V3[] {
  return positions.map((p, i) =>
    add(p, [(normals[i] as V3)[0] * d, (normals[i] as V3)[1] * d, (normals[i] as V3)[2] * d]),
  );
}

/** The part with every position (rest and morph) mapped by `f` (a similarity: normals kept). */
export function mapPositions(part: Part, f: (p: V3) => V3): Part {
  const morphs = part.morphs
    ? new Map(
        [...part.morphs].map(([k, m]) => [
          k,
          { positions: m.positions.map(f), normals: m.normals },
        ]),
      )
    : undefined;
  return { ...part, positions: part.positions.map(f), ...(morphs ? { morphs } : {}) };
}
