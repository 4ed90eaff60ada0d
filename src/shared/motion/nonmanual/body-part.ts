import type { Action } from '../../sigml/spec';
import { DEG } from '../math';
import type { NmEffect } from './effects';
import { headEffect } from './tiers';

const TURN = 18 * DEG;
const NOD = 10 * DEG;
const RAISE = 12 * DEG;
const BODY_TILT = 8 * DEG;

const HEAD_SITES = new Set([
  'head',
  'headtop',
  'forehead',
  'eyebrows',
  'eyes',
  'nose',
  'nostrils',
  'ear',
  'earlobe',
  'cheek',
  'lips',
  'tongue',
  'teeth',
  'chin',
  'underchin',
  'neck',
]);
const SHOULDER_SITES = new Set(['shoulders', 'shouldertop']);

/** The innermost movement of an action (through repetitions and groups) and its repeat count. */
function core(a: Action): { a: Action; times: number } {
  switch (a.kind) {
    case 'repeat': {
      const c = core(a.action);
      const several = a.repeat === 'fromStartSeveral' || a.repeat === 'continueSeveral';
      return { a: c.a, times: c.times * (several ? 3 : 2) };
    }
    case 'seq':
    case 'par':
      return a.actions[0] ? core(a.actions[0]) : { a, times: 1 };
    default:
      return { a, times: 1 };
  }
}

/**
 * A movement written for a body part ("hamhead hamnodding", "hamshoulders hammoveu") as
 * non-manual effects over [t0, t1].
 */
export function bodyPartEffects(site: string, action: Action, t0: number, t1: number): NmEffect[] {
  const { a, times } = core(action);
  const dir = a.kind === 'straight' ? a.dir : a.kind === 'circle' ? a.axis : '';
  const has = (c: string): boolean => dir.includes(c);
  if (HEAD_SITES.has(site)) {
    if (a.kind === 'wrist') {
      const shake = a.motion === 'swinging' || a.motion === 'twisting';
      return [
        headEffect(t0, t1, {
          oscillation: shake ? 'shake' : 'nod',
          amp: shake ? TURN * 0.7 : NOD,
          cycles: 2 * times,
        }),
      ];
    }
    if (a.kind === 'circle')
      return [headEffect(t0, t1, { oscillation: 'circle', amp: NOD, cycles: times })];
    if (a.kind === 'straight') {
      return [
        headEffect(t0, t1, {
          pitch: (has('d') ? NOD : 0) - (has('u') ? NOD : 0),
          yaw: (has('l') ? TURN : 0) - (has('r') ? TURN : 0),
          push: (has('o') ? 1 : 0) - (has('i') ? 1 : 0),
          ...(times > 1
            ? { oscillation: has('u') || has('d') ? 'nod' : 'shake', amp: NOD, cycles: times }
            : {}),
        }),
      ];
    }
    return [headEffect(t0, t1, { oscillation: 'nod', amp: NOD, cycles: 1 })];
  }
  if (SHOULDER_SITES.has(site)) {
    return [
      {
        kind: 'shoulder',
        t0,
        t1,
        sides: ['left', 'right'],
        raise: has('u') || !has('o') ? RAISE : 0,
        forward: has('o') ? RAISE : 0,
        shrugCycles: times > 1 ? times : 0,
      },
    ];
  }
  return [
    {
      kind: 'body',
      t0,
      t1,
      pitch: (has('o') || has('d') ? BODY_TILT : 0) - (has('i') || has('u') ? BODY_TILT : 0),
      yaw: 0,
      roll: (has('r') ? BODY_TILT : 0) - (has('l') ? BODY_TILT : 0),
      oscillation: 'none',
      amp: 0,
      cycles: 0,
    },
  ];
}
