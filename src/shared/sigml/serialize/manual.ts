import type { ManualSpec, SignSpec } from '../spec';
import type { HamSymbol } from '../symbols';
import { actionsSymbols } from './actions';
import { handsSymbols } from './hand';
import { placementSymbols } from './place';

/** The HamNoSys symbol sequence of one manual part, written from the spec (not copied). */
export function manualSymbols(m: ManualSpec): HamSymbol[] {
  const out: HamSymbol[] = [];
  if (m.nondominantOnly) out.push('hamnondominant');
  if (m.alternating && !m.symmetry) out.push('hamalternatingmotion');
  if (m.symmetry) {
    const s = m.symmetry;
    out.push(s.kind === 'par' ? 'hamsymmpar' : 'hamsymmlr');
    if (s.oiMirror) out.push('hamfingerstraightmod');
    if (s.udMirror) out.push('hamlargemod');
    if (s.outOfPhase) out.push('hamalternatingmotion');
    if (s.nonIpsi) out.push('hamnonipsi');
  }
  if (m.mime) out.push('hammime');
  out.push(...handsSymbols(m.hands.dominant, m.hands.nondominant));
  if (m.placement) out.push(...placementSymbols(m.placement));
  out.push(...actionsSymbols(m.actions, 'dominant', m.placement));
  return out;
}

/** All manual parts of a sign, compound parts joined by a top-level hamplus. */
export function signManualSymbols(spec: SignSpec): HamSymbol[] {
  const parts = [spec.manual, ...(spec.compound ?? [])].filter((p) => p !== undefined);
  return parts.flatMap((p, i) =>
    i === 0 ? manualSymbols(p) : ['hamplus' as HamSymbol, ...manualSymbols(p)],
  );
}
