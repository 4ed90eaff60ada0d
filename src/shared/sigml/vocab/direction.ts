/**
 * Directions in the signer's body frame. Letters: u = up, d = down, o = away from the body
 * (forward), i = towards the body, l = the signer's left, r = the signer's right. A direction
 * name lists its vertical letter first, then o/i, then l/r ("uol" = up, forward and left).
 */
// prettier-ignore
export const DIRECTIONS_18 = [
  'u', 'ur', 'r', 'dr', 'd', 'dl', 'l', 'ul',
  'ol', 'o', 'or', 'il', 'i', 'ir',
  'ui', 'di', 'do', 'uo',
] as const;
/** The 18 directions HamNoSys has one arrow symbol for. */
export type Direction18 = (typeof DIRECTIONS_18)[number];

// prettier-ignore
export const DIRECTIONS_26 = [
  ...DIRECTIONS_18,
  'uol', 'uor', 'uil', 'uir', 'dol', 'dor', 'dil', 'dir',
] as const;
/** The 18 plus the 8 space diagonals, which HamNoSys writes as two adjacent arrows ("uo" "ol"). */
export type Direction26 = (typeof DIRECTIONS_26)[number];

/**
 * Unit-free direction components [x, y, z] in the body frame: x towards the signer's right,
 * y up, z forward (away from the body). Diagonals are not normalized: normalize before use.
 */
export const DIRECTION_COMPONENTS: Readonly<
  Record<Direction26, readonly [number, number, number]>
> = Object.fromEntries(
  (DIRECTIONS_26 as readonly string[]).map((d) => [
    d,
    [
      (d.includes('r') ? 1 : 0) - (d.includes('l') ? 1 : 0),
      (d.includes('u') ? 1 : 0) - (d.includes('d') ? 1 : 0),
      (d.includes('o') ? 1 : 0) - (d.includes('i') ? 1 : 0),
    ] as const,
  ]),
) as Record<Direction26, readonly [number, number, number]>;

const DIRECTION_SET: ReadonlySet<string> = new Set(DIRECTIONS_26);

export function isDirection26(value: string): value is Direction26 {
  return DIRECTION_SET.has(value);
}

/**
 * Joins two adjacent 18-direction arrows into one of the 26 ("uo" + "ol" → "uol"): the arrows
 * must share one letter and together name three axes. Returns undefined when they do not combine.
 */
export function combineDirections(a: Direction18, b: Direction18): Direction26 | undefined {
  if (a.length !== 2 || b.length !== 2) return undefined;
  const letters = new Set([...a, ...b]);
  if (letters.size !== 3) return undefined;
  const vertical = letters.has('u') ? 'u' : letters.has('d') ? 'd' : '';
  const depth = letters.has('o') ? 'o' : letters.has('i') ? 'i' : '';
  const lateral = letters.has('l') ? 'l' : letters.has('r') ? 'r' : '';
  const name = vertical + depth + lateral;
  return name.length === 3 && isDirection26(name) ? name : undefined;
}

/** The 8 palm orientations: where the palm faces, seen along the extended finger direction. */
export const PALM_DIRECTIONS = ['u', 'ur', 'r', 'dr', 'd', 'dl', 'l', 'ul'] as const;
export type PalmDirection = (typeof PALM_DIRECTIONS)[number];

// prettier-ignore
export const EXT_FINGER_SYMBOLS = {
  hamextfingeru: 'u', hamextfingerur: 'ur', hamextfingerr: 'r', hamextfingerdr: 'dr',
  hamextfingerd: 'd', hamextfingerdl: 'dl', hamextfingerl: 'l', hamextfingerul: 'ul',
  hamextfingerol: 'ol', hamextfingero: 'o', hamextfingeror: 'or', hamextfingeril: 'il',
  hamextfingeri: 'i', hamextfingerir: 'ir', hamextfingerui: 'ui', hamextfingerdi: 'di',
  hamextfingerdo: 'do', hamextfingeruo: 'uo',
} as const satisfies Record<string, Direction18>;

// prettier-ignore
export const MOVE_SYMBOLS = {
  hammoveu: 'u', hammoveur: 'ur', hammover: 'r', hammovedr: 'dr', hammoved: 'd',
  hammovedl: 'dl', hammovel: 'l', hammoveul: 'ul', hammoveol: 'ol', hammoveo: 'o',
  hammoveor: 'or', hammoveil: 'il', hammovei: 'i', hammoveir: 'ir', hammoveui: 'ui',
  hammovedi: 'di', hammovedo: 'do', hammoveuo: 'uo',
} as const satisfies Record<string, Direction18>;

// prettier-ignore
export const PALM_SYMBOLS = {
  hampalmu: 'u', hampalmur: 'ur', hampalmr: 'r', hampalmdr: 'dr',
  hampalmd: 'd', hampalmdl: 'dl', hampalml: 'l', hampalmul: 'ul',
} as const satisfies Record<string, PalmDirection>;

/**
 * Circle symbols by the axis of the circle. Sense of rotation: anticlockwise when looking along
 * the axis (from its tail towards its head), i.e. a right-hand-rule rotation about the opposite
 * direction. So hamcirclel is a forward roll (the top of the circle moves away from the body),
 * hamcircleo turns anticlockwise as the signer sees it and hamcirclei clockwise.
 */
// prettier-ignore
export const CIRCLE_SYMBOLS = {
  hamcircleo: 'o', hamcirclei: 'i', hamcircled: 'd', hamcircleu: 'u', hamcirclel: 'l',
  hamcircler: 'r', hamcircleul: 'ul', hamcircledr: 'dr', hamcircleur: 'ur', hamcircledl: 'dl',
  hamcircleol: 'ol', hamcircleir: 'ir', hamcircleor: 'or', hamcircleil: 'il', hamcircleui: 'ui',
  hamcircledo: 'do', hamcircleuo: 'uo', hamcircledi: 'di',
} as const satisfies Record<string, Direction18>;
