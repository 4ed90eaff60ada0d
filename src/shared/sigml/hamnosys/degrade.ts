/**
 * Degradation: a symbol the grammar does not allow where it stands is read as the nearest thing
 * motion can perform, with a warning, instead of an error that drops the whole sign (real
 * lexicons write handshape changes without hamreplace, manner marks after the movement they
 * qualify, stray closing brackets…). Only what cannot be read at all stays an error.
 */
import type { Action } from '../spec';
import { HAM_SYMBOLS, type SymbolCategory } from '../symbols';
import type { Cursor } from './cursor';
import { isConfigStart, parseConfigs } from './handconfig';

/**
 * Categories whose symbols only qualify another one (how, how much, which side of a site): out
 * of place they are left out, and the sign is performed without that nuance.
 */
const QUALIFIERS: ReadonlySet<SymbolCategory> = new Set<SymbolCategory>([
  'manner',
  'dynamics',
  'size',
  'locationModifier',
  'bendModifier',
  'thumbModifier',
  'orientationModifier',
  'side',
  'contact',
  'connector',
  'symmetry',
  'handedness',
  'alternation',
  'bracket',
  'arc',
  'ellipse',
  'clock',
  'pathModifier',
]);

/**
 * Reads the out-of-place symbol at the cursor as its nearest supported meaning and warns, or
 * returns false (nothing consumed) when there is none. A handshape or orientation among the
 * movements becomes a handshape change (an implicit hamreplace); a qualifier is left out.
 */
export function degradeUnexpected(
  c: Cursor,
  hand: 'dominant' | 'nondominant' | undefined,
): Action | boolean {
  const s = c.peek();
  if (s === undefined) return false;
  const start = c.pos;
  if (isConfigStart(c)) {
    const hands = parseConfigs(c, false);
    if (c.pos === start) return false;
    c.report(
      'warning',
      'degraded-symbol',
      `${s} (${HAM_SYMBOLS[s].category}) among the movements: read as a change of hand configuration (hamreplace ${s})`,
      c.tokens[start]?.index,
    );
    const own =
      hand === 'nondominant' && hands.dominant && !hands.nondominant
        ? { nondominant: hands.dominant }
        : hands;
    return {
      kind: 'replace',
      hands: own,
      manner: [],
      alternating: false,
      approximate: false,
      src: c.span(start),
    };
  }
  const category = HAM_SYMBOLS[s].category;
  if (!QUALIFIERS.has(category)) return false;
  c.warn(
    'degraded-symbol',
    `${s} (${category}) is not allowed here: left out, the sign is performed without it`,
  );
  c.pos++;
  return true;
}
