import type { ReadonlyVec3, Vec3 } from '../math';
import type { Skeleton } from '../skeleton';

/**
 * Collision volumes of the body, in the rest pose, each attached to the bone that carries it:
 * the cranium and the jaw (ellipsoids on the head), the neck (a capsule) and the torso (an
 * elliptic cylinder whose width tapers from the shoulders to the waist).
 */
export const VOLUME_BONES = ['head', 'neck', 'chest'] as const;
export type VolumeBone = (typeof VOLUME_BONES)[number];

export interface Ellipsoid {
  readonly kind: 'ellipsoid';
  readonly bone: VolumeBone;
  readonly center: Vec3;
  readonly radii: Vec3;
}
export interface Capsule {
  readonly kind: 'capsule';
  readonly bone: VolumeBone;
  readonly a: Vec3;
  readonly b: Vec3;
  readonly radius: number;
}
export interface Torso {
  readonly kind: 'torso';
  readonly bone: VolumeBone;
  readonly centerZ: number;
  readonly bottomY: number;
  readonly topY: number;
  readonly halfWidthBottom: number;
  readonly halfWidthTop: number;
  readonly halfDepth: number;
}
export type Volume = Ellipsoid | Capsule | Torso;

/** Jaw ellipsoid relative to the head centre and its semi-axes, adult metres. */
const JAW_OFFSET = [0, -0.06, 0.02] as const;
const JAW_RADII = [0.065, 0.065, 0.075] as const;

export function bodyVolumes(sk: Skeleton): readonly Volume[] {
  const b = sk.body;
  const hs = b.headScale;
  const c = b.headCenter;
  const v = (x: number, y: number, z: number): Vec3 => [x, y, z];
  return [
    { kind: 'ellipsoid', bone: 'head', center: c, radii: b.headRadii },
    {
      kind: 'ellipsoid',
      bone: 'head',
      center: v(c[0] + JAW_OFFSET[0] * hs, c[1] + JAW_OFFSET[1] * hs, c[2] + JAW_OFFSET[2] * hs),
      radii: v(JAW_RADII[0] * hs, JAW_RADII[1] * hs, JAW_RADII[2] * hs),
    },
    { kind: 'capsule', bone: 'neck', a: sk.bones.neck, b: sk.bones.head, radius: b.neckRadius },
    {
      kind: 'torso',
      bone: 'chest',
      centerZ: b.torsoCenterZ,
      bottomY: b.torsoBottomY,
      topY: b.torsoTopY,
      halfWidthBottom: b.torsoHalfWidthWaist,
      halfWidthTop: b.torsoHalfWidthShoulders,
      halfDepth: b.torsoHalfDepth,
    },
  ];
}

/**
 * How deep the point p (in the volume's rest frame) is inside the volume, metres (≤ 0 outside),
 * and the push that takes it to the surface written into `push`.
 */
export function penetration(vol: Volume, p: ReadonlyVec3, push: Vec3): number {
  switch (vol.kind) {
    case 'ellipsoid': {
      const dx = p[0] - vol.center[0];
      const dy = p[1] - vol.center[1];
      const dz = p[2] - vol.center[2];
      const f = Math.sqrt(
        (dx / vol.radii[0]) ** 2 + (dy / vol.radii[1]) ** 2 + (dz / vol.radii[2]) ** 2,
      );
      if (f >= 1 || f < 1e-9) return pushNone(push);
      // Radial projection onto the surface: exact for a sphere, close for a mild ellipsoid.
      const k = 1 / f - 1;
      push[0] = dx * k;
      push[1] = dy * k;
      push[2] = dz * k;
      return Math.sqrt(push[0] * push[0] + push[1] * push[1] + push[2] * push[2]);
    }
    case 'capsule': {
      const ax = vol.a[0];
      const ay = vol.a[1];
      const az = vol.a[2];
      const ux = vol.b[0] - ax;
      const uy = vol.b[1] - ay;
      const uz = vol.b[2] - az;
      const len2 = ux * ux + uy * uy + uz * uz;
      let t = len2 > 0 ? ((p[0] - ax) * ux + (p[1] - ay) * uy + (p[2] - az) * uz) / len2 : 0;
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      const dx = p[0] - (ax + ux * t);
      const dy = p[1] - (ay + uy * t);
      const dz = p[2] - (az + uz * t);
      const d = Math.sqrt(dx * dx + dy * dy + dz * dz);
      if (d >= vol.radius) return pushNone(push);
      if (d < 1e-9) {
        push[0] = 0;
        push[1] = 0;
        push[2] = vol.radius;
        return vol.radius;
      }
      const k = vol.radius / d - 1;
      push[0] = dx * k;
      push[1] = dy * k;
      push[2] = dz * k;
      return vol.radius - d;
    }
    case 'torso': {
      const y = p[1];
      if (y <= vol.bottomY || y >= vol.topY) return pushNone(push);
      const a = torsoHalfWidth(vol, y);
      const b = vol.halfDepth;
      const x = p[0];
      const z = p[2] - vol.centerZ;
      if ((x / a) ** 2 + (z / b) ** 2 >= 1) return pushNone(push);
      // Out through the nearest of: front or back (along z), side (along x), top (up).
      const zs = b * Math.sqrt(Math.max(0, 1 - (x / a) ** 2));
      const front = z >= 0 ? zs - z : -zs - z;
      const xs = a * Math.sqrt(Math.max(0, 1 - (z / b) ** 2));
      const side = x >= 0 ? xs - x : -xs - x;
      const up = vol.topY - y;
      const af = Math.abs(front);
      const as = Math.abs(side);
      push[0] = 0;
      push[1] = 0;
      push[2] = 0;
      if (up <= af && up <= as) {
        push[1] = up;
        return up;
      }
      if (af <= as) {
        push[2] = front;
        return af;
      }
      push[0] = side;
      return as;
    }
  }
}

export function torsoHalfWidth(vol: Torso, y: number): number {
  const t = (y - vol.bottomY) / (vol.topY - vol.bottomY);
  const u = t < 0 ? 0 : t > 1 ? 1 : t;
  return vol.halfWidthBottom + (vol.halfWidthTop - vol.halfWidthBottom) * u;
}

function pushNone(push: Vec3): number {
  push[0] = 0;
  push[1] = 0;
  push[2] = 0;
  return 0;
}

/** Centre and radius of a sphere enclosing the volume (rest frame), for quick rejection. */
export function boundingSphere(vol: Volume): { center: Vec3; radius: number } {
  switch (vol.kind) {
    case 'ellipsoid':
      return {
        center: [...vol.center],
        radius: Math.max(vol.radii[0], vol.radii[1], vol.radii[2]),
      };
    case 'capsule': {
      const center: Vec3 = [
        (vol.a[0] + vol.b[0]) / 2,
        (vol.a[1] + vol.b[1]) / 2,
        (vol.a[2] + vol.b[2]) / 2,
      ];
      const half = Math.hypot(vol.b[0] - vol.a[0], vol.b[1] - vol.a[1], vol.b[2] - vol.a[2]) / 2;
      return { center, radius: half + vol.radius };
    }
    case 'torso': {
      const cy = (vol.bottomY + vol.topY) / 2;
      const hh = (vol.topY - vol.bottomY) / 2;
      const w = Math.max(vol.halfWidthBottom, vol.halfWidthTop);
      return {
        center: [0, cy, vol.centerZ],
        radius: Math.sqrt(hh * hh + w * w + vol.halfDepth * vol.halfDepth),
      };
    }
  }
}

/** True when the rest-frame point p lies within `margin` metres of the volume (conservative). */
export function withinInflated(vol: Volume, p: ReadonlyVec3, margin: number): boolean {
  switch (vol.kind) {
    case 'ellipsoid': {
      const f = Math.sqrt(
        ((p[0] - vol.center[0]) / (vol.radii[0] + margin)) ** 2 +
          ((p[1] - vol.center[1]) / (vol.radii[1] + margin)) ** 2 +
          ((p[2] - vol.center[2]) / (vol.radii[2] + margin)) ** 2,
      );
      return f < 1;
    }
    case 'capsule': {
      const ux = vol.b[0] - vol.a[0];
      const uy = vol.b[1] - vol.a[1];
      const uz = vol.b[2] - vol.a[2];
      const len2 = ux * ux + uy * uy + uz * uz;
      let t =
        len2 > 0
          ? ((p[0] - vol.a[0]) * ux + (p[1] - vol.a[1]) * uy + (p[2] - vol.a[2]) * uz) / len2
          : 0;
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      const d = Math.hypot(
        p[0] - vol.a[0] - ux * t,
        p[1] - vol.a[1] - uy * t,
        p[2] - vol.a[2] - uz * t,
      );
      return d < vol.radius + margin;
    }
    case 'torso': {
      if (p[1] <= vol.bottomY - margin || p[1] >= vol.topY + margin) return false;
      const a = Math.max(vol.halfWidthBottom, vol.halfWidthTop) + margin;
      const z = p[2] - vol.centerZ;
      return (p[0] / a) ** 2 + (z / (vol.halfDepth + margin)) ** 2 < 1;
    }
  }
}
