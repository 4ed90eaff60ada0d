import type { Action, Location, ManualSpec, Placement } from '../spec';

/** Both hands take part: symmetry, a hand pair, a constellation, or the other hand/arm as a site. */
export function isTwoHanded(spec: ManualSpec): boolean {
  return (
    spec.symmetry !== undefined ||
    spec.hands.nondominant !== undefined ||
    placementUsesBoth(spec.placement) ||
    spec.actions.some(actionUsesBoth)
  );
}

function locationUsesBoth(location: Location | undefined): boolean {
  if (!location) return false;
  return location.kind === 'hand' || location.kind === 'arm' || locationUsesBoth(location.between);
}

function placementUsesBoth(p: Placement | undefined): boolean {
  if (!p) return false;
  return (
    p.nondominant !== undefined || p.constellation !== undefined || locationUsesBoth(p.location)
  );
}

function actionUsesBoth(a: Action): boolean {
  switch (a.kind) {
    case 'split':
      return true;
    case 'replace':
      return a.hands.nondominant !== undefined || placementUsesBoth(a.target);
    case 'seq':
    case 'par':
      return a.actions.some(actionUsesBoth) || placementUsesBoth(a.target);
    case 'repeat':
      return actionUsesBoth(a.action);
    case 'alternatives':
      return a.options.some((o) => o.some(actionUsesBoth));
    case 'bodyPart':
      return false;
    case 'nomotion':
      return false;
    default:
      return placementUsesBoth(a.target);
  }
}
