/** The head's skin meshed from the head shape along rays out of the head centre. */
import { computeNormals, type Part, type Weights } from '../geometry/mesh';
import { cubeSphere, type DirectionGrid } from '../geometry/radial';
import { outermostHit, sdfNormal } from '../geometry/sdf';
import { addScaled, type V3 } from '../geometry/vec';
import { single } from '../geometry/weights';
import { HEAD } from '../rig';
import { headSdf } from './head-sdf';

/** Cube-sphere resolution: quads per cube edge (about 6 mm across the face). */
export const HEAD_GRID = 32;
/** Rays start this far out from the head centre (m), beyond any part of the head. */
const RAY_START = 0.2;

export interface HeadSurface {
  readonly grid: DirectionGrid;
  /** Skin point and outward normal along each grid direction. */
  readonly points: V3[];
  readonly normals: V3[];
}

export function headSurface(): HeadSurface {
  const grid = cubeSphere(HEAD_GRID);
  const points: V3[] = [];
  const normals: V3[] = [];
  for (const d of grid.directions) {
    const t = outermostHit(headSdf, HEAD.center, d, RAY_START);
    if (t === null) throw new Error(`head: ray ${d.join(',')} misses the head shape`);
    const p = addScaled(HEAD.center, d, t);
    points.push(p);
    normals.push(sdfNormal(headSdf, p));
  }
  return { grid, points, normals };
}

/** The skin, leaving out quads that `hidden` says are fully covered (e.g. by hair). */
export function headSkin(
  surface: HeadSurface,
  weightsAt: (p: V3) => Weights,
  hidden: (quad: readonly number[]) => boolean = () => false,
): Part {
  const remap = new Map<number, number>();
  const positions: V3[] = [];
  const triangles: number[] = [];
  const use = (i: number): number => {
    let j = remap.get(i);
    if (j === undefined) {
      j = positions.length;
      remap.set(i, j);
      positions.push(surface.points[i] as V3);
    }
    return j;
  };
  for (const quad of surface.grid.quads) {
    if (hidden(quad)) continue;
    const [a, b, c, d] = quad.map(use) as [number, number, number, number];
    triangles.push(a, b, c, a, c, d);
  }
  const order = [...remap.entries()].sort((x, y) => x[1] - y[1]).map(([i]) => i);
  const normals = order.map((i) => surface.normals[i] as V3);
  return {
    name: 'headSkin',
    material: 'skin',
    positions,
    normals: normals.length === positions.length ? normals : computeNormals(positions, triangles),
    weights: positions.map(weightsAt),
    triangles,
  };
}

export const headOnly = (): Weights => single('head');
