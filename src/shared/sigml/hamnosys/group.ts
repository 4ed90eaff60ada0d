import type { Action } from '../spec';
import type { HamSymbol } from '../symbols';
import { parseActions, type ActionContext } from './action';
import type { Cursor } from './cursor';
import { movementFields, parseModifiers } from './modifiers';

/** Symbols that close a bracket; an action list stops at any of them. */
const CLOSERS: ReadonlySet<string> = new Set<HamSymbol>([
  'hamparend',
  'hamseqend',
  'hamfusionend',
  'hamaltend',
  'hammetaalt',
]);
const CLOSERS_AND_PLUS: ReadonlySet<string> = new Set([...CLOSERS, 'hamplus']);

/**
 * group := "hamseqbegin" actions "hamseqend" | "hamfusionbegin" actions "hamfusionend"
 *        | "hamparbegin" actions ("hamplus" actions)? "hamparend"
 *        | "hamaltbegin" actions ("hammetaalt" actions)* "hamaltend"
 * followed by modifiers that apply to the whole group. Call on the opening symbol.
 */
export function parseGroup(c: Cursor, ctx: ActionContext): Action {
  const start = c.pos;
  const open = c.take();
  const inner = (stop: ReadonlySet<string>, hand = ctx.hand): Action[] =>
    parseActions(c, { twoHanded: ctx.twoHanded, stop, ...(hand && { hand }) });
  if (open === 'hamaltbegin') {
    const options: Action[][] = [inner(CLOSERS)];
    while (c.accept('hammetaalt')) options.push(inner(CLOSERS));
    close(c, 'hamaltend', open);
    return { kind: 'alternatives', options, src: c.span(start) };
  }
  if (open === 'hamparbegin') {
    const first = inner(CLOSERS_AND_PLUS);
    if (c.accept('hamplus')) {
      const second = inner(CLOSERS_AND_PLUS, 'nondominant');
      while (c.is('hamplus')) {
        c.error(
          'unexpected-symbol',
          'a second hamplus in one pair (a pair has one hand on each side); the rest is added to the non-dominant hand',
        );
        c.take();
        second.push(...inner(CLOSERS_AND_PLUS, 'nondominant'));
      }
      close(c, 'hamparend', open);
      const m = movementFields(parseModifiers(c, { twoHanded: true }));
      return { kind: 'split', dominant: first, nondominant: second, ...m, src: c.span(start) };
    }
    close(c, 'hamparend', open);
    const m = movementFields(parseModifiers(c, ctx));
    return { kind: 'par', actions: first, ...m, src: c.span(start) };
  }
  const fused = open === 'hamfusionbegin';
  const actions = inner(CLOSERS);
  close(c, fused ? 'hamfusionend' : 'hamseqend', open);
  const m = movementFields(parseModifiers(c, ctx));
  return { kind: 'seq', fused, actions, ...m, src: c.span(start) };
}

/** Consumes the expected closer; a different closer is left for an enclosing group. */
function close(c: Cursor, expected: HamSymbol, open: HamSymbol): void {
  if (c.accept(expected)) return;
  c.error(
    'missing-symbol',
    `${open} is not closed by ${expected} (found ${c.peek() ?? 'the end'})`,
  );
}
