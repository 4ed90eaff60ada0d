import { addScaled3, vec3 } from '../math';
import { directionVector, palmNormal, palmVectorForward } from '../orient';
import type { Side } from '../rig';
import {
  makePosture,
  RELAXED_SHAPE,
  spotOffset,
  type CompileContext,
  type HandState,
  type Posture,
} from '../plan';

/** The arms hang with the wrist this fraction of the arm's reach below the shoulder joint. */
const HANG_OF_REACH = 0.96;
/** Hanging hands sit this far out from the shoulder joints and in front of them, adult metres. */
const HANG_OUT = 0.03;
const HANG_FORWARD = 0.04;
/**
 * A hand resting during an utterance: in front of the belly, adult metres. High enough that the
 * whole hand stays inside the default upper-body framing (at 0.02 m its fingers left the frame).
 */
const IDLE_LATERAL = 0.13;
const IDLE_ABOVE_HIPS = 0.12;
const IDLE_FORWARD = 0.12;

function postureAtWrist(
  ctx: CompileContext,
  side: Side,
  st: HandState,
  wrist: [number, number, number],
): Posture {
  const off = vec3();
  const n = vec3();
  const spot = { kind: 'hand', part: 'palm' } as const;
  spotOffset(ctx, side, st, spot, off, n);
  const point = addScaled3(vec3(), wrist, off, 1);
  return makePosture(ctx, side, st, { kind: 'body', bone: 'chest', point, spot });
}

/** Hands down by the sides, relaxed: before and after an utterance. */
export function restPosture(ctx: CompileContext, side: Side): Posture {
  const sx = side === 'left' ? 1 : -1;
  const ext = directionVector('d');
  // Palms face the thighs: towards the body's midline.
  const palm = palmNormal(ext, palmVectorForward(side === 'left' ? 'r' : 'l'), vec3());
  const st: HandState = { shapeSpec: RELAXED_SHAPE, ext, palm };
  const ua = ctx.sk.bones[`${side}UpperArm`];
  const wrist: [number, number, number] = [
    ua[0] + sx * HANG_OUT * ctx.scale,
    ua[1] - HANG_OF_REACH * ctx.reach,
    ua[2] + HANG_FORWARD * ctx.scale,
  ];
  return postureAtWrist(ctx, side, st, wrist);
}

/** A hand that has no part in the current sign waits low in front of the body. */
export function idlePosture(ctx: CompileContext, side: Side): Posture {
  const sx = side === 'left' ? 1 : -1;
  const ext = directionVector(side === 'left' ? 'or' : 'ol');
  const palm = palmNormal(ext, palmVectorForward(side === 'left' ? 'ur' : 'ul'), vec3());
  const st: HandState = { shapeSpec: RELAXED_SHAPE, ext, palm };
  const b = ctx.sk.body;
  const wrist: [number, number, number] = [
    sx * IDLE_LATERAL * ctx.scale,
    ctx.sk.bones.hips[1] + IDLE_ABOVE_HIPS * ctx.scale,
    b.torsoCenterZ + b.torsoHalfDepth + IDLE_FORWARD * ctx.scale,
  ];
  return postureAtWrist(ctx, side, st, wrist);
}
