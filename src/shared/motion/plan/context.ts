import { handModel, type HandModel } from '../hand';
import type { Side } from '../rig';
import type { Skeleton } from '../skeleton';

/** What compiling a sign needs to know about the avatar and the signer. */
export interface CompileContext {
  readonly sk: Skeleton;
  /** The hand HamNoSys calls dominant; HamNoSys assumes a right-handed signer. */
  readonly dominantSide: Side;
  readonly models: Readonly<Record<Side, HandModel>>;
  /** Body scale against an average adult: movement sizes and distances scale with it. */
  readonly scale: number;
  /** Upper arm + forearm length, metres. */
  readonly reach: number;
  /** Compiling letters of the manual alphabet: neutral space is the fingerspelling space. */
  readonly fingerspelling: boolean;
}

export function makeContext(
  sk: Skeleton,
  dominantSide: Side = 'right',
  fingerspelling = false,
): CompileContext {
  return {
    fingerspelling,
    sk,
    dominantSide,
    models: { left: handModel(sk, 'left'), right: handModel(sk, 'right') },
    scale: sk.body.bodyScale,
    reach: sk.body.upperArmLength + sk.body.forearmLength,
  };
}

/**
 * How the non-dominant hand relates to what is written for the dominant hand: mirrored across
 * the body's midline (x), front-back (z) or up-down (y), in directions and orientations.
 */
export interface Mirror {
  readonly x: boolean;
  readonly y: boolean;
  readonly z: boolean;
}

export const NO_MIRROR: Mirror = { x: false, y: false, z: false };
export const MIRROR_X: Mirror = { x: true, y: false, z: false };

export function applyMirror(m: Mirror, v: [number, number, number]): [number, number, number] {
  if (m.x) v[0] = -v[0];
  if (m.y) v[1] = -v[1];
  if (m.z) v[2] = -v[2];
  return v;
}
