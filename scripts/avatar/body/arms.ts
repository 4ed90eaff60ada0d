/** Left arm: sleeve from inside the torso to the cuff, then the bare wrist into the palm. */
import type { Part, Weights } from '../geometry/mesh';
import { loft, type Ring } from '../geometry/loft';
import { chainWeights, mix, single, type ChainJoint } from '../geometry/weights';
import type { V3 } from '../geometry/vec';
import { REST } from '../rig';

const ARM: ChainJoint[] = [
  { bone: 'upperChest', at: 0, blend: 0 },
  { bone: 'leftShoulder', at: 0.05, blend: 0.03 },
  { bone: 'leftUpperArm', at: REST.leftUpperArm[0], blend: 0.02 },
  { bone: 'leftLowerArm', at: REST.leftLowerArm[0], blend: 0.015 },
  { bone: 'leftHand', at: REST.leftHand[0], blend: 0.018 },
];

const Y = REST.leftUpperArm[1];
const Z = REST.leftUpperArm[2];
const WRIST = REST.leftHand[0];
/** Where the sleeve ends, short of the wrist so the whole hand and wrist show. */
export const CUFF_X = WRIST - 0.035;

function ring(x: number, rz: number, ry: number, dy = 0): Ring {
  return {
    center: [x, Y + dy, Z],
    u: [0, 0, -1],
    v: [0, 1, 0],
    ru: rz,
    rv: ry,
    weights: (p: V3) => chainWeights(ARM, p[0]),
  };
}

export function leftArm(): Part[] {
  const sleeve = loft(
    [
      ring(0.06, 0.042, 0.04, -0.01),
      ring(0.105, 0.046, 0.045, -0.003),
      ring(0.15, 0.046, 0.046),
      ring(0.2, 0.044, 0.043),
      ring(0.3, 0.041, 0.04),
      ring(0.38, 0.038, 0.037),
      ring(0.41, 0.037, 0.036),
      ring(0.46, 0.036, 0.035),
      ring(0.53, 0.034, 0.032),
      ring(CUFF_X - 0.012, 0.031, 0.028),
      ring(CUFF_X, 0.032, 0.029),
    ],
    { name: 'leftSleeve', material: 'top', segments: 24, capEnd: 0.004, capRings: 2 },
  );
  const wrist = loft(
    [
      ring(CUFF_X - 0.03, 0.026, 0.021),
      ring(WRIST - 0.01, 0.026, 0.019),
      ring(WRIST + 0.012, 0.029, 0.017),
    ],
    { name: 'leftWrist', material: 'skin', segments: 20 },
  );
  const shoulder = REST.leftUpperArm;
  const elbow = REST.leftLowerArm;
  return [
    sleeve,
    wrist,
    jointBall(
      'leftShoulderBall',
      shoulder,
      0.046,
      mix([single('leftShoulder'), 0.85], [single('leftUpperArm'), 0.15]),
    ),
    jointBall('leftElbowBall', elbow, 0.0368, single('leftUpperArm')),
  ];
}

/**
 * A ball of sleeve centred on a joint. Linear blend skinning folds a bent tube into a point at
 * the joint; a sphere centred on the joint looks the same however the joint turns, so the
 * bent shoulder or elbow stays round while the sleeve turns inside it like a ball joint.
 */
function jointBall(name: string, c: V3, radius: number, weights: Weights): Part {
  const rings: Ring[] = [-0.6, -0.2, 0.2, 0.6].map((k) => ({
    center: [c[0] + k * radius, c[1], c[2]],
    u: [0, 0, -1],
    v: [0, 1, 0],
    ru: radius * Math.sqrt(1 - k * k),
    rv: radius * Math.sqrt(1 - k * k),
    weights,
  }));
  return loft(rings, {
    name,
    material: 'top',
    segments: 20,
    capStart: radius * 0.4,
    capEnd: radius * 0.4,
    capRings: 3,
  });
}
