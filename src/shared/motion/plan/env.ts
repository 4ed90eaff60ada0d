import type { Action, Dynamics, Manner, MovementModifiers, MovementSize } from '../../sigml/spec';
import type { Vec3 } from '../math';
import type { TrackBuilder } from './builder';

/**
 * What a hand does with the written actions:
 * - dom: the dominant hand performs them;
 * - sym: the non-dominant hand of a symmetric sign performs them, mirrored as the symmetry says;
 * - base: the non-dominant hand of an asymmetric sign, which only does what is written for it;
 * - own: the non-dominant hand performing its own branch of a split (values filed under it).
 */
export type Role = 'dom' | 'sym' | 'base' | 'own';

/** Modifiers inherited from enclosing groups; the movement's own take precedence. */
export interface Mods {
  readonly size?: MovementSize;
  readonly manner: readonly Manner[];
  readonly dynamics?: Dynamics;
  /** Duration factor of fused sequences. */
  readonly tempo: number;
}

export const NO_MODS: Mods = { manner: [], tempo: 1 };

/** Receives movements of body parts ("hamhead hamnodding") for the non-manual channels. */
export interface BodyPartSink {
  bodyPart(site: string, action: Action, t0: number, t1: number): void;
}

export interface CompileEnv {
  readonly role: Role;
  readonly symmetric: boolean;
  readonly nonIpsi: boolean;
  readonly sink: BodyPartSink | null;
}

export function merge(
  mods: Mods,
  m: Partial<MovementModifiers> & { manner?: readonly Manner[] },
): Mods {
  return {
    size: m.size ?? mods.size,
    manner: m.manner && m.manner.length ? [...mods.manner, ...m.manner] : mods.manner,
    dynamics: m.dynamics ?? mods.dynamics,
    tempo: mods.tempo,
  };
}

export function scaled(v: Vec3, s: number): Vec3 {
  return [v[0] * s, v[1] * s, v[2] * s];
}

/** Compiles one action onto a builder (passed down so the combinators need no import cycle). */
export type CompileFn = (b: TrackBuilder, a: Action, mods: Mods, env: CompileEnv) => void;
