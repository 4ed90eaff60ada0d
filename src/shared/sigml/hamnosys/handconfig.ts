import type { HandConfig, PerHand, Span } from '../spec';
import { MAX_NESTING, type Cursor } from './cursor';
import { parseHandshape } from './handshape';
import type { Mutable } from './mutable';
import { parseFingerDirection, parsePalm } from './orientation';

/** True when the symbol at pos + k can start a (partial) hand configuration. */
export function isConfigStart(c: Cursor, k = 0): boolean {
  // Iterative lookahead: a pathological run of symbols must not exhaust the stack.
  // Lookahead is bounded too, so that it stays linear overall.
  let i = k;
  if (c.is('hamnomotion', i) && c.is('hamplus', i + 1)) i += 2;
  while (c.is('hamaltbegin', i) && i - k < MAX_NESTING) i++;
  const cat = c.cat(i);
  return (
    cat === 'handshape' ||
    cat === 'extendedFinger' ||
    cat === 'palm' ||
    (c.is('hamnondominant', i) && c.is('hametc', i + 1))
  );
}

function emptyConfig(start: number, c: Cursor): Mutable<HandConfig> {
  return { shapeUnspecified: false, alternatives: [], src: c.span(start) };
}

/**
 * partial := (alternatives | "hamnondominant hametc" | handshape)? extFinger? palm?, each part
 * at most once; alternatives (hamaltbegin … hammetaalt … hamaltend) may stand for any part.
 * Returns undefined when nothing at the cursor belongs to a hand configuration.
 */
export function parsePartialConfig(c: Cursor): HandConfig | undefined {
  const start = c.pos;
  const config = emptyConfig(start, c);
  let any = false;
  for (;;) {
    const nothingYet =
      !config.handshape && !config.extFinger && !config.palm && !config.shapeUnspecified;
    if (c.is('hamaltbegin') && isConfigStart(c, 1) && c.depth < MAX_NESTING) {
      c.depth++;
      const options = parseAlternatives(c);
      c.depth--;
      const [first, ...rest] = options;
      if (first) mergeInto(config, first);
      config.alternatives = [...config.alternatives, ...rest];
    } else if (nothingYet && c.is('hamnondominant') && c.is('hametc', 1)) {
      c.take();
      c.take();
      config.shapeUnspecified = true;
    } else if (nothingYet && c.cat() === 'handshape') {
      config.handshape = parseHandshape(c);
    } else if (!config.extFinger && !config.palm && c.cat() === 'extendedFinger') {
      config.extFinger = parseFingerDirection(c);
    } else if (!config.palm && c.cat() === 'palm') {
      config.palm = parsePalm(c);
    } else break;
    any = true;
  }
  if (!any) return undefined;
  config.src = c.span(start);
  return config;
}

/** hamaltbegin partial (hammetaalt partial)* hamaltend */
function parseAlternatives(c: Cursor): HandConfig[] {
  c.take();
  const options: HandConfig[] = [];
  for (;;) {
    const option = parsePartialConfig(c);
    if (option) options.push(option);
    else
      c.error(
        'missing-symbol',
        `alternative has no hand configuration (found ${c.peek() ?? 'the end'})`,
      );
    if (c.accept('hammetaalt')) continue;
    if (!c.accept('hamaltend'))
      c.error(
        'missing-symbol',
        `hamaltbegin is not closed by hamaltend (found ${c.peek() ?? 'the end'})`,
      );
    return options;
  }
}

/** Fills the parts of `into` that are still empty from `from`. */
function mergeInto(into: Mutable<HandConfig>, from: HandConfig): Mutable<HandConfig> {
  if (from.handshape && !into.handshape) into.handshape = from.handshape;
  if (from.extFinger && !into.extFinger) into.extFinger = from.extFinger;
  if (from.palm && !into.palm) into.palm = from.palm;
  if (from.shapeUnspecified) into.shapeUnspecified = true;
  return into;
}

/** Widens a node's span to include `span`. */
function cover(node: Mutable<HandConfig>, span: Span): void {
  node.src = { start: Math.min(node.src.start, span.start), end: Math.max(node.src.end, span.end) };
}

/**
 * configs := (partial | "hamparbegin" partial "hamplus" partial "hamparend")*
 * The dominant hand's parts come before hamplus, the non-dominant hand's after it. Without
 * symmetry, parts written once outside a pair are copied to the non-dominant hand.
 */
export function parseConfigs(c: Cursor, symmetric: boolean): PerHand<HandConfig> {
  let dominant: Mutable<HandConfig> | undefined;
  let nondominant: Mutable<HandConfig> | undefined;
  const shared: HandConfig[] = [];
  for (;;) {
    if (c.is('hamparbegin') && isConfigStart(c, 1)) {
      const start = c.pos;
      c.take();
      // hamnomotion in a hand's slot (inside a replacement): that hand does not change.
      const left = c.accept('hamnomotion') ? undefined : parsePartialConfig(c);
      let right: HandConfig | undefined;
      if (c.accept('hamplus')) right = c.accept('hamnomotion') ? undefined : parsePartialConfig(c);
      else c.warn('missing-symbol', 'hand pair without hamplus: read as the dominant hand only');
      if (!c.accept('hamparend'))
        c.error(
          'missing-symbol',
          `hand pair is not closed by hamparend (found ${c.peek() ?? 'the end'})`,
        );
      const pair = c.span(start);
      if (left) cover(mergeInto((dominant ??= emptyConfig(start, c)), left), pair);
      if (right) cover(mergeInto((nondominant ??= emptyConfig(start, c)), right), pair);
    } else if (isConfigStart(c) && fits(c, dominant)) {
      const part = parsePartialConfig(c);
      if (!part) break;
      if (dominant) cover(mergeInto(dominant, part), part.src);
      else dominant = { ...part, alternatives: [...part.alternatives] };
      shared.push(part);
    } else break;
  }
  if (nondominant && !symmetric) for (const part of shared) mergeInto(nondominant, part);
  return { ...(dominant && { dominant }), ...(nondominant && { nondominant }) };
}

/** A partial configuration may only fill parts the dominant hand does not have yet. */
function fits(c: Cursor, config: HandConfig | undefined): boolean {
  if (!config) return true;
  const cat = c.cat();
  if (cat === 'handshape' || c.is('hamnondominant'))
    return !config.handshape && !config.shapeUnspecified;
  if (cat === 'extendedFinger') return !config.extFinger;
  if (cat === 'palm') return !config.palm;
  return true;
}
