import { cross3, normalize3, sub3, vec3, type ReadonlyVec3, type Vec3 } from '../math';
import type { Skeleton } from '../skeleton';

/**
 * A pinhole camera in front of the avatar, as a signing video would be shot: image x to the
 * right, y down (MediaPipe's normalized image coordinates), the avatar's left on the image's right.
 */
export interface VirtualCamera {
  readonly position: ReadonlyVec3;
  readonly target: ReadonlyVec3;
  /** Vertical field of view, degrees. */
  readonly fovDeg: number;
  /** Image size in pixels (only the aspect ratio matters to normalized coordinates). */
  readonly width: number;
  readonly height: number;
  /** Rotation of the camera about its own axis, degrees (> 0 turns the image clockwise). */
  readonly rollDeg?: number;
}

const DEFAULT_FOV_DEG = 40;
const DEFAULT_WIDTH = 640;
const DEFAULT_HEIGHT = 480;
/** Framing: from this far below the hips to this far above the head top, adult metres. */
const FRAME_BELOW_HIPS = 0.1;
const FRAME_ABOVE_HEAD = 0.1;

/** A camera framing the upper body (hips to head, arms' reach) from the front. */
export function defaultCamera(sk: Skeleton): VirtualCamera {
  const b = sk.body;
  const top = b.headCenter[1] + b.headRadii[1] + FRAME_ABOVE_HEAD * b.bodyScale;
  const bottom = sk.bones.hips[1] - FRAME_BELOW_HIPS * b.bodyScale;
  const cy = (top + bottom) / 2;
  const half = (top - bottom) / 2;
  const dist = half / Math.tan(((DEFAULT_FOV_DEG / 2) * Math.PI) / 180);
  return {
    position: [0, cy, b.torsoCenterZ + dist],
    target: [0, cy, b.torsoCenterZ],
    fovDeg: DEFAULT_FOV_DEG,
    width: DEFAULT_WIDTH,
    height: DEFAULT_HEIGHT,
  };
}

/** Precomputed projection of a camera. */
export class Projector {
  private readonly right: Vec3;
  private readonly up: Vec3;
  private readonly forward: Vec3;
  private readonly fy: number;
  private readonly aspect: number;
  private readonly d = vec3();

  constructor(readonly camera: VirtualCamera) {
    this.forward = normalize3(vec3(), sub3(vec3(), camera.target, camera.position));
    const right = normalize3(vec3(), cross3(vec3(), this.forward, [0, 1, 0]));
    const up = cross3(vec3(), right, this.forward);
    // Roll turns the image axes about the optical axis.
    const roll = ((camera.rollDeg ?? 0) * Math.PI) / 180;
    const c = Math.cos(roll);
    const s = Math.sin(roll);
    this.right = vec3(c * right[0] + s * up[0], c * right[1] + s * up[1], c * right[2] + s * up[2]);
    this.up = vec3(c * up[0] - s * right[0], c * up[1] - s * right[1], c * up[2] - s * right[2]);
    this.fy = 0.5 / Math.tan(((camera.fovDeg / 2) * Math.PI) / 180);
    this.aspect = camera.width / camera.height;
  }

  /** Depth of a world point along the camera axis, metres. */
  depth(p: ReadonlyVec3): number {
    sub3(this.d, p, this.camera.position);
    return this.d[0] * this.forward[0] + this.d[1] * this.forward[1] + this.d[2] * this.forward[2];
  }

  /**
   * Writes normalized x, y and a MediaPipe-style z: depth relative to `refDepth`, in the units of
   * x (image widths), smaller = closer to the camera.
   */
  project(p: ReadonlyVec3, refDepth: number, out: Float32Array, o: number): void {
    const d = sub3(this.d, p, this.camera.position);
    const xc = d[0] * this.right[0] + d[1] * this.right[1] + d[2] * this.right[2];
    const yc = d[0] * this.up[0] + d[1] * this.up[1] + d[2] * this.up[2];
    const zc = d[0] * this.forward[0] + d[1] * this.forward[1] + d[2] * this.forward[2];
    const sx = this.fy / this.aspect;
    out[o] = 0.5 + (xc / zc) * sx;
    out[o + 1] = 0.5 - (yc / zc) * this.fy;
    out[o + 2] = ((zc - refDepth) / refDepth) * sx;
  }
}
