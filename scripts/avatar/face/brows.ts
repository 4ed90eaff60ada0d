/** Eyebrows: tapered strokes that rise, arch, knit and drop with the face state. */
import { gridTriangles } from '../geometry/grid';
import { clamp } from '../geometry/vec';
import { HEAD } from '../rig';
import { flipWinding, type FaceLayer, type LayerVertex } from './layer';

const INNER_X = 0.0118;
const LENGTH = 0.041;
const BASE_ABOVE_EYE = 0.0215;
const ARCH = 0.0034;
const INNER_WIDTH = 0.0043;
const OUTER_WIDTH = 0.0017;
const LIFT = 0.0008;
const ROWS = 3;
const COLS = 14;

export function browLayer(side: 1 | -1): FaceLayer {
  const tris = gridTriangles(ROWS, COLS);
  return {
    name: side === 1 ? 'leftBrow' : 'rightBrow',
    material: 'brows',
    triangles: side === 1 ? tris : flipWinding(tris),
    layout: (s) => {
      const raise = side === 1 ? s.browLeft : s.browRight;
      const inner = side === 1 ? s.browInnerLeft : s.browInnerRight;
      const out: LayerVertex[] = [];
      for (let i = 0; i < ROWS; i++) {
        for (let j = 0; j < COLS; j++) {
          const u = j / (COLS - 1);
          const innerShare = Math.pow(1 - u, 1.6);
          const x = side * (INNER_X + u * LENGTH - s.browSqueeze * innerShare);
          const arch =
            ARCH * Math.pow(Math.sin(Math.PI * clamp(u * 1.05, 0, 1)), 0.7) - 0.0022 * u * u;
          const y =
            HEAD.eyeY +
            BASE_ABOVE_EYE +
            arch +
            raise +
            inner * innerShare -
            0.45 * s.browSqueeze * innerShare;
          const width = INNER_WIDTH + (OUTER_WIDTH - INNER_WIDTH) * Math.pow(u, 0.9);
          out.push({ x, y: y + (i / (ROWS - 1) - 0.5) * width, lift: LIFT });
        }
      }
      return out;
    },
  };
}
