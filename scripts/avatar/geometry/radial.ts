/**
 * A closed star-shaped surface meshed from directions out of a centre: a cube-sphere grid of
 * directions (even spacing, no poles), each pushed out to where the surface is.
 */
import { normalize, type V3 } from './vec';

export interface DirectionGrid {
  readonly directions: V3[];
  /** Quads as 4 direction indices, counter-clockwise seen from outside. */
  readonly quads: Array<readonly [number, number, number, number]>;
}

/** Cube faces as (normal, u axis, v axis) with u × v = normal so quads wind outward. */
const FACES: ReadonlyArray<readonly [V3, V3, V3]> = [
  [
    [1, 0, 0],
    [0, 0, -1],
    [0, 1, 0],
  ],
  [
    [-1, 0, 0],
    [0, 0, 1],
    [0, 1, 0],
  ],
  [
    [0, 1, 0],
    [1, 0, 0],
    [0, 0, -1],
  ],
  [
    [0, -1, 0],
    [1, 0, 0],
    [0, 0, 1],
  ],
  [
    [0, 0, 1],
    [1, 0, 0],
    [0, 1, 0],
  ],
  [
    [0, 0, -1],
    [-1, 0, 0],
    [0, 1, 0],
  ],
];

/** Directions on a cube-sphere with `n` quads per cube edge, shared along cube edges. */
export function cubeSphere(n: number): DirectionGrid {
  const directions: V3[] = [];
  const index = new Map<string, number>();
  const quads: Array<readonly [number, number, number, number]> = [];
  for (const [normal, u, v] of FACES) {
    const ids: number[][] = [];
    for (let i = 0; i <= n; i++) {
      const row: number[] = [];
      // Equal-angle spacing keeps cells near the cube's corners from shrinking.
      const a = Math.tan((Math.PI / 4) * ((2 * i) / n - 1));
      for (let j = 0; j <= n; j++) {
        const b = Math.tan((Math.PI / 4) * ((2 * j) / n - 1));
        const d = normalize([
          normal[0] + a * u[0] + b * v[0],
          normal[1] + a * u[1] + b * v[1],
          normal[2] + a * u[2] + b * v[2],
        ]);
        const key = d.map((x) => Math.round(x * 1e6)).join(',');
        let id = index.get(key);
        if (id === undefined) {
          id = directions.length;
          index.set(key, id);
          directions.push(d);
        }
        row.push(id);
      }
      ids.push(row);
    }
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const r0 = ids[i] as number[];
        const r1 = ids[i + 1] as number[];
        quads.push([r0[j] as number, r1[j] as number, r1[j + 1] as number, r0[j + 1] as number]);
      }
    }
  }
  return { directions, quads };
}
