/** Left leg (trousers) and shoe. Only seen at a distance: kept simple and low in triangles. */
import type { Part } from '../geometry/mesh';
import { loft, type Ring } from '../geometry/loft';
import { chainWeights, type ChainJoint } from '../geometry/weights';
import type { V3 } from '../geometry/vec';
import { REST } from '../rig';

const X = REST.leftUpperLeg[0];
const TOP = 0.97;

const LEG: ChainJoint[] = [
  { bone: 'hips', at: 0, blend: 0 },
  { bone: 'leftUpperLeg', at: TOP - REST.leftUpperLeg[1], blend: 0.04 },
  { bone: 'leftLowerLeg', at: TOP - REST.leftLowerLeg[1], blend: 0.035 },
  { bone: 'leftFoot', at: TOP - REST.leftFoot[1], blend: 0.02 },
];

function legRing(y: number, rx: number, rz: number, dz = 0): Ring {
  return {
    center: [X, y, dz],
    u: [1, 0, 0],
    v: [0, 0, 1],
    ru: rx,
    rv: rz,
    weights: (p: V3) => chainWeights(LEG, TOP - p[1]),
  };
}

const FOOT: ChainJoint[] = [
  { bone: 'leftFoot', at: 0, blend: 0 },
  { bone: 'leftToes', at: REST.leftToes[2], blend: 0.02 },
];

function shoeRing(z: number, rx: number, ry: number, cy: number): Ring {
  return {
    center: [X, cy, z],
    u: [1, 0, 0],
    v: [0, 1, 0],
    ru: rx,
    rv: ry,
    exponent: 2.6,
    weights: (p: V3) => chainWeights(FOOT, p[2]),
  };
}

export function leftLeg(): Part[] {
  const leg = loft(
    [
      legRing(TOP, 0.074, 0.08),
      legRing(0.89, 0.074, 0.078),
      legRing(0.72, 0.063, 0.066),
      legRing(0.52, 0.052, 0.055, 0.004),
      legRing(0.46, 0.051, 0.054, 0.004),
      legRing(0.28, 0.047, 0.05),
      legRing(0.12, 0.045, 0.048),
      legRing(0.075, 0.047, 0.05),
    ],
    { name: 'leftLeg', material: 'trousers', segments: 20, capEnd: 0.01, capRings: 2 },
  );
  const shoe = loft(
    [
      shoeRing(-0.06, 0.036, 0.04, 0.045),
      shoeRing(-0.02, 0.042, 0.046, 0.05),
      shoeRing(0.04, 0.046, 0.036, 0.04),
      shoeRing(0.11, 0.045, 0.028, 0.03),
      shoeRing(0.15, 0.038, 0.022, 0.026),
    ],
    {
      name: 'leftShoe',
      material: 'shoes',
      segments: 20,
      capStart: 0.02,
      capEnd: 0.025,
      capRings: 3,
    },
  );
  return [leg, shoe];
}
