/**
 * Eyes drawn on the skin: white, iris, pupil, catch-light, an upper lid that slides down to
 * blink, a lash line along its edge and a soft lower-lid line. Contents are clipped to the lid
 * opening by clamping, so the mesh never changes topology between shapes.
 */
import { discTriangles, gridTriangles } from '../geometry/grid';
import { clamp, lerp, smoothstep } from '../geometry/vec';
import { HEAD } from '../rig';
import { flipWinding, type FaceLayer, type LayerVertex } from './layer';
import type { FaceState } from './state';

/** Eye opening half width, height above and below the centre line (m). */
const HALF_WIDTH = 0.0136;
const UPPER = 0.0099;
const LOWER = 0.0064;
/** Outer corner sits this much higher than the inner one (m per unit u). */
const TILT = 0.0009;
const IRIS_RADIUS = 0.0077;
const PUPIL_RADIUS = 0.0033;
const GLINT_RADIUS = 0.00145;
/** The iris sits a little low, its top under the lid: a relaxed, friendly look (m). */
const IRIS_DROP = -0.0011;
const CREASE_GAP = 0.0032;
/** Lifts above the skin, bottom to top (m). */
const LIFT = {
  white: 0.0006,
  iris: 0.0009,
  pupil: 0.0012,
  glint: 0.0015,
  lid: 0.0018,
  lash: 0.0021,
};
const COLS = 17;

type Side = 1 | -1;

function sideState(s: FaceState, side: Side): { lid: number; lower: number } {
  return side === 1
    ? { lid: s.lidLeft, lower: s.lowerLidLeft }
    : { lid: s.lidRight, lower: s.lowerLidRight };
}

/** The lid opening of one eye in state `s`; u runs −1 (inner corner) to 1 (outer corner). */
function opening(s: FaceState, side: Side) {
  const { lid, lower } = sideState(s, side);
  const x = (u: number): number => side * (HEAD.eyeX + u * HALF_WIDTH);
  const base = (u: number): number => HEAD.eyeY + TILT * u;
  const low = (u: number): number =>
    base(u) - LOWER * Math.pow(1 - u * u, 0.75) * (1 - 0.55 * lower);
  const open = (u: number): number => base(u) + UPPER * Math.pow(1 - u * u, 0.55);
  const up = (u: number): number => low(u) + (open(u) - low(u)) * lid;
  const crease = (u: number): number => open(u) + CREASE_GAP * Math.pow(1 - u * u, 0.4);
  return { x, low, up, crease };
}

const lerpAt = (n: number, i: number, a: number, b: number): number => a + ((b - a) * i) / (n - 1);

function gridLayer(
  name: string,
  material: string,
  side: Side,
  rows: number,
  cols: number,
  vertex: (s: FaceState, i: number, j: number) => LayerVertex,
): FaceLayer {
  const tris = gridTriangles(rows, cols);
  return {
    name,
    material,
    triangles: side === 1 ? tris : flipWinding(tris),
    layout: (s) => {
      const out: LayerVertex[] = [];
      for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out.push(vertex(s, i, j));
      return out;
    },
  };
}

/** A disc clamped into the lid opening (iris, pupil, catch-light). */
function clampedDisc(
  name: string,
  material: string,
  side: Side,
  radius: number,
  lift: number,
  offset: readonly [number, number],
  rings: number,
): FaceLayer {
  const segments = 20;
  return {
    name,
    material,
    triangles: discTriangles(rings, segments),
    bone: side === 1 ? 'leftEye' : 'rightEye',
    layout: (s) => {
      const o = opening(s, side);
      const cx = side * HEAD.eyeX + s.gazeX + offset[0];
      const cy = HEAD.eyeY + IRIS_DROP + s.gazeY + offset[1];
      const clampIn = (x: number, y: number): LayerVertex => {
        const u = clamp((side * x - HEAD.eyeX) / HALF_WIDTH, -0.97, 0.97);
        const y0 = o.low(u);
        const y1 = Math.max(o.up(u), y0);
        return { x: o.x(u), y: clamp(y, y0, y1), lift };
      };
      const out: LayerVertex[] = [clampIn(cx, cy)];
      for (let r = 1; r <= rings; r++) {
        for (let j = 0; j < segments; j++) {
          const a = (j / segments) * Math.PI * 2;
          out.push(
            clampIn(
              cx + Math.cos(a) * radius * (r / rings),
              cy + Math.sin(a) * radius * (r / rings),
            ),
          );
        }
      }
      return out;
    },
  };
}

export function eyeLayers(side: Side): FaceLayer[] {
  const tag = side === 1 ? 'left' : 'right';
  const u = (j: number, cols = COLS): number => lerpAt(cols, j, -1, 1);
  const white = gridLayer(`${tag}EyeWhite`, 'eyeWhite', side, 5, COLS, (s, i, j) => {
    const o = opening(s, side);
    const low = o.low(u(j));
    return { x: o.x(u(j)), y: lerp(low, Math.max(o.up(u(j)), low), i / 4), lift: LIFT.white };
  });
  const lashWidth = (t: number): number => 0.0007 + 0.0012 * smoothstep(-0.7, 0.85, t);
  const lid = gridLayer(`${tag}Lid`, 'lid', side, 3, COLS, (s, i, j) => {
    const o = opening(s, side);
    const t = u(j);
    const bottom = o.up(t) + lashWidth(t) * 0.6;
    const top = Math.max(o.crease(t), bottom + 0.0002);
    return { x: o.x(t), y: lerp(bottom, top, i / 2), lift: LIFT.lid };
  });
  // The lash line runs a little past the outer corner and flicks up there.
  const lashCols = 21;
  const lash = gridLayer(`${tag}Lash`, 'lash', side, 2, lashCols, (s, i, j) => {
    const o = opening(s, side);
    const t = lerpAt(lashCols, j, -1, 1.16);
    const inside = Math.min(t, 1);
    const wing = Math.max(0, t - 1);
    const centre = o.up(inside) + wing * 0.014;
    const width = lashWidth(inside) * (1 - wing / 0.2);
    const x = o.x(inside) + side * wing * HALF_WIDTH * 0.9;
    return { x, y: centre - 0.00035 + i * (width + 0.00035), lift: LIFT.lash };
  });
  const lowerLine = gridLayer(`${tag}LowerLid`, 'lid', side, 2, 13, (s, i, j) => {
    const o = opening(s, side);
    const t = lerpAt(13, j, -0.85, 0.92);
    const y = o.low(t);
    return { x: o.x(t), y: y - 0.00055 + i * 0.0006, lift: LIFT.lid };
  });
  return [
    white,
    clampedDisc(`${tag}Iris`, 'iris', side, IRIS_RADIUS, LIFT.iris, [0, 0], 4),
    clampedDisc(`${tag}Pupil`, 'pupil', side, PUPIL_RADIUS, LIFT.pupil, [0, 0], 2),
    clampedDisc(`${tag}Glint`, 'highlight', side, GLINT_RADIUS, LIFT.glint, [0.0024, 0.0027], 1),
    lid,
    lash,
    lowerLine,
  ];
}
