/** Ears: flattened, slightly cupped discs set on the sides of the head, tilted back a little. */
import type { Part } from '../geometry/mesh';
import { computeNormals } from '../geometry/mesh';
import { loft, type Ring } from '../geometry/loft';
import { rotateAbout, type V3 } from '../geometry/vec';
import { single } from '../geometry/weights';
import { HEAD } from '../rig';

/** Ear centre relative to the head centre, and how it is turned (radians). */
const CENTRE: V3 = [0.079, HEAD.eyeY - 0.017 - HEAD.center[1], -0.012];
const TILT_BACK = 0.2;
const TURN_FORWARD = 0.35;

/** Sections from inside the head outwards: offset, half height, half depth. */
const SECTIONS: ReadonlyArray<readonly [number, number, number]> = [
  [-0.008, 0.022, 0.013],
  [0.004, 0.026, 0.0155],
  [0.009, 0.0265, 0.016],
  [0.012, 0.025, 0.0148],
];

export function leftEar(): Part {
  const c: V3 = [
    HEAD.center[0] + CENTRE[0],
    HEAD.center[1] + CENTRE[1],
    HEAD.center[2] + CENTRE[2],
  ];
  const rings: Ring[] = SECTIONS.map(([dx, ry, rz]) => ({
    center: [c[0] + dx, c[1], c[2]],
    u: [0, 0, -1],
    v: [0, 1, 0],
    ru: rz,
    rv: ry,
    exponent: 2.2,
    weights: single('head'),
  }));
  const ear = loft(rings, {
    name: 'leftEar',
    material: 'skin',
    segments: 18,
    capEnd: 0.0035,
    capRings: 2,
  });
  const turn = (p: V3): V3 => rotateAbout(p, c, [0, 1, 0], -TURN_FORWARD);
  const tilt = (p: V3): V3 => rotateAbout(turn(p), c, [1, 0, 0], -TILT_BACK);
  const positions = ear.positions.map(tilt);
  return { ...ear, positions, normals: computeNormals(positions, ear.triangles) };
}
