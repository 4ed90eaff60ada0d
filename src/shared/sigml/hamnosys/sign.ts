import type { Action, HandConfig, ManualSpec, Placement, Symmetry } from '../spec';
import { parseActions } from './action';
import { Cursor, type GrammarReport, type ManualToken } from './cursor';
import { isConfigStart, parseConfigs, parsePartialConfig } from './handconfig';
import type { Mutable } from './mutable';
import { parsePlacement } from './placement';
import { isTwoHanded } from './two-handed';

const TOP_STOP: ReadonlySet<string> = new Set(['hamplus']);

/**
 * sign := part ("hamplus" part)*      (parts of a compound sign, performed in order)
 * part := "hamnondominant"? symmetry? "hammime"? configs placement? actions
 * `tokens` are the known symbols with their index in `symbols`, the names of all children of
 * <hamnosys_manual> (unknown ones included, so that indices stay those of the document).
 * Returns the parts; every problem is reported, nothing throws.
 */
export function parseManual(
  tokens: readonly ManualToken[],
  symbols: readonly string[],
  report: GrammarReport,
): ManualSpec[] {
  const c = new Cursor(tokens, symbols.length, report);
  const parts: ManualSpec[] = [];
  while (!c.done) {
    const before = c.pos;
    if (parts.length > 0 && !c.accept('hamplus'))
      c.skipUnexpected('hamplus between the parts of a compound sign');
    else parts.push(parsePart(c, symbols));
    if (c.pos === before) c.skipUnexpected('a sign');
  }
  return parts;
}

function parsePart(c: Cursor, symbols: readonly string[]): ManualSpec {
  const start = c.pos;
  let nondominantOnly = c.is('hamnondominant') && !c.is('hametc', 1) && c.accept('hamnondominant');
  const alternating = c.accept('hamalternatingmotion');
  const symmetry = parseSymmetry(c);
  if (!nondominantOnly && c.is('hamnondominant') && !c.is('hametc', 1))
    nondominantOnly = c.accept('hamnondominant');
  const mime = c.accept('hammime');
  skipBeforeConfig(c);
  let hands = parseConfigs(c, symmetry !== undefined);
  if (!hands.dominant)
    c.error(
      'missing-symbol',
      `a sign starts with a handshape or orientation (found ${c.peek() ?? 'the end'})`,
    );
  else if (!hands.nondominant && !symmetry && c.is('hamplus') && isConfigStart(c, 1)) {
    // Some lexicons write a hand pair without brackets: "config hamplus config".
    c.warn(
      'missing-symbol',
      'hand pair written without hamparbegin … hamparend: read as dominant hamplus non-dominant',
    );
    c.take();
    const nondominant = parsePartialConfig(c);
    hands = nondominant ? { dominant: hands.dominant, nondominant } : hands;
  }
  const pairOrSymmetry = symmetry !== undefined || hands.nondominant !== undefined;
  const placement: Placement | undefined = parsePlacement(c, pairOrSymmetry);
  const actions: Action[] = parseActions(c, {
    twoHanded: pairOrSymmetry,
    stop: TOP_STOP,
    ...(placement && { initial: placement }),
  });
  const spec: Mutable<ManualSpec> = {
    symbols,
    nondominantOnly,
    twoHanded: false,
    hands: hands as { dominant?: HandConfig; nondominant?: HandConfig },
    actions,
    mime,
    src: c.span(start),
  };
  if (symmetry) spec.symmetry = alternating ? { ...symmetry, outOfPhase: true } : symmetry;
  else if (alternating) spec.alternating = true;
  if (placement) spec.placement = placement;
  spec.twoHanded = !nondominantOnly && isTwoHanded(spec);
  return spec;
}

/**
 * Symbols before the first handshape that have no meaning there (a sign written as
 * "hamnomotion hamfinger2 …"): left out with a warning so that the hand configuration after them
 * is read, rather than the sign failing. Only when a configuration follows within a few symbols.
 */
const LEADING_SKIP_MAX = 2;
function skipBeforeConfig(c: Cursor): void {
  if (isConfigStart(c)) return;
  let k = 1;
  while (k <= LEADING_SKIP_MAX && !isConfigStart(c, k)) k++;
  if (k > LEADING_SKIP_MAX) return;
  for (let i = 0; i < k; i++) {
    const s = c.peek();
    const cat = c.cat();
    if (s === undefined || cat === 'bracket' || cat === 'connector' || cat === 'handedness') return;
    c.warn(
      'degraded-symbol',
      `${s} before the handshape: left out, the sign starts at the handshape`,
    );
    c.pos++;
  }
}

/** symmetry := (hamsymmpar | hamsymmlr) (hamfingerstraightmod | hamlargemod | hamalternatingmotion | hamnonipsi)* */
function parseSymmetry(c: Cursor): Symmetry | undefined {
  if (!c.is('hamsymmpar') && !c.is('hamsymmlr')) return undefined;
  const start = c.pos;
  const kind = c.take() === 'hamsymmpar' ? 'par' : 'lr';
  const node: Mutable<Symmetry> = {
    kind,
    oiMirror: false,
    udMirror: false,
    outOfPhase: false,
    nonIpsi: false,
    src: c.span(start),
  };
  for (;;) {
    if (c.accept('hamfingerstraightmod')) node.oiMirror = true;
    else if (c.accept('hamlargemod')) node.udMirror = true;
    else if (c.accept('hamalternatingmotion')) node.outOfPhase = true;
    else if (c.accept('hamnonipsi')) node.nonIpsi = true;
    else break;
  }
  node.src = c.span(start);
  return node;
}
