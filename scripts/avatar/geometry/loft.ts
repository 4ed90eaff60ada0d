import { computeNormals, type Part, type Weights } from './mesh';
import { add, addScaled, cross, normalize, scale, sub, type V3 } from './vec';

/** One cross-section of a tube: a superellipse in the plane spanned by `u` and `v`. */
export interface Ring {
  readonly center: V3;
  /** Unit axes of the section; u × v points along the tube (so triangles face outward). */
  readonly u: V3;
  readonly v: V3;
  readonly ru: number;
  readonly rv: number;
  /** Superellipse exponent: 2 is an ellipse, larger is boxier. */
  readonly exponent?: number;
  readonly weights: Weights | ((p: V3) => Weights);
}

export interface LoftOptions {
  readonly name: string;
  readonly material: string;
  /** Vertices around each ring. */
  readonly segments: number;
  /** Length of the rounded cap at the first / last ring (0: open end). */
  readonly capStart?: number;
  readonly capEnd?: number;
  /** Extra rings that round each cap. */
  readonly capRings?: number;
  /** Phase of the first vertex around the ring (radians). */
  readonly phase?: number;
}

/** Section axes for a tube running along `axis` with `up` as the section's v direction. */
export function sectionFrame(axis: V3, up: V3): { u: V3; v: V3 } {
  const t = normalize(axis);
  const v = normalize(sub(up, scale(t, up[0] * t[0] + up[1] * t[1] + up[2] * t[2])));
  return { u: normalize(cross(v, t)), v };
}

/** Point at angle `theta` on a ring. */
export function ringPoint(ring: Ring, theta: number, radiusScale = 1): V3 {
  const e = ring.exponent ?? 2;
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  const cx = Math.sign(c) * Math.pow(Math.abs(c), 2 / e);
  const sy = Math.sign(s) * Math.pow(Math.abs(s), 2 / e);
  return add(
    add(ring.center, scale(ring.u, ring.ru * cx * radiusScale)),
    scale(ring.v, ring.rv * sy * radiusScale),
  );
}

function weightsAt(ring: Ring, p: V3): Weights {
  return typeof ring.weights === 'function' ? ring.weights(p) : ring.weights;
}

function capRings(ring: Ring, axis: V3, len: number, count: number): Ring[] {
  const out: Ring[] = [];
  for (let k = 1; k <= count; k++) {
    const t = (k / (count + 1)) * (Math.PI / 2);
    const c = Math.cos(t);
    out.push({
      ...ring,
      center: addScaled(ring.center, axis, len * Math.sin(t)),
      ru: ring.ru * c,
      rv: ring.rv * c,
    });
  }
  return out;
}

/** A skinned tube through `rings`, with optional rounded caps; normals are smooth. */
export function loft(rings: readonly Ring[], opts: LoftOptions): Part {
  if (rings.length < 2) throw new Error(`loft ${opts.name}: needs ≥ 2 rings, got ${rings.length}`);
  const first = rings[0] as Ring;
  const last = rings[rings.length - 1] as Ring;
  const second = rings[1] as Ring;
  const beforeLast = rings[rings.length - 2] as Ring;
  const nCap = opts.capRings ?? 4;
  const startAxis = normalize(sub(first.center, second.center));
  const endAxis = normalize(sub(last.center, beforeLast.center));
  const startCap = opts.capStart ? capRings(first, startAxis, opts.capStart, nCap).reverse() : [];
  const endCap = opts.capEnd ? capRings(last, endAxis, opts.capEnd, nCap) : [];
  const all = [...startCap, ...rings, ...endCap];
  const n = opts.segments;
  const phase = opts.phase ?? 0;
  const positions: V3[] = [];
  const weights: Weights[] = [];
  for (const ring of all) {
    for (let j = 0; j < n; j++) {
      const p = ringPoint(ring, phase + (j / n) * Math.PI * 2);
      positions.push(p);
      weights.push(weightsAt(ring, p));
    }
  }
  const triangles: number[] = [];
  for (let i = 0; i + 1 < all.length; i++) {
    for (let j = 0; j < n; j++) {
      const a = i * n + j;
      const b = i * n + ((j + 1) % n);
      const c = (i + 1) * n + ((j + 1) % n);
      const d = (i + 1) * n + j;
      triangles.push(a, b, d, b, c, d);
    }
  }
  if (opts.capStart) {
    const pole = positions.length;
    positions.push(addScaled(first.center, startAxis, opts.capStart));
    weights.push(weightsAt(first, first.center));
    for (let j = 0; j < n; j++) triangles.push(j, pole, (j + 1) % n);
  }
  if (opts.capEnd) {
    const pole = positions.length;
    positions.push(addScaled(last.center, endAxis, opts.capEnd));
    weights.push(weightsAt(last, last.center));
    const base = (all.length - 1) * n;
    for (let j = 0; j < n; j++) triangles.push(base + j, base + ((j + 1) % n), pole);
  }
  return {
    name: opts.name,
    material: opts.material,
    positions,
    normals: computeNormals(positions, triangles),
    weights,
    triangles,
  };
}
