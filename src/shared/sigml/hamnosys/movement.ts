import type { CircleMove, StraightMove } from '../spec';
import { CIRCLE_SYMBOLS, MOVE_SYMBOLS, type Direction26 } from '../vocab';
import type { ActionContext } from './action';
import type { Cursor } from './cursor';
import { movementFields, parseModifiers, type Modifiers } from './modifiers';

type Key<T> = keyof T;

/** Reads modifiers and warns about the ones that do not apply to this kind of movement. */
export function modifiers(
  c: Cursor,
  ctx: ActionContext,
  what: string,
  into?: Modifiers,
): Modifiers {
  const start = c.pos;
  const m = parseModifiers(c, ctx, into);
  const misplaced = [
    m.arc && 'arc',
    m.path && 'wavy/zigzag',
    m.ellipse && 'ellipse',
    m.clock.length > 0 && 'clock',
  ]
    .filter(Boolean)
    .join(', ');
  if (misplaced)
    c.report(
      'warning',
      'unexpected-symbol',
      `${misplaced} does not apply to a ${what}; ignored`,
      c.tokens[start]?.index,
    );
  return m;
}

function direction18<T extends Record<string, string>>(
  c: Cursor,
  table: T,
  category: string,
): { dir: Direction26; between?: Direction26 } {
  const dir = table[c.take() as Key<T>] as Direction26;
  if (c.is('hambetween') && c.cat(1) === category) {
    c.take();
    return { dir, between: table[c.take() as Key<T>] as Direction26 };
  }
  return { dir };
}

export function straight(c: Cursor, start: number, ctx: ActionContext): StraightMove {
  let d = direction18(c, MOVE_SYMBOLS, 'straightMovement');
  const m = parseModifiers(c, ctx);
  if (d.between === undefined && c.is('hambetween') && c.cat(1) === 'straightMovement') {
    // "hammoveu hamsmallmod hambetween hammoveur hamsmallmod": between written after the modifiers.
    c.take();
    d = { dir: d.dir, between: MOVE_SYMBOLS[c.take() as Key<typeof MOVE_SYMBOLS>] };
    parseModifiers(c, ctx, m);
  }
  if (m.clock.length > 0 || m.clockFull)
    c.warn('unexpected-symbol', 'clock positions do not apply to a straight movement; ignored', -1);
  return {
    kind: 'straight',
    ...d,
    ...movementFields(m),
    ...(m.arc !== undefined && { arc: m.arc }),
    ...(m.path !== undefined && { path: m.path }),
    ...(m.ellipse !== undefined && { ellipse: m.ellipse }),
    src: c.span(start),
  };
}

export function circle(c: Cursor, start: number, ctx: ActionContext): CircleMove {
  const d = direction18(c, CIRCLE_SYMBOLS, 'circularMovement');
  const m = parseModifiers(c, ctx);
  if (m.arc !== undefined)
    c.warn('unexpected-symbol', 'an arc does not apply to a circle; ignored', -1);
  if (m.clock.length > 2)
    c.warn(
      'unexpected-symbol',
      `a circle has a start and an end clock position, not ${m.clock.length}; the first two are used`,
      -1,
    );
  const [clockStart, clockEnd] = m.clock;
  return {
    kind: 'circle',
    axis: d.dir,
    ...(d.between !== undefined && { between: d.between }),
    ...movementFields(m),
    full: m.clockFull,
    ...(clockStart !== undefined && { start: clockStart }),
    ...(clockEnd !== undefined && { end: clockEnd }),
    ...(m.ellipse !== undefined && { ellipse: m.ellipse }),
    ...(m.path !== undefined && { path: m.path }),
    src: c.span(start),
  };
}
