import type { HamSymbol } from '../symbols';
import {
  ARC_SYMBOLS,
  ARM_SITE_SYMBOLS,
  BENDING_SYMBOLS,
  BODY_SITE_SYMBOLS,
  CIRCLE_SYMBOLS,
  CLOCK_SYMBOLS,
  CONTACT_SYMBOLS,
  DIGIT_SYMBOLS,
  DYNAMICS_SYMBOLS,
  ELLIPSE_SYMBOLS,
  EXT_FINGER_SYMBOLS,
  FINGER_PART_SYMBOLS,
  HAND_PART_SYMBOLS,
  HANDSHAPE_SYMBOLS,
  MANNER_SYMBOLS,
  MOVE_SYMBOLS,
  PALM_SYMBOLS,
  PATH_SYMBOLS,
  REPEAT_SYMBOLS,
  SIDE_SYMBOLS,
  SIZE_SYMBOLS,
  THUMB_SYMBOLS,
  WRIST_SYMBOLS,
} from '../vocab';
import { invalidValue } from '../../errors/invalid';

/** Value → symbol, the inverse of a vocabulary table (values are unique in each table). */
function invert<V extends string | number>(
  table: Readonly<Record<string, V>>,
): ReadonlyMap<V, HamSymbol> {
  return new Map(Object.entries(table).map(([symbol, value]) => [value, symbol as HamSymbol]));
}

export const SYMBOL_OF = {
  handshape: invert(HANDSHAPE_SYMBOLS),
  thumb: invert(THUMB_SYMBOLS),
  bending: invert(BENDING_SYMBOLS),
  digit: invert(DIGIT_SYMBOLS),
  fingerPart: invert(FINGER_PART_SYMBOLS),
  handPart: invert(HAND_PART_SYMBOLS),
  extFinger: invert(EXT_FINGER_SYMBOLS),
  palm: invert(PALM_SYMBOLS),
  move: invert(MOVE_SYMBOLS),
  circle: invert(CIRCLE_SYMBOLS),
  bodySite: new Map(Object.entries(BODY_SITE_SYMBOLS).map(([s, v]) => [v.site, s as HamSymbol])),
  armSite: invert(ARM_SITE_SYMBOLS),
  side: invert(SIDE_SYMBOLS),
  contact: invert(CONTACT_SYMBOLS),
  arc: invert(ARC_SYMBOLS),
  ellipse: invert(ELLIPSE_SYMBOLS),
  clock: invert(CLOCK_SYMBOLS),
  path: invert(PATH_SYMBOLS),
  wrist: invert(WRIST_SYMBOLS),
  size: invert(SIZE_SYMBOLS),
  manner: invert(MANNER_SYMBOLS),
  dynamics: invert(DYNAMICS_SYMBOLS),
  repeat: invert(REPEAT_SYMBOLS),
} as const;

/**
 * Looks a value up in an inverse table. A value outside the vocabulary means the SignSpec broke
 * its own types (e.g. built from unchecked JSON): that is a programming error, so it throws.
 */
export function sym<V>(table: ReadonlyMap<V, HamSymbol>, value: V, what: string): HamSymbol {
  const s = table.get(value);
  if (s === undefined) {
    throw invalidValue(`SignSpec ${what}`, String(value), table.keys(), 'has no HamNoSys symbol');
  }
  return s;
}
