import type { Action, RepeatAction } from '../spec';
import {
  MOVE_SYMBOLS,
  REPEAT_SYMBOLS,
  SIZE_SYMBOLS,
  type Direction26,
  type MovementSize,
  type RepeatKind,
} from '../vocab';
import type { ActionContext } from './action';
import type { Cursor } from './cursor';
import { parseModifiersOnly } from './modifiers';
import type { Mutable } from './mutable';

type Key<T> = keyof T;

/**
 * repetition := REPEAT REPEAT? shift? modifiers, applied to the action before it.
 * shift := MOVE SIZE? when nothing but the end of the action list follows: each repetition is
 * displaced in that direction (otherwise the arrow is a movement of its own).
 */
export function parseRepeat(c: Cursor, action: Action, ctx: ActionContext): RepeatAction {
  const startIndex = action.src.start;
  const repeat: RepeatKind = REPEAT_SYMBOLS[c.take() as Key<typeof REPEAT_SYMBOLS>];
  const node: Mutable<RepeatAction> = {
    kind: 'repeat',
    action,
    repeat,
    alternating: false,
    manner: [],
    approximate: false,
    src: action.src,
  };
  if (c.cat() === 'repetition') node.then = REPEAT_SYMBOLS[c.take() as Key<typeof REPEAT_SYMBOLS>];
  const m = parseModifiersOnly(c);
  if (c.cat() === 'straightMovement' && endsAfterShift(c, ctx)) {
    const dir: Direction26 = MOVE_SYMBOLS[c.take() as Key<typeof MOVE_SYMBOLS>];
    const size: MovementSize | undefined =
      c.cat() === 'size' ? SIZE_SYMBOLS[c.take() as Key<typeof SIZE_SYMBOLS>] : undefined;
    node.shift = size === undefined ? { dir } : { dir, size };
    parseModifiersOnly(c, m);
  }
  if (m.brushing || m.arc || m.path || m.clock.length > 0) {
    c.warn(
      'unexpected-symbol',
      'a brushing, arc, path or clock after a repetition applies to nothing; ignored',
      -1,
    );
  }
  node.alternating = m.alternating;
  node.manner = m.manner;
  node.approximate = m.approximate;
  if (m.size !== undefined) node.size = m.size;
  if (m.dynamics !== undefined) node.dynamics = m.dynamics;
  const end = c.tokens[c.pos - 1]?.index ?? startIndex;
  node.src = { start: startIndex, end: end + 1 };
  return node;
}

function endsAfterShift(c: Cursor, ctx: ActionContext): boolean {
  const k = c.cat(1) === 'size' ? 2 : 1;
  const after = c.peek(k);
  return after === undefined || ctx.stop.has(after) || c.cat(k) === 'repetition';
}
