import { mix, topFour } from '../geometry/weights';
import type { Part } from '../geometry/mesh';
import type { V3 } from '../geometry/vec';
import type { HumanBoneName } from '../../../src/shared/avatar';
import { MODE_TRIANGLES } from './constants';
import type { GltfDocument, JsonObject } from './document';

/** Morph deltas smaller than this (metres / normal units) are stored as zero. */
const MORPH_EPSILON = 1e-6;

export interface MeshWriteOptions {
  readonly name: string;
  readonly parts: readonly Part[];
  readonly materials: ReadonlyMap<string, number>;
  readonly joints: ReadonlyMap<HumanBoneName, number>;
  /** Morph target names, in target index order (every primitive gets every target). */
  readonly targets?: readonly string[];
}

function groupByMaterial(parts: readonly Part[]): Map<string, Part[]> {
  const groups = new Map<string, Part[]>();
  for (const p of parts) {
    const g = groups.get(p.material) ?? [];
    g.push(p);
    groups.set(p.material, g);
  }
  return groups;
}

function flat(vectors: readonly V3[], out: Float32Array, offset: number): void {
  vectors.forEach((v, i) => out.set(v, (offset + i) * 3));
}

function writePrimitive(
  doc: GltfDocument,
  parts: readonly Part[],
  opts: MeshWriteOptions,
  material: string,
): JsonObject {
  const count = parts.reduce((s, p) => s + p.positions.length, 0);
  const positions = new Float32Array(count * 3);
  const normals = new Float32Array(count * 3);
  const joints = new Uint8Array(count * 4);
  const weights = new Float32Array(count * 4);
  const indices: number[] = [];
  let base = 0;
  for (const part of parts) {
    flat(part.positions, positions, base);
    flat(part.normals, normals, base);
    part.weights.forEach((w, i) => {
      topFour(mix([w, 1])).forEach(([bone, x], k) => {
        const j = opts.joints.get(bone);
        if (j === undefined)
          throw new Error(`mesh ${opts.name}/${part.name}: bone ${bone} is not a skin joint`);
        joints[(base + i) * 4 + k] = j;
        weights[(base + i) * 4 + k] = x;
      });
    });
    for (const t of part.triangles) indices.push(t + base);
    base += part.positions.length;
  }
  const materialIndex = opts.materials.get(material);
  if (materialIndex === undefined)
    throw new Error(`mesh ${opts.name}: unknown material "${material}"`);
  const primitive: JsonObject = {
    attributes: {
      POSITION: doc.accessor(positions, 'VEC3', { bounds: true }),
      NORMAL: doc.accessor(normals, 'VEC3'),
      JOINTS_0: doc.accessor(joints, 'VEC4'),
      WEIGHTS_0: doc.accessor(weights, 'VEC4'),
    },
    indices: doc.accessor(
      count > 65535 ? Uint32Array.from(indices) : Uint16Array.from(indices),
      'SCALAR',
      {
        indices: true,
      },
    ),
    material: materialIndex,
    mode: MODE_TRIANGLES,
  };
  if (opts.targets && opts.targets.length > 0) {
    primitive['targets'] = opts.targets.map((name) => {
      const dp = new Float32Array(count * 3);
      const dn = new Float32Array(count * 3);
      let b = 0;
      for (const part of parts) {
        const shape = part.morphs?.get(name);
        if (shape) {
          part.positions.forEach((p, i) => {
            const q = shape.positions[i] as V3;
            const m = shape.normals[i] as V3;
            const n = part.normals[i] as V3;
            for (let c = 0; c < 3; c++) {
              dp[(b + i) * 3 + c] = Math.fround(q[c] as number) - Math.fround(p[c] as number);
              dn[(b + i) * 3 + c] = Math.fround(m[c] as number) - Math.fround(n[c] as number);
            }
          });
        }
        b += part.positions.length;
      }
      return {
        POSITION: doc.sparseVec3(dp, MORPH_EPSILON),
        NORMAL: doc.sparseVec3(dn, MORPH_EPSILON),
      };
    });
  }
  return primitive;
}

/** Writes a skinned mesh with one primitive per material; returns the mesh index. */
export function writeSkinnedMesh(doc: GltfDocument, opts: MeshWriteOptions): number {
  const primitives = [...groupByMaterial(opts.parts)].map(([material, parts]) =>
    writePrimitive(doc, parts, opts, material),
  );
  const mesh: JsonObject = { name: opts.name, primitives };
  if (opts.targets && opts.targets.length > 0) {
    mesh['weights'] = opts.targets.map(() => 0);
    mesh['extras'] = { targetNames: [...opts.targets] };
  }
  doc.json.meshes.push(mesh);
  return doc.json.meshes.length - 1;
}
