import type { FingerDirection, PalmOrientation } from '../spec';
import {
  combineDirections,
  EXT_FINGER_SYMBOLS,
  PALM_SYMBOLS,
  type Direction26,
  type PalmDirection,
} from '../vocab';
import type { Cursor } from './cursor';

type ExtSymbol = keyof typeof EXT_FINGER_SYMBOLS;

/** One direction: an arrow, or two adjacent arrows that combine into a space diagonal. */
function direction(c: Cursor): { dir: Direction26; relative: boolean } {
  const first = EXT_FINGER_SYMBOLS[c.take() as ExtSymbol];
  let relative = c.accept('hamorirelative');
  let dir: Direction26 = first;
  if (c.cat() === 'extendedFinger') {
    const combined = combineDirections(first, EXT_FINGER_SYMBOLS[c.peek() as ExtSymbol]);
    if (combined !== undefined) {
      c.take();
      dir = combined;
      relative = c.accept('hamorirelative') || relative;
    }
  }
  return { dir, relative };
}

/**
 * extFinger := direction "hamorirelative"? "hametc"? ("hambetween" direction)?
 * Call with the cursor on an extended-finger symbol.
 */
export function parseFingerDirection(c: Cursor): FingerDirection {
  const start = c.pos;
  const first = direction(c);
  let approximate = c.accept('hametc');
  let between: Direction26 | undefined;
  let relative = first.relative;
  if (c.is('hambetween') && c.cat(1) === 'extendedFinger') {
    c.take();
    const second = direction(c);
    between = second.dir;
    relative ||= second.relative;
    approximate = c.accept('hametc') || approximate;
  }
  const node: FingerDirection = { dir: first.dir, relative, approximate, src: c.span(start) };
  return between === undefined ? node : { ...node, between };
}

/** palm := PALM "hamorirelative"? "hametc"? ("hambetween" PALM "hamorirelative"?)? */
export function parsePalm(c: Cursor): PalmOrientation {
  const start = c.pos;
  const dir: PalmDirection = PALM_SYMBOLS[c.take() as keyof typeof PALM_SYMBOLS];
  let relative = c.accept('hamorirelative');
  let approximate = c.accept('hametc');
  let between: PalmDirection | undefined;
  if (c.is('hambetween') && c.cat(1) === 'palm') {
    c.take();
    between = PALM_SYMBOLS[c.take() as keyof typeof PALM_SYMBOLS];
    relative = c.accept('hamorirelative') || relative;
    approximate = c.accept('hametc') || approximate;
  }
  const node: PalmOrientation = { dir, relative, approximate, src: c.span(start) };
  return between === undefined ? node : { ...node, between };
}
