import type {
  Action,
  Direction26,
  HandConfig,
  Handshape,
  Location,
  PalmDirection,
  SignSpec,
} from '../../sigml/spec';

/**
 * A fixed ten-sign utterance for benchmarking, written directly as SignSpecs (no parser, no
 * lexicon): one-handed and two-handed signs, contacts on the face and body, straight, arc,
 * circular, wrist and finger movements, repetitions, a handshape change and a non-manual tier.
 */
const src = { start: 0, end: 0 };
const mods = { manner: [], alternating: false, approximate: false } as const;

function hs(base: Handshape['base'], more: Partial<Handshape> = {}): Handshape {
  return { src, base, digits: [], contacts: [], approximate: false, ...more };
}
function cfg(h: Handshape, ext: Direction26, palm: PalmDirection): HandConfig {
  return {
    src,
    handshape: h,
    extFinger: { src, dir: ext, relative: false, approximate: false },
    palm: { src, dir: palm, relative: false, approximate: false },
    shapeUnspecified: false,
    alternatives: [],
  };
}
function at(
  site: Extract<Location, { kind: 'body' }>['site'],
  region: 'head' | 'face' | 'torso',
  contact?: 'touch' | 'close',
): Location {
  return {
    src,
    kind: 'body',
    site,
    region,
    ...(contact ? { contact } : {}),
    armExtended: false,
    behind: false,
    approximate: false,
  };
}
function sign(
  gloss: string,
  dom: HandConfig,
  location: Location | undefined,
  actions: Action[],
  two?: 'lr' | 'par',
): SignSpec {
  return {
    gloss,
    manual: {
      src,
      symbols: [],
      ...(two
        ? {
            symmetry: {
              src,
              kind: two,
              oiMirror: false,
              udMirror: false,
              outOfPhase: false,
              nonIpsi: false,
            },
          }
        : {}),
      nondominantOnly: false,
      twoHanded: !!two,
      hands: { dominant: dom },
      ...(location ? { placement: { src, location } } : {}),
      actions,
      mime: false,
    },
    nonManual: [],
  };
}
const move = (dir: Direction26, more: object = {}): Action =>
  ({ src, kind: 'straight', dir, ...mods, ...more }) as Action;

export function sampleUtterance(): SignSpec[] {
  return [
    sign('HELLO', cfg(hs('flat'), 'u', 'l'), at('forehead', 'face', 'touch'), [
      move('or', { arc: 'u' }),
    ]),
    sign('MY', cfg(hs('flat'), 'l', 'l'), at('chest', 'torso', 'touch'), []),
    sign('NAME', cfg(hs('finger23'), 'ol', 'l'), undefined, [
      {
        src,
        kind: 'repeat',
        action: move('d', { size: 'small' }),
        repeat: 'fromStart',
        alternating: false,
        manner: [],
        approximate: false,
      },
    ]),
    sign('THANK-YOU', cfg(hs('flat'), 'u', 'u'), at('chin', 'face', 'touch'), [move('o')]),
    sign('PLEASE', cfg(hs('flat', { thumb: 'out' }), 'l', 'l'), at('chest', 'torso', 'touch'), [
      { src, kind: 'circle', axis: 'i', full: false, ...mods },
    ]),
    sign('HELP', cfg(hs('fist', { thumb: 'out' }), 'o', 'l'), undefined, [move('u')], 'par'),
    sign('WHERE', cfg(hs('finger2'), 'u', 'd'), undefined, [
      { src, kind: 'wrist', motion: 'swinging', ...mods },
    ]),
    sign(
      'FINISH',
      cfg(hs('finger2345'), 'u', 'u'),
      undefined,
      [{ src, kind: 'wrist', motion: 'twisting', ...mods }],
      'lr',
    ),
    sign(
      'WAIT',
      cfg(hs('finger2345'), 'o', 'u'),
      undefined,
      [{ src, kind: 'fingerplay', digits: [], ...mods }],
      'lr',
    ),
    sign('GOOD', cfg(hs('flat'), 'u', 'u'), at('chin', 'face', 'touch'), [
      { src, kind: 'replace', hands: { dominant: cfg(hs('flat'), 'o', 'u') }, ...mods },
      move('d'),
    ]),
  ];
}
