import type { Placement } from '../../sigml/spec';
import type { TrackBuilder } from './builder';
import type { CompileEnv } from './env';
import { locationAnchor, withContact, type LocationContext } from './location';
import type { Anchor, Posture } from './types';

/** The posture a target placement puts this hand in (its shape and orientation kept). */
export function targetPosture(b: TrackBuilder, target: Placement, env: CompileEnv): Posture | null {
  const anchor = targetAnchor(b, target, env);
  return anchor ? b.posture(b.state, anchor) : null;
}

export function targetAnchor(b: TrackBuilder, target: Placement, env: CompileEnv): Anchor | null {
  const lc: LocationContext = {
    side: b.side,
    mirrored: env.role === 'sym',
    nonIpsi: env.nonIpsi,
    symmetricPair: env.symmetric && env.role !== 'own',
    other: b.other?.current ?? null,
  };
  const loc =
    env.role === 'dom'
      ? target.location
      : (target.nondominant ?? (env.role === 'sym' ? target.location : undefined));
  if (target.constellation && env.role === 'dom') {
    const c = target.constellation;
    return locationAnchor(
      b.ctx,
      {
        kind: 'hand',
        site: c.nondominantSite ?? { handPart: 'palm', digits: [], src: c.src },
        ...(c.dominantSite ? { contactBy: c.dominantSite } : {}),
        ...(c.contact ? { contact: c.contact } : {}),
        armExtended: false,
        behind: false,
        approximate: false,
        src: c.src,
      },
      b.state,
      lc,
    );
  }
  if (loc) {
    const a = locationAnchor(b.ctx, loc, b.state, lc);
    return target.contact && !loc.contact ? withContact(b.ctx, a, target.contact) : a;
  }
  if (target.contact) return withContact(b.ctx, b.current.anchor, target.contact);
  return null;
}
