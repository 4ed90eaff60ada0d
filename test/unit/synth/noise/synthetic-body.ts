import { COMPONENTS, VALUES_PER_POINT, emptyFrame } from '../../../../src/shared/landmarks/layout';
import { CORPUS_FACE_POINTS, CORPUS_POSE_POINTS } from '../../../../src/shared/synth/points';

/**
 * A smooth, noise-free upper body for noise tests: shoulders 0.3 image heights apart at y 0.5,
 * pose, both hands and the corpus face points, swaying slowly (0.4 Hz) so the jitter high-pass
 * sees (almost) none of the motion. `scale` shrinks the body about the image centre (a signer
 * further away); `shift` moves it.
 */
export interface BodyOptions {
  frames?: number;
  fps?: number;
  scale?: number;
  phase?: number;
}

const SHOULDER_WIDTH = 0.3;
const SWAY_HZ = 0.4;
const SWAY = 0.02;

function put(f: Float32Array, point: number, x: number, y: number, z: number, vis = 1): void {
  const i = point * VALUES_PER_POINT;
  f[i] = x;
  f[i + 1] = y;
  f[i + 2] = z;
  f[i + 3] = vis;
}

export function smoothBody(opts: BodyOptions = {}): Float32Array[] {
  const n = opts.frames ?? 300;
  const fps = opts.fps ?? 30;
  const s = opts.scale ?? 1;
  const at = (v: number): number => 0.5 + (v - 0.5) * s;
  return Array.from({ length: n }, (_, t) => {
    const f = emptyFrame();
    const sway = SWAY * Math.sin(2 * Math.PI * SWAY_HZ * (t / fps) + (opts.phase ?? 0));
    const cx = 0.5 + sway;
    for (let p = 0; p < CORPUS_POSE_POINTS; p++) {
      // Shoulders 11 and 12 exactly SHOULDER_WIDTH apart; the other points on a grid around them.
      const x =
        p === 11
          ? cx + SHOULDER_WIDTH / 2
          : p === 12
            ? cx - SHOULDER_WIDTH / 2
            : cx + ((p % 5) - 2) * 0.04;
      const y = p === 11 || p === 12 ? 0.5 : 0.3 + Math.floor(p / 5) * 0.06;
      put(f, COMPONENTS.pose.offset + p, at(x), at(y), -0.1 * s);
    }
    for (const [h, side] of [
      ['leftHand', 1],
      ['rightHand', -1],
    ] as const) {
      for (let p = 0; p < 21; p++) {
        const x = cx + side * 0.12 + ((p % 5) - 2) * 0.012 + sway;
        const y = 0.55 - Math.floor(p / 5) * 0.015 - sway;
        put(f, COMPONENTS[h].offset + p, at(x), at(y), -0.01 * p * s);
      }
    }
    CORPUS_FACE_POINTS.forEach((m, k) => {
      put(
        f,
        COMPONENTS.face.offset + m,
        at(cx + ((k % 7) - 3) * 0.01),
        at(0.3 + Math.floor(k / 7) * 0.01),
        0.001 * k * s,
      );
    });
    return f;
  });
}
