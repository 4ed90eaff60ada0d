import {
  bodyVolumes,
  boundingSphere,
  penetration,
  VOLUME_BONES,
  withinInflated,
  type Volume,
  type VolumeBone,
} from '../body';
import {
  addScaled3,
  conjugateQ,
  quat,
  rotateV,
  sub3,
  vec3,
  type Quat,
  type ReadonlyVec3,
  type Vec3,
} from '../math';
import type { BodyState } from '../pose';
import type { Skeleton } from '../skeleton';

const ALL = 0xffff;

/**
 * The body's collision volumes as they are this frame (they follow the head, neck and chest):
 * how deep a world point is inside, and which way is out. Scratch allocated once.
 */
export class BodyCollider {
  private readonly volumes: readonly Volume[];
  private readonly bounds: readonly { center: Vec3; radius: number }[];
  private readonly torso: Volume;
  private readonly inverse: Record<VolumeBone, Quat> = {
    head: quat(),
    neck: quat(),
    chest: quat(),
  };
  private readonly local = vec3();
  private readonly pv = vec3();
  private readonly probePush = vec3();
  private body: BodyState | null = null;

  constructor(private readonly sk: Skeleton) {
    this.volumes = bodyVolumes(sk);
    this.bounds = this.volumes.map(boundingSphere);
    this.torso = this.volumes.find((v) => v.kind === 'torso')!;
  }

  /** Takes this frame's torso chain (call after solving it). */
  update(body: BodyState): void {
    this.body = body;
    for (const b of VOLUME_BONES) conjugateQ(this.inverse[b], body.rot[b]);
  }

  /** World point → the rest frame of a volume bone. */
  private toRest(p: ReadonlyVec3, bone: VolumeBone): Vec3 {
    const body = this.body!;
    sub3(this.local, p, body.pos[bone]);
    rotateV(this.local, this.inverse[bone], this.local);
    return addScaled3(this.local, this.local, this.sk.bones[bone], 1);
  }

  /** Depth of a world point inside the torso (the elbow and forearm probe), metres. */
  torsoDepth(p: ReadonlyVec3): number {
    return penetration(this.torso, this.toRest(p, 'chest'), this.probePush);
  }

  /**
   * Deepest penetration of a world point into the volumes in `mask` (bit k = volume k; default
   * all), metres, and the push out (world).
   */
  depth(p: ReadonlyVec3, push: Vec3, mask = ALL): number {
    let best = 0;
    let bone: VolumeBone | null = null;
    let local = this.local;
    for (let k = 0; k < this.volumes.length; k++) {
      if ((mask & (1 << k)) === 0) continue;
      const v = this.volumes[k]!;
      if (v.bone !== bone) {
        bone = v.bone;
        local = this.toRest(p, bone);
      }
      const b = this.bounds[k]!;
      const dx = local[0] - b.center[0];
      const dy = local[1] - b.center[1];
      const dz = local[2] - b.center[2];
      if (dx * dx + dy * dy + dz * dz > b.radius * b.radius) continue;
      const d = penetration(v, local, this.pv);
      if (d > best) {
        best = d;
        rotateV(push, this.body!.rot[bone], this.pv);
      }
    }
    return best;
  }

  /** The volumes a sphere of radius r about the world point p may touch, as a bit mask. */
  near(p: ReadonlyVec3, r: number): number {
    let mask = 0;
    let bone: VolumeBone | null = null;
    let local = this.local;
    for (let k = 0; k < this.volumes.length; k++) {
      const v = this.volumes[k]!;
      if (v.bone !== bone) {
        bone = v.bone;
        local = this.toRest(p, bone);
      }
      if (withinInflated(v, local, r)) mask |= 1 << k;
    }
    return mask;
  }
}
