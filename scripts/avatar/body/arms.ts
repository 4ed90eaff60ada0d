/** Left arm: sleeve from inside the torso to the cuff, then the bare wrist into the palm. */
import type { Part } from '../geometry/mesh';
import { loft, type Ring } from '../geometry/loft';
import { chainWeights, mix, single, type ChainJoint } from '../geometry/weights';
import type { V3 } from '../geometry/vec';
import { REST } from '../rig';

const ARM: ChainJoint[] = [
  { bone: 'upperChest', at: 0, blend: 0 },
  { bone: 'leftShoulder', at: 0.05, blend: 0.03 },
  { bone: 'leftUpperArm', at: REST.leftUpperArm[0], blend: 0.02 },
  { bone: 'leftLowerArm', at: REST.leftLowerArm[0], blend: 0.03 },
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
      ring(0.06, 0.044, 0.042, -0.01),
      ring(0.105, 0.05, 0.049, -0.003),
      ring(0.15, 0.05, 0.05),
      ring(0.2, 0.047, 0.046),
      ring(0.3, 0.043, 0.042),
      ring(0.38, 0.039, 0.038),
      ring(0.41, 0.038, 0.037),
      ring(0.46, 0.037, 0.036),
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
  return [sleeve, wrist, shoulderBall()];
}

/** Radius of the ball that rounds the shoulder (m), a little over the sleeve's. */
const BALL_RADIUS = 0.0505;

/**
 * A ball of sleeve centred on the shoulder joint, riding mostly on the shoulder: when the arm
 * swings down, the sleeve turns inside it like a ball joint and the shoulder stays round
 * instead of folding into a point (the usual failure of linear blend skinning there).
 */
function shoulderBall(): Part {
  const c = REST.leftUpperArm;
  const rings: Ring[] = [-0.6, -0.2, 0.2, 0.6].map((k) => ({
    center: [c[0] + k * BALL_RADIUS, c[1], c[2]],
    u: [0, 0, -1],
    v: [0, 1, 0],
    ru: BALL_RADIUS * Math.sqrt(1 - k * k),
    rv: BALL_RADIUS * Math.sqrt(1 - k * k),
    weights: mix([single('leftShoulder'), 0.85], [single('leftUpperArm'), 0.15]),
  }));
  return loft(rings, {
    name: 'leftShoulderBall',
    material: 'top',
    segments: 24,
    capStart: BALL_RADIUS * 0.4,
    capEnd: BALL_RADIUS * 0.4,
    capRings: 3,
  });
}
