import type { Location, MovementModifiers, Placement } from '../spec';
import {
  ARC_SYMBOLS,
  CLOCK_SYMBOLS,
  DYNAMICS_SYMBOLS,
  ELLIPSE_SYMBOLS,
  MANNER_SYMBOLS,
  PATH_SYMBOLS,
  SIZE_SYMBOLS,
  type ArcSide,
  type ClockPosition,
  type Dynamics,
  type EllipseAxis,
  type Manner,
  type MovementSize,
  type PathShape,
} from '../vocab';
import type { Cursor } from './cursor';
import { parseLocation } from './location';
import { isPlacementStart, parsePlacement } from './placement';

/** Everything that may follow a movement symbol; each movement kind keeps what applies to it. */
export interface Modifiers {
  size?: MovementSize;
  manner: Manner[];
  dynamics?: Dynamics;
  alternating: boolean;
  brushing?: Location;
  target?: Placement;
  approximate: boolean;
  arc?: ArcSide;
  path?: PathShape;
  ellipse?: EllipseAxis;
  clock: ClockPosition[];
  clockFull: boolean;
}

export function emptyModifiers(): Modifiers {
  return { manner: [], alternating: false, approximate: false, clock: [], clockFull: false };
}

type Key<T> = keyof T;

/**
 * modifiers := (SIZE | MANNER | DYNAMICS | ARC | PATH | ELLIPSE | CLOCK | "hamalternatingmotion"
 *   | "hametc" | "hamseqbegin" "hambrushing" location "hamseqend")* placement? (same again)*
 * The placement after a movement is its target (where it ends).
 */
export function parseModifiers(
  c: Cursor,
  ctx: HandContext,
  into: Modifiers = emptyModifiers(),
): Modifiers {
  for (let round = 0; round < 2; round++) {
    modifierRun(c, into);
    if (round === 0 && isPlacementStart(c) && !into.target) {
      const target = parsePlacement(c, ctx.twoHanded, true);
      if (target) into.target = ctx.hand === 'nondominant' ? forNondominant(target) : target;
    }
  }
  return into;
}

/** Which hands an action list is about: inside SplitAction.nondominant, the non-dominant hand. */
export interface HandContext {
  readonly twoHanded: boolean;
  readonly hand?: 'dominant' | 'nondominant';
}

/** A single-hand target inside the non-dominant branch of a split belongs to that hand. */
function forNondominant(p: Placement): Placement {
  if (!p.location || p.nondominant) return p;
  const { location, ...rest } = p;
  return { ...rest, nondominant: location };
}

/** Modifiers only (no target): what may follow a repetition symbol. */
export function parseModifiersOnly(c: Cursor, into: Modifiers = emptyModifiers()): Modifiers {
  modifierRun(c, into);
  return into;
}

function modifierRun(c: Cursor, m: Modifiers): void {
  for (;;) {
    const cat = c.cat();
    const s = c.peek();
    if (s === undefined) return;
    if (cat === 'size') {
      const size = SIZE_SYMBOLS[c.take() as Key<typeof SIZE_SYMBOLS>];
      // "hamsmallmod hamlargemod" style doubling is read as the later value.
      m.size = size;
    } else if (cat === 'manner') {
      const manner = MANNER_SYMBOLS[c.take() as Key<typeof MANNER_SYMBOLS>];
      if (!m.manner.includes(manner)) m.manner.push(manner);
    } else if (cat === 'dynamics')
      m.dynamics = DYNAMICS_SYMBOLS[c.take() as Key<typeof DYNAMICS_SYMBOLS>];
    else if (cat === 'arc') m.arc = ARC_SYMBOLS[c.take() as Key<typeof ARC_SYMBOLS>];
    else if (cat === 'pathModifier') m.path = PATH_SYMBOLS[c.take() as Key<typeof PATH_SYMBOLS>];
    else if (cat === 'ellipse')
      m.ellipse = ELLIPSE_SYMBOLS[c.take() as Key<typeof ELLIPSE_SYMBOLS>];
    else if (s === 'hamclockfull') {
      c.take();
      m.clockFull = true;
    } else if (cat === 'clock') m.clock.push(CLOCK_SYMBOLS[c.take() as Key<typeof CLOCK_SYMBOLS>]);
    else if (s === 'hamalternatingmotion') {
      c.take();
      m.alternating = true;
    } else if (s === 'hametc') {
      c.take();
      m.approximate = true;
    } else if (s === 'hamseqbegin' && c.is('hambrushing', 1)) {
      c.take();
      c.take();
      const at = parseLocation(c);
      if (at) m.brushing = at;
      else
        c.error(
          'missing-symbol',
          `hambrushing needs the site brushed (found ${c.peek() ?? 'the end'})`,
        );
      if (!c.accept('hamseqend'))
        c.error(
          'missing-symbol',
          `brushing group is not closed by hamseqend (found ${c.peek() ?? 'the end'})`,
        );
    } else return;
  }
}

/** The MovementModifiers fields of a spec node, from parsed modifiers. */
export function movementFields(m: Modifiers): MovementModifiers {
  return {
    manner: m.manner,
    alternating: m.alternating,
    approximate: m.approximate,
    ...(m.size !== undefined && { size: m.size }),
    ...(m.dynamics !== undefined && { dynamics: m.dynamics }),
    ...(m.brushing !== undefined && { brushing: m.brushing }),
    ...(m.target !== undefined && { target: m.target }),
  };
}
