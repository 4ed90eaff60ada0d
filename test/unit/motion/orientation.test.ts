import { describe, expect, it } from 'vitest';
import '../../helpers/quat';
import { handRotationInBody } from '../../../src/shared/motion/fk';
import { quat, rotateV, vec3 } from '../../../src/shared/motion/math';
import { DEFAULT_SKELETON } from '../../../src/shared/motion/skeleton';
import { synthesize } from '../../../src/shared/motion/synth';
import {
  DIRECTIONS_26,
  PALM_DIRECTIONS,
  type Direction26,
  type PalmDirection,
} from '../../../src/shared/sigml/vocab';
import { frameWorld, heldFrame } from './frames';
import { config, shape, sign } from './spec-builder';

/**
 * Expected directions written independently of the implementation: HamNoSys letters in the VRM
 * world (+X = the avatar's left = the signer's left, +Y up, +Z away from the body).
 */
function expectedExt(d: Direction26): number[] {
  const v = [
    (d.includes('l') ? 1 : 0) - (d.includes('r') ? 1 : 0),
    (d.includes('u') ? 1 : 0) - (d.includes('d') ? 1 : 0),
    (d.includes('o') ? 1 : 0) - (d.includes('i') ? 1 : 0),
  ];
  const n = Math.hypot(v[0]!, v[1]!, v[2]!);
  return v.map((x) => x / n);
}

/**
 * The palm orientation rule: the palm direction as if the fingers pointed forward, tilted by the
 * smallest rotation from forward onto the finger direction (a half turn about vertical when the
 * fingers point straight back). Rodrigues' formula, written out here on purpose.
 */
function expectedPalm(ext: number[], p: PalmDirection): number[] {
  const f = [
    (p.includes('l') ? 1 : 0) - (p.includes('r') ? 1 : 0),
    (p.includes('u') ? 1 : 0) - (p.includes('d') ? 1 : 0),
    0,
  ];
  const n = Math.hypot(f[0]!, f[1]!);
  const v = [f[0]! / n, f[1]! / n, 0];
  const [x, y, z] = ext as [number, number, number];
  if (z < -0.9999) return [-v[0]!, v[1]!, 0];
  // axis = forward × ext, angle = acos(ext_z)
  const axis = [-y, x, 0];
  const s = Math.hypot(axis[0]!, axis[1]!);
  if (s < 1e-9) return v;
  const k = [axis[0]! / s, axis[1]! / s, 0];
  const c = z;
  const kv = k[0]! * v[0]! + k[1]! * v[1]!;
  const cross = [
    k[1]! * v[2]! - k[2]! * v[1]!,
    k[2]! * v[0]! - k[0]! * v[2]!,
    k[0]! * v[1]! - k[1]! * v[0]!,
  ];
  return [0, 1, 2].map((i) => v[i]! * c + cross[i]! * s + k[i]! * kv * (1 - c));
}

describe('extended finger direction × palm orientation', () => {
  it('FK of the signed hand reproduces all 26 × 8 orientations within 3°', () => {
    const sk = DEFAULT_SKELETON;
    const rot = quat();
    let worst = 0;
    for (const ext of DIRECTIONS_26) {
      for (const palm of PALM_DIRECTIONS) {
        const clip = synthesize(
          [
            {
              gloss: `${ext}/${palm}`,
              spec: sign({ dom: config(shape('flat'), ext, palm) }),
              source: 'test',
            },
          ],
          {
            fps: 15,
            skeleton: sk,
          },
        );
        const w = frameWorld(clip, sk, heldFrame(clip));
        handRotationInBody(w, 'right', rot);
        const fingers = rotateV(vec3(), rot, [-1, 0, 0]); // right hand: fingers along −X at rest
        const palmN = rotateV(vec3(), rot, [0, -1, 0]);
        const e = expectedExt(ext);
        expect(fingers, `${ext} ${palm}`).toPointAlong(e, 3);
        expect(palmN, `${ext} ${palm}`).toPointAlong(expectedPalm(e, palm), 3);
        const d = Math.acos(
          Math.min(1, fingers[0] * e[0]! + fingers[1] * e[1]! + fingers[2] * e[2]!),
        );
        worst = Math.max(worst, d);
      }
    }
    expect(worst).toBeLessThan((3 * Math.PI) / 180);
  }, 120_000);

  it('a mirror-symmetric sign mirrors the other hand', () => {
    const sk = DEFAULT_SKELETON;
    const clip = synthesize(
      [
        {
          gloss: 'SYM',
          spec: sign({
            dom: config(shape('flat'), 'uol', 'dl'),
            symmetry: {
              src: { start: 0, end: 0 },
              kind: 'lr',
              oiMirror: false,
              udMirror: false,
              outOfPhase: false,
              nonIpsi: false,
            },
          }),
          source: 'test',
        },
      ],
      { fps: 15, skeleton: sk },
    );
    const w = frameWorld(clip, sk, heldFrame(clip));
    const r = rotateV(vec3(), handRotationInBody(w, 'right', quat()), [-1, 0, 0]);
    const l = rotateV(vec3(), handRotationInBody(w, 'left', quat()), [1, 0, 0]);
    expect(l).toPointAlong([-r[0], r[1], r[2]], 1);
  });
});
