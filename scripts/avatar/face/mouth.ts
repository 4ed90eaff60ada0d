/**
 * The mouth drawn on the skin: lips, the dark mouth inside, upper teeth and tongue. The lower
 * lip rides the jaw (less towards the corners, which stay pinned), so opening the jaw opens an
 * oval; teeth and tongue are clipped to the opening by construction.
 */
import { gridTriangles } from '../geometry/grid';
import { lerp } from '../geometry/vec';
import { HEAD } from '../rig';
import { JAW_OPEN_DEG, JAW_PIVOT } from './deform';
import { flipWinding, type FaceLayer, type LayerVertex } from './layer';
import type { FaceState } from './state';

const HALF_WIDTH = 0.0192;
/** Neutral corners turn up this much: a resting, friendly mouth (m). */
const REST_SMILE = 0.0016;
/** Half the dark line between closed lips (m). */
const SEAM = 0.00035;
const UPPER_LIP = 0.0034;
const LOWER_LIP = 0.0046;
const TEETH_HEIGHT = 0.0032;
const TONGUE_HEIGHT = 0.0042;
const TONGUE_OUT = 0.0105;
const LIFT = { inside: 0.0009, teeth: 0.0012, lips: 0.0019, tongue: 0.0024 };
const COLS = 19;
/** Front-view gap the jaw opens at full rotation (m): distance to the hinge × sin(angle). */
const JAW_GAP = (HEAD.center[2] + 0.085 - JAW_PIVOT[2]) * Math.sin((JAW_OPEN_DEG * Math.PI) / 180);

function shape(s: FaceState) {
  const w = HALF_WIDTH * s.mouthWidth * (1 - 0.3 * s.pucker);
  const thin = 1 - 0.7 * s.press;
  const line = (u: number): number =>
    HEAD.mouthY + (REST_SMILE + s.corner) * Math.pow(Math.abs(u), 2.2);
  const bow = (u: number): number =>
    -0.00045 * Math.exp(-((u / 0.1) ** 2)) +
    0.00028 * Math.exp(-(((Math.abs(u) - 0.3) / 0.12) ** 2));
  const upperInner = (u: number): number =>
    line(u) + SEAM * (1 - u * u) + s.upperLip * Math.pow(1 - u * u, 0.8);
  const lowerInner = (u: number): number => line(u) - SEAM * (1 - u * u);
  const upperOuter = (u: number): number =>
    upperInner(u) +
    (UPPER_LIP + 0.0016 * s.pucker) * thin * Math.pow(1 - u * u, 0.45) +
    bow(u) * thin;
  const lowerOuter = (u: number): number =>
    lowerInner(u) - (LOWER_LIP + 0.002 * s.pucker) * thin * Math.pow(1 - u * u, 0.55);
  /** Share of the jaw's swing the lower lip takes: all of it in the middle, none at the corners. */
  const jaw = (u: number): number => Math.pow(Math.max(0, 1 - u * u), 0.6);
  /** Front-view height of the opening at u. */
  const gap = (u: number): number => upperInner(u) - lowerInner(u) + s.jaw * JAW_GAP * jaw(u);
  return { x: (u: number) => u * w, upperInner, lowerInner, upperOuter, lowerOuter, jaw, gap };
}

const uAt = (j: number, cols: number, a = -1, b = 1): number => a + ((b - a) * j) / (cols - 1);

function layer(
  name: string,
  material: string,
  rows: number,
  cols: number,
  downward: boolean,
  vertex: (s: FaceState, i: number, j: number) => LayerVertex,
): FaceLayer {
  const tris = gridTriangles(rows, cols);
  return {
    name,
    material,
    triangles: downward ? flipWinding(tris) : tris,
    layout: (s) => {
      const out: LayerVertex[] = [];
      for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out.push(vertex(s, i, j));
      return out;
    },
  };
}

export function mouthLayers(): FaceLayer[] {
  const upperLip = layer('upperLip', 'lips', 3, COLS, false, (s, i, j) => {
    const m = shape(s);
    const u = uAt(j, COLS);
    return { x: m.x(u), y: lerp(m.upperInner(u), m.upperOuter(u), i / 2), lift: LIFT.lips, jaw: 0 };
  });
  const lowerLip = layer('lowerLip', 'lips', 3, COLS, true, (s, i, j) => {
    const m = shape(s);
    const u = uAt(j, COLS);
    return {
      x: m.x(u),
      y: lerp(m.lowerInner(u), m.lowerOuter(u), i / 2),
      lift: LIFT.lips,
      jaw: m.jaw(u),
    };
  });
  const inside = layer('mouthInside', 'mouth', 4, COLS, true, (s, i, j) => {
    const m = shape(s);
    const u = uAt(j, COLS);
    const v = i / 3;
    return {
      x: m.x(u),
      y: lerp(m.upperInner(u), m.lowerInner(u), v),
      lift: LIFT.inside,
      jaw: v * m.jaw(u),
    };
  });
  const teethCols = 13;
  const teeth = layer('upperTeeth', 'teeth', 2, teethCols, true, (s, i, j) => {
    const m = shape(s);
    const u = uAt(j, teethCols, -0.72, 0.72);
    // Rounded towards the corners, where the opening narrows.
    const height = TEETH_HEIGHT * (1 - (u / 0.72) ** 4);
    const v = i === 0 ? 0 : Math.min(1, height / Math.max(m.gap(u), 1e-9));
    return {
      x: m.x(u),
      y: lerp(m.upperInner(u), m.lowerInner(u), v),
      lift: LIFT.teeth,
      jaw: v * m.jaw(u),
    };
  });
  const tongueCols = 11;
  const tongue = layer('tongue', 'tongue', 3, tongueCols, false, (s, i, j) => {
    const m = shape(s);
    const u = uAt(j, tongueCols, -0.62, 0.62);
    const round = Math.sqrt(Math.max(0, 1 - (u / 0.62) ** 2));
    const height = TONGUE_HEIGHT * (1 + s.tongue);
    const top = 1 - Math.min(1, height / Math.max(m.gap(u), 1e-9));
    const v = i === 0 ? 1 : i === 1 ? lerp(1, top, 0.5) : top;
    const out = i === 0 ? s.tongue * (0.002 + TONGUE_OUT * round) : 0;
    return {
      x: m.x(u) * (i === 0 ? 1 - 0.25 * s.tongue : 1),
      y: lerp(m.upperInner(u), m.lowerInner(u), v) - out,
      lift: LIFT.tongue,
      jaw: v * m.jaw(u),
    };
  });
  return [inside, teeth, tongue, upperLip, lowerLip];
}
