/**
 * Hair as a shell over the scalp, meshed on the head's own ray grid. Cells the hairline crosses
 * are cut along it (marching squares), so the fringe's clumps have clean edges rather than
 * following the grid; the shell tapers onto the skin there, leaving no gap.
 */
import { computeNormals, type Part } from '../geometry/mesh';
import { addScaled, lerp3, normalize, type V3 } from '../geometry/vec';
import { single } from '../geometry/weights';
import type { HeadSurface } from './head-skin';
import { aboveHairline, hairThickness } from './hairline';

/** Gap between skin and hair where the hair is thinnest (m). */
const LIFT = 0.0007;

export interface HairField {
  /** Height above the hairline per grid direction (m). */
  readonly above: number[];
  readonly points: V3[];
}

export function hairField(surface: HeadSurface): HairField {
  const points = surface.points.map((p, i) => {
    const d = surface.grid.directions[i] as V3;
    return addScaled(p, d, hairThickness(p, d) + LIFT);
  });
  return { above: surface.points.map(aboveHairline), points };
}

export function hair(surface: HeadSurface, field: HairField): Part {
  const positions: V3[] = [];
  const triangles: number[] = [];
  const corner = new Map<number, number>();
  const crossing = new Map<string, number>();
  const useCorner = (i: number): number => {
    let j = corner.get(i);
    if (j === undefined) {
      j = positions.length;
      corner.set(i, j);
      positions.push(field.points[i] as V3);
    }
    return j;
  };
  const useCrossing = (a: number, b: number): number => {
    const key = a < b ? `${a}:${b}` : `${b}:${a}`;
    let j = crossing.get(key);
    if (j === undefined) {
      const sa = field.above[a] as number;
      const sb = field.above[b] as number;
      const t = sa / (sa - sb);
      const skin = lerp3(surface.points[a] as V3, surface.points[b] as V3, t);
      const dir = normalize(
        lerp3(surface.grid.directions[a] as V3, surface.grid.directions[b] as V3, t),
      );
      j = positions.length;
      crossing.set(key, j);
      positions.push(addScaled(skin, dir, LIFT));
    }
    return j;
  };
  for (const quad of surface.grid.quads) {
    const inside = quad.map((i) => (field.above[i] as number) > 0);
    const count = inside.filter(Boolean).length;
    if (count === 0) continue;
    if (count === 2 && inside[0] === inside[2]) {
      // Saddle: two opposite corners in; keep a triangle at each.
      for (let k = 0; k < 4; k++) {
        if (!inside[k]) continue;
        const prev = quad[(k + 3) % 4] as number;
        const next = quad[(k + 1) % 4] as number;
        const here = quad[k] as number;
        triangles.push(useCorner(here), useCrossing(here, next), useCrossing(prev, here));
      }
      continue;
    }
    const polygon: number[] = [];
    for (let k = 0; k < 4; k++) {
      const a = quad[k] as number;
      const b = quad[(k + 1) % 4] as number;
      if (inside[k]) polygon.push(useCorner(a));
      if (inside[k] !== inside[(k + 1) % 4]) polygon.push(useCrossing(a, b));
    }
    for (let k = 1; k + 1 < polygon.length; k++) {
      triangles.push(polygon[0] as number, polygon[k] as number, polygon[k + 1] as number);
    }
  }
  return {
    name: 'hair',
    material: 'hair',
    positions,
    normals: computeNormals(positions, triangles),
    weights: positions.map(() => single('head')),
    triangles,
  };
}

/** Skin cells under full-thickness hair: never seen, so left out. */
export function hiddenUnderHair(
  field: HairField,
  taper = 0.014,
): (quad: readonly number[]) => boolean {
  return (quad) => quad.every((i) => (field.above[i] as number) > taper);
}
