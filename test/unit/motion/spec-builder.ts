/**
 * Small builders for SignSpecs in tests (what the SiGML parser produces), so motion tests do not
 * depend on parsing. Spans (`src`) are irrelevant to motion and left empty.
 */
import type {
  Action,
  Contact,
  Direction26,
  HandConfig,
  Handshape,
  HandSite,
  Location,
  ManualSpec,
  NonManualFeature,
  PalmDirection,
  Placement,
  SignSpec,
  Symmetry,
} from '../../../src/shared/sigml/spec';

const src = { start: 0, end: 0 };

export function shape(base: Handshape['base'], more: Partial<Handshape> = {}): Handshape {
  return { src, base, digits: [], contacts: [], approximate: false, ...more };
}

export function config(
  h: Handshape | undefined,
  ext?: Direction26,
  palm?: PalmDirection,
): HandConfig {
  return {
    src,
    ...(h ? { handshape: h } : {}),
    ...(ext ? { extFinger: { src, dir: ext, relative: false, approximate: false } } : {}),
    ...(palm ? { palm: { src, dir: palm, relative: false, approximate: false } } : {}),
    shapeUnspecified: false,
    alternatives: [],
  };
}

export function bodyLoc(
  site: Extract<Location, { kind: 'body' }>['site'],
  more: Partial<Extract<Location, { kind: 'body' }>> = {},
): Location {
  const region = ['neck', 'shouldertop', 'shoulders', 'chest', 'stomach', 'belowstomach'].includes(
    site,
  )
    ? 'torso'
    : ['head', 'headtop', 'ear', 'earlobe'].includes(site)
      ? 'head'
      : 'face';
  return {
    src,
    kind: 'body',
    site,
    region,
    armExtended: false,
    behind: false,
    approximate: false,
    ...more,
  };
}

export function handLoc(site: HandSite, contact?: Contact): Location {
  return {
    src,
    kind: 'hand',
    site,
    ...(contact ? { contact } : {}),
    armExtended: false,
    behind: false,
    approximate: false,
  };
}

export function site(more: Partial<HandSite>): HandSite {
  return { src, digits: [], ...more };
}

export function placement(location?: Location, more: Partial<Placement> = {}): Placement {
  return { src, ...(location ? { location } : {}), ...more };
}

const mods = { manner: [], alternating: false, approximate: false } as const;

export function move(dir: Direction26, more: Record<string, unknown> = {}): Action {
  return { src, kind: 'straight', dir, ...mods, ...more } as Action;
}

export function circle(axis: Direction26, more: Record<string, unknown> = {}): Action {
  return { src, kind: 'circle', axis, full: false, ...mods, ...more } as Action;
}

export function repeat(
  action: Action,
  kind: Extract<Action, { kind: 'repeat' }>['repeat'],
): Action {
  return {
    src,
    kind: 'repeat',
    action,
    repeat: kind,
    alternating: false,
    manner: [],
    approximate: false,
  };
}

export function symmetry(kind: 'lr' | 'par', more: Partial<Symmetry> = {}): Symmetry {
  return {
    src,
    kind,
    oiMirror: false,
    udMirror: false,
    outOfPhase: false,
    nonIpsi: false,
    ...more,
  };
}

export interface SignParts {
  readonly gloss?: string;
  readonly dom: HandConfig;
  readonly nondom?: HandConfig;
  readonly placement?: Placement;
  readonly actions?: readonly Action[];
  readonly symmetry?: Symmetry;
  readonly twoHanded?: boolean;
  readonly nonManual?: readonly NonManualFeature[];
}

export function manual(p: SignParts): ManualSpec {
  return {
    src,
    symbols: [],
    ...(p.symmetry ? { symmetry: p.symmetry } : {}),
    nondominantOnly: false,
    twoHanded: p.twoHanded ?? (!!p.symmetry || !!p.nondom),
    hands: { dominant: p.dom, ...(p.nondom ? { nondominant: p.nondom } : {}) },
    ...(p.placement ? { placement: p.placement } : {}),
    actions: p.actions ?? [],
    mime: false,
  };
}

export function sign(p: SignParts): SignSpec {
  return { gloss: p.gloss ?? 'TEST', manual: manual(p), nonManual: p.nonManual ?? [] };
}

/** A flat hand at the chin carrying facial non-manual tags (eyebrows or eyelids tier). */
export function faceSign(
  element: 'hnm_eyebrows' | 'hnm_eyelids',
  tags: readonly string[],
): SignSpec {
  return sign({
    dom: config(shape('flat'), 'u', 'l'),
    placement: placement(bodyLoc('chin')),
    nonManual: tags.map((tag) => ({ element, tier: 'facialexpr', tag, line: 1, column: 1 })),
  });
}
