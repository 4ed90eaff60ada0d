import type { Action, ManualSpec, SignSpec } from '../sigml/spec';
import { isHamSymbol } from '../sigml/symbols';
import { isFeatureSupported } from './nonmanual';

export interface Animatability {
  /** The sign has a manual part and every element in it can be animated. */
  readonly ok: boolean;
  /** Elements motion synthesis cannot animate (HamNoSys / SiGML element names, with detail). */
  readonly unsupported: readonly string[];
}

/**
 * Symbols the parser accepts that motion does not perform: named locations (coreference) and the
 * obsolete wrist symbols. Any element that is not a HamNoSys symbol at all is reported as well.
 */
const NOT_ANIMATED: ReadonlySet<string> = new Set([
  'hamcoreftag',
  'hamcorefref',
  'hamwristtopulse',
  'hamwristtoback',
  'hamwristtothumb',
  'hamwristtopinky',
]);

const HEAD_OR_TORSO = new Set([
  'head', 'headtop', 'forehead', 'eyebrows', 'eyes', 'nose', 'nostrils', 'ear', 'earlobe', 'cheek',
  'lips', 'tongue', 'teeth', 'chin', 'underchin', 'neck', 'shouldertop', 'shoulders', 'chest',
  'stomach', 'belowstomach',
]); // prettier-ignore

function walk(m: ManualSpec, a: Action, out: string[]): void {
  switch (a.kind) {
    case 'seq':
    case 'par':
      for (const c of a.actions) walk(m, c, out);
      return;
    case 'split':
      for (const c of [...a.dominant, ...a.nondominant]) walk(m, c, out);
      return;
    case 'repeat':
      return walk(m, a.action, out);
    case 'alternatives':
      for (const c of a.options[0] ?? []) walk(m, c, out);
      return;
    case 'bodyPart':
      // Movements of the head, shoulders and torso become non-manual motion; arms do not.
      if (!HEAD_OR_TORSO.has(a.site))
        out.push(`${m.symbols[a.src.start] ?? `ham${a.site}`} (moving the arm)`);
      return;
    default:
      return;
  }
}

/**
 * Whether motion synthesis can animate a sign completely, and the elements it cannot: what
 * `lexicon import` reports as "unsupported". A sign is "animated" when the parser understood it
 * (ParsedSign.understood: no element skipped) and this says ok.
 */
export function isAnimatable(spec: SignSpec): Animatability {
  const unsupported: string[] = [];
  const manuals = spec.manual ? [spec.manual, ...(spec.compound ?? [])] : [];
  if (manuals.length === 0) unsupported.push('hamnosys_manual (missing)');
  for (const m of manuals) {
    for (const a of m.actions) walk(m, a, unsupported);
    for (const sym of m.symbols)
      if (NOT_ANIMATED.has(sym) || !isHamSymbol(sym)) unsupported.push(sym);
  }
  for (const f of spec.nonManual) {
    if (!isFeatureSupported(f))
      unsupported.push(
        f.element === 'hnm_mouthpicture' ? f.element : `${f.element} tag="${f.tag}"`,
      );
  }
  return { ok: unsupported.length === 0, unsupported };
}
