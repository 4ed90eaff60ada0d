import type { Part } from './mesh';
import type { V3 } from './vec';

/**
 * Splits a part into one part per material, choosing each triangle's material from its
 * centroid. Vertices on a border are duplicated with the same normal, so the seam is invisible.
 */
export function splitByMaterial(part: Part, materialAt: (centroid: V3) => string): Part[] {
  const out = new Map<string, { part: Part; remap: Map<number, number> }>();
  for (let t = 0; t < part.triangles.length; t += 3) {
    const ids = [part.triangles[t], part.triangles[t + 1], part.triangles[t + 2]] as number[];
    const c = ids.reduce<[number, number, number]>(
      (acc, i) => {
        const p = part.positions[i] as V3;
        return [acc[0] + p[0] / 3, acc[1] + p[1] / 3, acc[2] + p[2] / 3];
      },
      [0, 0, 0],
    );
    const material = materialAt(c);
    let entry = out.get(material);
    if (!entry) {
      entry = {
        part: {
          name: `${part.name}.${material}`,
          material,
          positions: [],
          normals: [],
          weights: [],
          triangles: [],
        },
        remap: new Map(),
      };
      out.set(material, entry);
    }
    for (const i of ids) {
      let j = entry.remap.get(i);
      if (j === undefined) {
        j = entry.part.positions.length;
        entry.remap.set(i, j);
        entry.part.positions.push(part.positions[i] as V3);
        entry.part.normals.push(part.normals[i] as V3);
        entry.part.weights.push(part.weights[i] ?? []);
      }
      entry.part.triangles.push(j);
    }
  }
  return [...out.values()].map((e) => e.part);
}
