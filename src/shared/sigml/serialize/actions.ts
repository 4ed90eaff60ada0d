import type { Action, MovementModifiers, Placement } from '../spec';
import type { HamSymbol } from '../symbols';
import type { ClockPosition } from '../vocab';
import { handsSymbols } from './hand';
import { locationSymbols, placementSymbols } from './place';
import { SYMBOL_OF, sym } from './reverse';

type Hand = 'dominant' | 'nondominant';

interface Extras {
  readonly arc?: HamSymbol;
  readonly path?: HamSymbol;
  readonly ellipse?: HamSymbol;
  readonly clock?: readonly HamSymbol[];
}

function modifierSymbols(m: MovementModifiers, hand: Hand, extras: Extras = {}): HamSymbol[] {
  const out: HamSymbol[] = [];
  if (m.size !== undefined) out.push(sym(SYMBOL_OF.size, m.size, 'size'));
  for (const manner of m.manner) out.push(sym(SYMBOL_OF.manner, manner, 'manner'));
  if (m.dynamics !== undefined) out.push(sym(SYMBOL_OF.dynamics, m.dynamics, 'dynamics'));
  if (extras.arc) out.push(extras.arc);
  if (extras.path) out.push(extras.path);
  if (extras.ellipse) out.push(extras.ellipse);
  if (extras.clock) out.push(...extras.clock);
  if (m.alternating) out.push('hamalternatingmotion');
  if (m.approximate) out.push('hametc');
  if (m.brushing)
    out.push('hamseqbegin', 'hambrushing', ...locationSymbols(m.brushing), 'hamseqend');
  if (m.target)
    out.push(...placementSymbols(hand === 'nondominant' ? asDominant(m.target) : m.target));
  return out;
}

/** The parser files a target inside a non-dominant branch under `nondominant`; undo that. */
function asDominant(p: Placement): Placement {
  if (p.location || !p.nondominant) return p;
  const { nondominant, ...rest } = p;
  return { ...rest, location: nondominant };
}

const clock = (c: ClockPosition): HamSymbol => sym(SYMBOL_OF.clock, c, 'clock position');

/**
 * Symbols of an action list. `initial` is the sign's initial placement: a repetition of reaching
 * it (tapping) is written as the repetition symbol alone.
 */
export function actionsSymbols(
  actions: readonly Action[],
  hand: Hand,
  initial?: Placement,
): HamSymbol[] {
  return actions.flatMap((a, i) => actionSymbols(a, hand, i === 0 ? initial : undefined));
}

function actionSymbols(a: Action, hand: Hand, initial: Placement | undefined): HamSymbol[] {
  switch (a.kind) {
    case 'straight': {
      const out: HamSymbol[] = [sym(SYMBOL_OF.move, a.dir, 'movement direction')];
      if (a.between !== undefined)
        out.push('hambetween', sym(SYMBOL_OF.move, a.between, 'movement direction'));
      const extras: Extras = {
        ...(a.arc !== undefined && { arc: sym(SYMBOL_OF.arc, a.arc, 'arc') }),
        ...(a.path !== undefined && { path: sym(SYMBOL_OF.path, a.path, 'path') }),
        ...(a.ellipse !== undefined && { ellipse: sym(SYMBOL_OF.ellipse, a.ellipse, 'ellipse') }),
      };
      return [...out, ...modifierSymbols(a, hand, extras)];
    }
    case 'circle': {
      const out: HamSymbol[] = [sym(SYMBOL_OF.circle, a.axis, 'circle axis')];
      if (a.between !== undefined)
        out.push('hambetween', sym(SYMBOL_OF.circle, a.between, 'circle axis'));
      const clocks = [a.start, a.end].filter((c) => c !== undefined).map(clock);
      if (a.full) clocks.push('hamclockfull');
      const extras: Extras = {
        clock: clocks,
        ...(a.path !== undefined && { path: sym(SYMBOL_OF.path, a.path, 'path') }),
        ...(a.ellipse !== undefined && { ellipse: sym(SYMBOL_OF.ellipse, a.ellipse, 'ellipse') }),
      };
      return [...out, ...modifierSymbols(a, hand, extras)];
    }
    case 'wrist':
      return [sym(SYMBOL_OF.wrist, a.motion, 'wrist motion'), ...modifierSymbols(a, hand)];
    case 'fingerplay':
      return [
        'hamfingerplay',
        ...a.digits.map((d) => sym(SYMBOL_OF.digit, d, 'digit')),
        ...modifierSymbols(a, hand),
      ];
    case 'replace': {
      const own = hand === 'nondominant' && a.hands.nondominant && !a.hands.dominant;
      const configs = own
        ? handsSymbols(a.hands.nondominant, undefined)
        : handsSymbols(a.hands.dominant, a.hands.nondominant);
      const dynamics: HamSymbol[] =
        a.dynamics !== undefined ? [sym(SYMBOL_OF.dynamics, a.dynamics, 'dynamics')] : [];
      const { dynamics: _, ...rest } = a;
      return ['hamreplace', ...dynamics, ...configs, ...modifierSymbols(rest, hand)];
    }
    case 'moveTo':
      return modifierSymbols(a, hand);
    case 'nomotion':
      return ['hamnomotion'];
    case 'cross':
      return ['hammovecross', ...modifierSymbols(a, hand)];
    case 'seq': {
      const [open, close]: [HamSymbol, HamSymbol] = a.fused
        ? ['hamfusionbegin', 'hamfusionend']
        : ['hamseqbegin', 'hamseqend'];
      return [open, ...actionsSymbols(a.actions, hand), close, ...modifierSymbols(a, hand)];
    }
    case 'par':
      return [
        'hamparbegin',
        ...actionsSymbols(a.actions, hand),
        'hamparend',
        ...modifierSymbols(a, hand),
      ];
    case 'split':
      return [
        'hamparbegin',
        ...actionsSymbols(a.dominant, 'dominant'),
        'hamplus',
        ...actionsSymbols(a.nondominant, 'nondominant'),
        'hamparend',
        ...modifierSymbols(a, hand),
      ];
    case 'repeat': {
      const tapping =
        initial !== undefined && a.action.kind === 'moveTo' && a.action.target === initial;
      const out: HamSymbol[] = tapping ? [] : actionSymbols(a.action, hand, initial);
      out.push(sym(SYMBOL_OF.repeat, a.repeat, 'repetition'));
      if (a.then !== undefined) out.push(sym(SYMBOL_OF.repeat, a.then, 'repetition'));
      if (a.size !== undefined) out.push(sym(SYMBOL_OF.size, a.size, 'size'));
      for (const manner of a.manner) out.push(sym(SYMBOL_OF.manner, manner, 'manner'));
      if (a.dynamics !== undefined) out.push(sym(SYMBOL_OF.dynamics, a.dynamics, 'dynamics'));
      if (a.alternating) out.push('hamalternatingmotion');
      if (a.approximate) out.push('hametc');
      if (a.shift) {
        out.push(sym(SYMBOL_OF.move, a.shift.dir, 'movement direction'));
        if (a.shift.size !== undefined) out.push(sym(SYMBOL_OF.size, a.shift.size, 'size'));
      }
      return out;
    }
    case 'alternatives': {
      const out: HamSymbol[] = ['hamaltbegin'];
      a.options.forEach((o, i) => {
        if (i > 0) out.push('hammetaalt');
        out.push(...actionsSymbols(o, hand));
      });
      out.push('hamaltend');
      return out;
    }
    case 'bodyPart': {
      const site =
        SYMBOL_OF.armSite.get(a.site as never) ??
        sym(SYMBOL_OF.bodySite, a.site as never, 'body site');
      return [site, ...actionSymbols(a.action, hand, undefined)];
    }
  }
}
