/**
 * The head's skin as one blended shape: cranium, round cheeks, jaw, chin, a soft muzzle and a
 * small nose. A stylized, friendly proportion (round cranium, full cheeks, small chin and nose).
 */
import { HEAD } from '../rig';
import { blend, ellipsoid, roundCone, smin, sphere, type Sdf } from '../geometry/sdf';
import { add, type V3 } from '../geometry/vec';

const C = HEAD.center;
const at = (x: number, y: number, z: number): V3 => add(C, [x, y, z]);

const cranium = ellipsoid(at(0, 0.014, -0.006), [0.087, 0.088, 0.094]);
const face = ellipsoid(at(0, -0.03, 0.014), [0.077, 0.074, 0.08]);
const jaw = ellipsoid(at(0, -0.066, 0.012), [0.06, 0.046, 0.066]);
const chin = ellipsoid(at(0, -0.091, 0.045), [0.031, 0.025, 0.035]);
const muzzle = ellipsoid(at(0, -0.068, 0.06), [0.03, 0.023, 0.027]);
const cheekL = sphere(at(0.036, -0.042, 0.046), 0.034);
const cheekR = sphere(at(-0.036, -0.042, 0.046), 0.034);
const noseBridge = roundCone(at(0, -0.008, 0.087), at(0, -0.041, 0.103), 0.0055, 0.0092);
const nostrilL = sphere(at(0.0095, -0.045, 0.094), 0.0068);
const nostrilR = sphere(at(-0.0095, -0.045, 0.094), 0.0068);

const skull = blend(0.03, cranium, face, jaw);
const lowerFace = blend(0.02, chin, muzzle, cheekL, cheekR);
const nose = blend(0.006, noseBridge, nostrilL, nostrilR);

export const headSdf: Sdf = (p) => smin(smin(skull(p), lowerFace(p), 0.025), nose(p), 0.012);
