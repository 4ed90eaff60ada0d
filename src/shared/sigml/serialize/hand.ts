import type { FingerDirection, HandConfig, Handshape, PalmOrientation } from '../spec';
import type { HamSymbol } from '../symbols';
import type { Direction26 } from '../vocab';
import { SYMBOL_OF, sym } from './reverse';

export function handshapeSymbols(h: Handshape): HamSymbol[] {
  const out: HamSymbol[] = [sym(SYMBOL_OF.handshape, h.base, 'handshape')];
  if (h.thumb !== undefined) out.push(sym(SYMBOL_OF.thumb, h.thumb, 'thumb position'));
  if (h.bend !== undefined) out.push(sym(SYMBOL_OF.bending, h.bend, 'bending'));
  if (h.thumbBetween) {
    const [a, b] = h.thumbBetween;
    out.push(sym(SYMBOL_OF.digit, a, 'digit'), 'hambetween', sym(SYMBOL_OF.digit, b, 'digit'));
  }
  for (const k of h.contacts) {
    out.push(
      sym(SYMBOL_OF.digit, k.first, 'digit'),
      sym(SYMBOL_OF.fingerPart, k.part, 'finger part'),
      sym(SYMBOL_OF.digit, k.second, 'digit'),
    );
  }
  for (const d of h.digits) {
    out.push(sym(SYMBOL_OF.digit, d.digit, 'digit'));
    if (d.bend !== undefined) out.push(sym(SYMBOL_OF.bending, d.bend, 'bending'));
  }
  if (h.approximate) out.push('hametc');
  if (h.between) out.push('hambetween', ...handshapeSymbols(h.between));
  return out;
}

/** A direction of the 26 as one arrow, or two adjacent arrows for a space diagonal ("uol" = "uo" "ol"). */
export function directionSymbols(dir: Direction26): HamSymbol[] {
  if (dir.length < 3) return [sym(SYMBOL_OF.extFinger, dir, 'extended finger direction')];
  const first = dir.slice(0, 2) as Direction26;
  const second = dir.slice(1) as Direction26;
  return [
    sym(SYMBOL_OF.extFinger, first, 'extended finger direction'),
    sym(SYMBOL_OF.extFinger, second, 'extended finger direction'),
  ];
}

export function fingerDirectionSymbols(f: FingerDirection): HamSymbol[] {
  const out = directionSymbols(f.dir);
  if (f.relative) out.push('hamorirelative');
  if (f.approximate) out.push('hametc');
  if (f.between !== undefined) out.push('hambetween', ...directionSymbols(f.between));
  return out;
}

export function palmSymbols(p: PalmOrientation): HamSymbol[] {
  const out: HamSymbol[] = [sym(SYMBOL_OF.palm, p.dir, 'palm orientation')];
  if (p.relative) out.push('hamorirelative');
  if (p.approximate) out.push('hametc');
  if (p.between !== undefined)
    out.push('hambetween', sym(SYMBOL_OF.palm, p.between, 'palm orientation'));
  return out;
}

/** One hand's configuration; other options become hamaltbegin … hammetaalt … hamaltend. */
export function configSymbols(h: HandConfig): HamSymbol[] {
  const own = plainConfigSymbols(h);
  if (h.alternatives.length === 0) return own;
  const out: HamSymbol[] = ['hamaltbegin', ...own];
  for (const alt of h.alternatives) out.push('hammetaalt', ...plainConfigSymbols(alt));
  out.push('hamaltend');
  return out;
}

function plainConfigSymbols(h: HandConfig): HamSymbol[] {
  const out: HamSymbol[] = [];
  if (h.shapeUnspecified) out.push('hamnondominant', 'hametc');
  else if (h.handshape) out.push(...handshapeSymbols(h.handshape));
  if (h.extFinger) out.push(...fingerDirectionSymbols(h.extFinger));
  if (h.palm) out.push(...palmSymbols(h.palm));
  return out;
}

/** Both hands: a single configuration, or a hamparbegin … hamplus … hamparend pair. */
export function handsSymbols(
  dominant: HandConfig | undefined,
  nondominant: HandConfig | undefined,
): HamSymbol[] {
  if (!nondominant) return dominant ? configSymbols(dominant) : [];
  const left = dominant ? configSymbols(dominant) : (['hamnomotion'] as HamSymbol[]);
  return ['hamparbegin', ...left, 'hamplus', ...configSymbols(nondominant), 'hamparend'];
}
