import { BEND_STEP_DEG, BENDING_JOINT_STEPS, type Bending } from '../../sigml/vocab';
import fitted from './fitted.json';

/**
 * The handshape model's numbers, as parameters that `fit-hands` fits to real hands (see
 * docs/hands-fitted.md): per finger role its [mcp, pip, dip] flexion, per spread pattern the
 * spread of fingers 2–5, per HamNoSys bending its joint flexion, and per thumb plan an offset of
 * the thumb tip's target. General per base shape / modifier / thumb position, never per letter.
 */
export const ROLES = ['extended', 'closed', 'pinch', 'pinchAll', 'cee', 'ceeWide'] as const;
export type Role = (typeof ROLES)[number];
export const SPREAD_PATTERNS = ['together', 'spread', 'vee', 'converge'] as const;
export type Spread = (typeof SPREAD_PATTERNS)[number];
export const BENDINGS = ['bent', 'round', 'hooked', 'doubleBent', 'doubleHooked'] as const;
export const THUMB_PLANS = [
  'overFingers',
  'alongside',
  'alongsideFist',
  'acrossPalm',
  'out',
  'opposed',
  'pinch',
  'cee',
  'ceeWide',
  'between',
] as const;
export type ThumbPlan = (typeof THUMB_PLANS)[number];

export type Triple = readonly [number, number, number];
export type Quad = readonly [number, number, number, number];

export interface HandParams {
  /** [mcp, pip, dip] flexion of each finger role, degrees. */
  readonly roleFlex: Readonly<Record<Role, Triple>>;
  /** Spread of fingers 2–5 towards the thumb side, degrees. */
  readonly spreads: Readonly<Record<Spread, Quad>>;
  /** [mcp, pip, dip] flexion of each HamNoSys bending (for the thumb: -, mcp, ip), degrees. */
  readonly bendFlex: Readonly<Record<Bending, Triple>>;
  /** Offset of each thumb plan's tip target: [along the fingers, radial, palmar], adult metres. */
  readonly thumbOffsets: Readonly<Record<ThumbPlan, Triple>>;
}

/** The end (distal) joint's flexion limit, degrees. */
export const DIP_MAX_DEG = 80;

/** The hand-written model the fit starts from (and is pulled towards where data are thin). */
export const DEFAULT_HAND_PARAMS: HandParams = {
  roleFlex: {
    extended: [0, 0, 0],
    closed: [88, 100, 65],
    pinch: [48, 50, 25],
    pinchAll: [55, 35, 15],
    cee: [30, 40, 20],
    ceeWide: [18, 25, 12],
  },
  spreads: {
    together: [1, 0, -1.5, -3.5],
    spread: [12, 2, -9, -19],
    vee: [11, -7, -1.5, -3.5],
    converge: [-6, 0, 5, 10],
  },
  // HamNoSys's steps; the end joint never bends past DIP_MAX_DEG, which shape.ts always applied.
  bendFlex: Object.fromEntries(
    BENDINGS.map((b) => [
      b,
      BENDING_JOINT_STEPS[b].map((s, j) =>
        Math.min(s * BEND_STEP_DEG, j === 2 ? DIP_MAX_DEG : 180),
      ),
    ]),
  ) as unknown as Record<Bending, Triple>,
  thumbOffsets: Object.fromEntries(THUMB_PLANS.map((p) => [p, [0, 0, 0]])) as unknown as Record<
    ThumbPlan,
    Triple
  >,
};

type Range = readonly [number, number];
/** Anatomical limits, degrees: flexion 0–110 at the base and middle joints, 0–80 at the end. */
const FLEX: readonly [Range, Range, Range] = [
  [0, 110],
  [0, 110],
  [0, 80],
];
/**
 * What each name means, as bounds inside the anatomical ones, so that a fit can tune a shape but
 * never turn it into another (a closed finger stays closed, a 'bent' finger bends at its base).
 * Degrees, [mcp, pip, dip].
 */
const ROLE_BOUNDS: Readonly<Record<Role, readonly [Range, Range, Range]>> = {
  extended: [[0, 15], [0, 15], [0, 15]],
  closed: [[50, 110], [60, 110], [20, 80]],
  pinch: FLEX,
  pinchAll: FLEX,
  cee: FLEX,
  ceeWide: FLEX,
}; // prettier-ignore
const BEND_BOUNDS: Readonly<Record<Bending, readonly [Range, Range, Range]>> = {
  bent: [[45, 110], [0, 30], [0, 30]],
  round: [[15, 80], [15, 100], [15, 80]],
  hooked: [[0, 30], [45, 110], [30, 80]],
  doubleBent: [[45, 110], [45, 110], [0, 40]],
  doubleHooked: [[45, 110], [45, 110], [40, 80]],
}; // prettier-ignore
/** Spread of fingers 2–5 per pattern, degrees (positive = towards the thumb). */
const SPREAD_BOUNDS: Readonly<Record<Spread, readonly [Range, Range, Range, Range]>> = {
  together: [[-5, 5], [-5, 5], [-10, 5], [-15, 5]],
  spread: [[5, 25], [-5, 10], [-20, -3], [-30, -8]],
  vee: [[5, 20], [-20, -3], [-10, 5], [-15, 5]],
  converge: [[-15, 0], [-5, 5], [0, 15], [0, 20]],
}; // prettier-ignore
/**
 * How far the fit may move each plan's thumb target, adult metres: a contact stays a contact
 * (within a finger's thickness), other plans may move up to 3 cm.
 */
const CONTACT_OFFSET_LIMIT = 0.006;
const THUMB_OFFSET_LIMIT = 0.03;
const CONTACT_PLANS: ReadonlySet<ThumbPlan> = new Set(['pinch', 'between']);

/** One scalar of HandParams: where it lives, its bounds and its typical size (for step sizes). */
export interface ParamSlot {
  readonly name: string;
  readonly group: keyof HandParams;
  readonly key: string;
  readonly index: number;
  readonly lower: number;
  readonly upper: number;
  /** A natural unit of the parameter: 10° for angles, 1 cm for offsets. */
  readonly unit: number;
}

const DEG_UNIT = 10;
const OFFSET_UNIT = 0.01;

/** Every fittable scalar, in a fixed order (the fit's vector layout). */
export const PARAM_SLOTS: readonly ParamSlot[] = [
  ...ROLES.flatMap((k) =>
    ROLE_BOUNDS[k].map(([lower, upper], index) => ({
      name: `roleFlex.${k}[${index}]`,
      group: 'roleFlex' as const,
      key: k,
      index,
      lower,
      upper,
      unit: DEG_UNIT,
    })),
  ),
  ...SPREAD_PATTERNS.flatMap((k) =>
    SPREAD_BOUNDS[k].map(([lower, upper], index) => ({
      name: `spreads.${k}[${index}]`,
      group: 'spreads' as const,
      key: k,
      index,
      lower,
      upper,
      unit: DEG_UNIT,
    })),
  ),
  ...BENDINGS.flatMap((k) =>
    BEND_BOUNDS[k].map(([lower, upper], index) => ({
      name: `bendFlex.${k}[${index}]`,
      group: 'bendFlex' as const,
      key: k,
      index,
      lower,
      upper,
      unit: DEG_UNIT,
    })),
  ),
  ...THUMB_PLANS.flatMap((k) =>
    [0, 1, 2].map((index) => ({
      name: `thumbOffsets.${k}[${index}]`,
      group: 'thumbOffsets' as const,
      key: k,
      index,
      lower: -(CONTACT_PLANS.has(k) ? CONTACT_OFFSET_LIMIT : THUMB_OFFSET_LIMIT),
      upper: CONTACT_PLANS.has(k) ? CONTACT_OFFSET_LIMIT : THUMB_OFFSET_LIMIT,
      unit: OFFSET_UNIT,
    })),
  ),
];

type Groups = Record<keyof HandParams, Record<string, readonly number[]>>;

export function paramsToVector(p: HandParams): Float64Array {
  const g = p as unknown as Groups;
  return Float64Array.from(PARAM_SLOTS.map((s) => g[s.group][s.key]![s.index]!));
}

export function vectorToParams(v: ArrayLike<number>): HandParams {
  if (v.length !== PARAM_SLOTS.length)
    throw new Error(`hand parameter vector has ${v.length} values; expected ${PARAM_SLOTS.length}`);
  const out: Record<string, Record<string, number[]>> = {};
  PARAM_SLOTS.forEach((s, i) => {
    const group = (out[s.group] ??= {});
    (group[s.key] ??= [])[s.index] = v[i]!;
  });
  return out as unknown as HandParams;
}

/**
 * Reads parameters from JSON (the fitted file's `params`), checking every slot is a finite number
 * within its anatomical bounds; a slot the JSON lacks keeps its default.
 */
export function parseHandParams(json: unknown): HandParams {
  const g = (json ?? {}) as Partial<Record<string, Record<string, unknown[]>>>;
  const v = paramsToVector(DEFAULT_HAND_PARAMS);
  PARAM_SLOTS.forEach((s, i) => {
    const x = g[s.group]?.[s.key]?.[s.index];
    if (x === undefined) return;
    if (typeof x !== 'number' || !Number.isFinite(x) || x < s.lower - 1e-9 || x > s.upper + 1e-9)
      throw new Error(
        `hand parameter ${s.name} is ${String(x)}; expected a number in [${s.lower}, ${s.upper}]`,
      );
    v[i] = x;
  });
  return vectorToParams(v);
}

/** The fitted file as committed: a generated header and the parameters. */
export interface FittedHandFile {
  readonly generated: string;
  readonly params: HandParams;
}

/** What shape.ts uses unless told otherwise: the committed fit. */
export const FITTED_HAND_PARAMS: HandParams = parseHandParams(
  (fitted as { params?: unknown }).params,
);
