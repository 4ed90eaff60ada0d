import type { ReadonlyVec3, Vec3 } from '../math';
import type { PathSpec } from './types';

const a = [0, 0, 0] as Vec3;
const b = [0, 0, 0] as Vec3;

/**
 * Deviation of the path from the straight chord between the segment's end points at eased
 * progress `e` ∈ [0, 1], body rest frame, metres. Zero at both ends.
 */
export function pathOffset(p: PathSpec, e: number, out: Vec3): Vec3 {
  out[0] = 0;
  out[1] = 0;
  out[2] = 0;
  addPath(p, e, out);
  return out;
}

function addPath(p: PathSpec, e: number, out: Vec3): void {
  switch (p.kind) {
    case 'arc':
      addScaled(out, p.dir, p.amount * Math.sin(Math.PI * e));
      return;
    case 'wave': {
      const phase = p.cycles * e;
      const w = p.zigzag ? triangle(phase) : Math.sin(2 * Math.PI * phase);
      addScaled(out, p.dir, p.amp * w);
      return;
    }
    case 'circle': {
      circleAt(p, e, a);
      circleAt(p, 1, b);
      out[0] += a[0] - e * b[0];
      out[1] += a[1] - e * b[1];
      out[2] += a[2] - e * b[2];
      return;
    }
    case 'brush': {
      const s = Math.sin(Math.PI * e);
      addScaled(out, p.offset, s * s);
      return;
    }
    case 'sum':
      for (const part of p.parts) addPath(part, e, out);
      return;
  }
}

/** Position on a circle (or spiral) relative to its start point, at progress e. */
function circleAt(p: Extract<PathSpec, { kind: 'circle' }>, e: number, out: Vec3): void {
  const phi = p.phi0 + p.sweep * e;
  const r = 1 + (p.growth - 1) * e;
  const c0 = Math.cos(p.phi0);
  const s0 = Math.sin(p.phi0);
  const c = Math.cos(phi) * r;
  const s = Math.sin(phi) * r;
  for (let i = 0; i < 3; i++) {
    out[i] = p.up[i]! * p.rUp * (c - c0) + p.right[i]! * p.rRight * (s - s0);
  }
}

/** Triangle wave of period 1, amplitude 1, zero at integer and half-integer phases. */
function triangle(x: number): number {
  const f = x - Math.floor(x);
  return f < 0.25 ? 4 * f : f < 0.75 ? 2 - 4 * f : 4 * f - 4;
}

function addScaled(out: Vec3, v: ReadonlyVec3, s: number): void {
  out[0] += v[0] * s;
  out[1] += v[1] * s;
  out[2] += v[2] * s;
}

/** The same path scaled in size (repetitions that grow or shrink). */
export function scalePath(p: PathSpec, k: number): PathSpec {
  switch (p.kind) {
    case 'arc':
      return { ...p, amount: p.amount * k };
    case 'wave':
      return { ...p, amp: p.amp * k };
    case 'circle':
      return { ...p, rUp: p.rUp * k, rRight: p.rRight * k };
    case 'brush':
      return p;
    case 'sum':
      return { kind: 'sum', parts: p.parts.map((q) => scalePath(q, k)) };
  }
}
