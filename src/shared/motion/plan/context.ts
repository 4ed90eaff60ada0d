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
  /** How this signer signs: size of movements and where their signing space sits. */
  readonly style: SigningStyle;
  /** Movement sizes (straight, circle, wave, cross, shifts): body scale × style.movementScale. */
  readonly moveScale: number;
}

/**
 * Per-signer variation of the signing space (the synthetic corpus draws one per signer; the app
 * signs with NEUTRAL_STYLE). Offsets are adult metres, scaled by the body like every distance.
 */
export interface SigningStyle {
  /** Movement sizes against the lexicon's: 0.8 signs small, 1.2 signs big. */
  readonly movementScale: number;
  /** Neutral and fingerspelling space moved up (+) or down, adult metres. */
  readonly spaceLift: number;
  /** … and forward (+, away from the chest) or back, adult metres. */
  readonly spaceForward: number;
}

export const NEUTRAL_STYLE: SigningStyle = { movementScale: 1, spaceLift: 0, spaceForward: 0 };

export function makeContext(
  sk: Skeleton,
  dominantSide: Side = 'right',
  fingerspelling = false,
  style: SigningStyle = NEUTRAL_STYLE,
): CompileContext {
  return {
    fingerspelling,
    style,
    moveScale: sk.body.bodyScale * style.movementScale,
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
