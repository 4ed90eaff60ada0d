import type { Action, Placement } from '../spec';
import { BODY_SITE_SYMBOLS, DIGIT_SYMBOLS, WRIST_SYMBOLS, type Digit } from '../vocab';
import { MAX_NESTING, type Cursor } from './cursor';
import { parseConfigs } from './handconfig';
import { emptyModifiers, movementFields, parseModifiers, type HandContext } from './modifiers';
import { isPlacementStart } from './placement';
import { parseRepeat } from './repeat';
import { parseGroup } from './group';
import { degradeUnexpected } from './degrade';
import { circle, modifiers, straight } from './movement';

type Key<T> = keyof T;

/** Context of an action list: whether both hands are in play and which symbols end the list. */
export interface ActionContext extends HandContext {
  readonly stop: ReadonlySet<string>;
  /** The sign's initial placement: a repetition before any movement repeats reaching it (tapping). */
  readonly initial?: Placement;
}

const ACTION_CATEGORIES = new Set([
  'straightMovement',
  'circularMovement',
  'wristMovement',
  'fingerPlay',
  'replacement',
  'noMotion',
]);

export function isActionStart(c: Cursor, k = 0): boolean {
  const s = c.peek(k);
  if (s === undefined) return false;
  if (ACTION_CATEGORIES.has(c.cat(k) ?? '') || s === 'hammovecross') return true;
  if (s === 'hamseqbegin' || s === 'hamfusionbegin' || s === 'hamparbegin' || s === 'hamaltbegin')
    return true;
  return isPlacementStart(c, k);
}

/** Nested repetitions of one action the grammar follows (consumers recurse over them). */
const MAX_REPEATS = 8;

function repeatDepth(a: Action): number {
  let depth = 0;
  for (let x = a; x.kind === 'repeat'; x = x.action) depth++;
  return depth;
}

/** actions := (action repetition*)*, until a symbol of ctx.stop or the end. */
export function parseActions(c: Cursor, ctx: ActionContext): Action[] {
  const actions: Action[] = [];
  while (!c.done && !ctx.stop.has(c.peek() ?? '')) {
    const last = actions[actions.length - 1];
    if (c.cat() === 'repetition' && last && repeatDepth(last) >= MAX_REPEATS) {
      c.skipUnexpected(`at most ${MAX_REPEATS} repetitions of one movement`);
    } else if (c.cat() === 'repetition' && last) {
      actions[actions.length - 1] = parseRepeat(c, last, ctx);
    } else if (c.cat() === 'repetition' && ctx.initial) {
      const at = { start: c.index(), end: c.index() };
      const reach: Action = {
        kind: 'moveTo',
        target: ctx.initial,
        manner: [],
        alternating: false,
        approximate: false,
        src: at,
      };
      actions.push(parseRepeat(c, reach, ctx));
    } else if (isActionStart(c)) {
      const before = c.pos;
      const action = parseAction(c, ctx);
      if (action) actions.push(action);
      if (c.pos === before) c.skipUnexpected('a movement');
    } else {
      const degraded = c.cat() === 'repetition' ? false : degradeUnexpected(c, ctx.hand);
      if (typeof degraded === 'object') actions.push(degraded);
      if (degraded !== false) continue;
      c.skipUnexpected(
        c.cat() === 'repetition'
          ? 'a movement before the repetition'
          : 'a movement, location or bracket',
      );
    }
  }
  return actions;
}

/** One action with its modifiers and target, or undefined after reporting what is wrong. */
export function parseAction(c: Cursor, ctx: ActionContext): Action | undefined {
  const start = c.pos;
  const s = c.peek();
  const cat = c.cat();
  if (s === undefined) return undefined;
  if (s === 'hamseqbegin' || s === 'hamfusionbegin' || s === 'hamparbegin' || s === 'hamaltbegin') {
    if (!(s === 'hamparbegin' && isPlacementStart(c))) {
      if (c.depth >= MAX_NESTING) {
        c.skipUnexpected(`at most ${MAX_NESTING} nested brackets`);
        return undefined;
      }
      c.depth++;
      const group = parseGroup(c, ctx);
      c.depth--;
      return group;
    }
  }
  if (cat === 'straightMovement') return straight(c, start, ctx);
  if (cat === 'circularMovement') return circle(c, start, ctx);
  if (cat === 'wristMovement') {
    const motion = WRIST_SYMBOLS[c.take() as Key<typeof WRIST_SYMBOLS>];
    const m = modifiers(c, ctx, 'wrist');
    return { kind: 'wrist', motion, ...movementFields(m), src: c.span(start) };
  }
  if (cat === 'fingerPlay') {
    c.take();
    const digits: Digit[] = [];
    while (c.cat() === 'digit' && c.cat(1) !== 'fingerPart')
      digits.push(DIGIT_SYMBOLS[c.take() as Key<typeof DIGIT_SYMBOLS>]);
    const m = modifiers(c, ctx, 'finger play');
    return { kind: 'fingerplay', digits, ...movementFields(m), src: c.span(start) };
  }
  if (cat === 'replacement') {
    c.take();
    const pre = emptyModifiers();
    if (c.cat() === 'dynamics') parseModifiers(c, ctx, pre);
    const hands = parseConfigs(c, false);
    if (!hands.dominant && !hands.nondominant && !isPlacementStart(c)) {
      c.error(
        'missing-symbol',
        `hamreplace is not followed by a handshape or orientation (found ${c.peek() ?? 'the end'})`,
      );
    }
    const m = modifiers(c, ctx, 'replacement', pre);
    // Inside the non-dominant branch of a split, a one-hand replacement is that hand's.
    const own =
      ctx.hand === 'nondominant' && hands.dominant && !hands.nondominant
        ? { nondominant: hands.dominant }
        : hands;
    return { kind: 'replace', hands: own, ...movementFields(m), src: c.span(start) };
  }
  if (cat === 'noMotion') {
    c.take();
    return { kind: 'nomotion', src: c.span(start) };
  }
  if (s === 'hammovecross') {
    c.take();
    return {
      kind: 'cross',
      ...movementFields(modifiers(c, ctx, 'cross movement')),
      src: c.span(start),
    };
  }
  if (isBodyPartMove(c)) {
    const { site } = BODY_SITE_SYMBOLS[c.take() as Key<typeof BODY_SITE_SYMBOLS>];
    const action = parseAction(c, ctx);
    if (action) return { kind: 'bodyPart', site, action, src: c.span(start) };
  }
  if (isPlacementStart(c)) {
    const m = parseModifiers(c, ctx);
    return { kind: 'moveTo', ...movementFields(m), src: c.span(start) };
  }
  return undefined;
}

/**
 * A bare head, face or torso site directly followed by a movement, where an action starts
 * ("hamseqbegin hamhead hamtwisting hamseqend"): that body part moves (HamNoSys non-manual
 * movement), not the hand to the site.
 */
function isBodyPartMove(c: Cursor): boolean {
  const cat = c.cat();
  if (cat !== 'headSite' && cat !== 'faceSite' && cat !== 'torsoSite') return false;
  const next = c.cat(1);
  return next === 'straightMovement' || next === 'circularMovement' || next === 'wristMovement';
}
