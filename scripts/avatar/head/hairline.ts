/**
 * Where hair grows and how thick it is: a short, side-swept style. The hairline is a height on
 * the skin for each direction around the head: a fringe above the brows (pointed clumps, swept
 * from a parting on the avatar's left), above the ears, and down to the nape at the back.
 */
import { clamp, lerp, smoothstep, type V3 } from '../geometry/vec';
import { HEAD } from '../rig';

/** Hairline heights (m relative to the eye line) at azimuths (radians from the front). */
const KEYS: ReadonlyArray<readonly [number, number]> = [
  [0, 0.052],
  [0.5, 0.042],
  [0.95, 0.02],
  [1.2, -0.012],
  [1.38, 0.012],
  [1.62, 0.018],
  [1.88, 0.012],
  [2.15, -0.03],
  [2.5, -0.07],
  [Math.PI, -0.085],
];
/** Side parting on the avatar's left; the fringe sweeps away from it. */
const PARTING = 0.42;
const CLUMPS = 9;
const CLUMP_DEPTH = 0.009;
/** Hair thickness on top, at the sides and at the back (m). */
const THICK = { top: 0.019, side: 0.0095, back: 0.012 };
/** Hair reaches full thickness this far above the hairline (m). */
const TAPER = 0.011;

function keyHeight(a: number): number {
  const x = Math.abs(a);
  for (let i = 0; i + 1 < KEYS.length; i++) {
    const [a0, h0] = KEYS[i] as readonly [number, number];
    const [a1, h1] = KEYS[i + 1] as readonly [number, number];
    if (x <= a1) return lerp(h0, h1, smoothstep(a0, a1, x));
  }
  return (KEYS[KEYS.length - 1] as readonly [number, number])[1];
}

/** Azimuth of a skin point around the head's vertical axis (0 = front, + towards +X). */
export function azimuth(p: V3): number {
  return Math.atan2(p[0] - HEAD.center[0], p[2] - HEAD.center[2]);
}

/** Clump phase around the head: clumps start at the parting. */
function clumpPhase(a: number): number {
  return ((a - PARTING) * CLUMPS) / Math.PI;
}

/** Hairline height (world y) at azimuth `a`. */
export function hairlineY(a: number): number {
  let h = keyHeight(a);
  // The fringe: lower on the side away from the parting, ending in rounded clumps that meet
  // in points (strand ends hang down, gaps between clumps are notches).
  const fringe = 1 - smoothstep(0.75, 1.1, Math.abs(a));
  if (fringe > 0) {
    const sweep = clamp((PARTING - a) / 1.4, 0, 1);
    const w = clumpPhase(a) - Math.floor(clumpPhase(a));
    const tip = 1 - Math.pow(Math.abs(2 * w - 1), 1.6);
    h += fringe * (0.007 * (1 - sweep) - 0.008 * sweep + CLUMP_DEPTH * (0.5 - tip));
  }
  return HEAD.eyeY + h;
}

/** Signed height of a skin point above the hairline (m): > 0 where hair grows. */
export function aboveHairline(p: V3): number {
  return p[1] - hairlineY(azimuth(p));
}

/** Hair thickness over a skin point (m), tapering to 0 at the hairline. */
export function hairThickness(p: V3, dir: V3): number {
  const above = aboveHairline(p);
  if (above <= 0) return 0;
  const a = azimuth(p);
  const side = Math.abs(Math.sin(a)) * (1 - Math.max(0, dir[1]));
  const back = Math.max(0, -Math.cos(a)) * (1 - Math.max(0, dir[1]));
  const base = lerp(lerp(THICK.top, THICK.side, side), THICK.back, back);
  // Clumps continue up the head as soft ridges, fading out at the crown where azimuth is
  // meaningless; hair is fuller at the front top, on the side the fringe sweeps to.
  const w = clumpPhase(a) - Math.floor(clumpPhase(a));
  const ridges = 1 + 0.28 * (0.5 - Math.abs(2 * w - 1)) * (1 - Math.abs(dir[1]) ** 3);
  const quiff = 1 + 0.35 * Math.max(0, Math.cos(a + 0.35)) * smoothstep(0.2, 0.7, dir[1]);
  return base * ridges * quiff * smoothstep(0, TAPER, above);
}
