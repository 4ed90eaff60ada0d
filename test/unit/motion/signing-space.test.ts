/**
 * Issue 14 item 3: where the hands sign. Neutral-space signs in front of the chest (not the
 * waist), a hand pointing up at the forehead below the head top, and the idle hand inside the
 * default camera's frame while the other one signs.
 */
import { describe, expect, it } from 'vitest';
import { synthesize } from '../../../src/shared/motion';
import { clipToLandmarks } from '../../../src/shared/motion/fk';
import { DEFAULT_SKELETON } from '../../../src/shared/motion/skeleton';
import { COMPONENTS, VALUES_PER_POINT } from '../../../src/shared/landmarks/layout';
import { frameWorld, heldFrame } from './frames';
import { bodyLoc, config, placement, shape, sign } from './spec-builder';

const sk = DEFAULT_SKELETON;
const shoulderY = (sk.bones.leftUpperArm[1] + sk.bones.rightUpperArm[1]) / 2;
const clipOf = (s: ReturnType<typeof sign>) =>
  synthesize([{ gloss: s.gloss, spec: s, source: 'test' }], { fps: 30, skeleton: sk });

describe('signing space', () => {
  it('a neutral-space sign holds the wrist in front of the chest, not the waist', () => {
    const clip = clipOf(sign({ dom: config(shape('flat'), 'o', 'l') }));
    const w = frameWorld(clip, sk, heldFrame(clip));
    const below = shoulderY - w.pos.rightHand[1];
    // Chest: 0.08–0.2 m below the shoulder joints (the old waist-level space was ~0.25 m).
    expect(below).toBeGreaterThan(0.08);
    expect(below).toBeLessThan(0.2);
  });

  it('a flat hand pointing up at the forehead keeps its fingertips below the top of the head', () => {
    const clip = clipOf(
      sign({ dom: config(shape('flat'), 'u', 'l'), placement: placement(bodyLoc('forehead')) }),
    );
    const f = heldFrame(clip);
    const lm = clipToLandmarks(clip, sk)[f]!;
    const tipY = lm[(COMPONENTS.rightHand.offset + 12) * VALUES_PER_POINT + 1]!; // middle tip
    const headTop = sk.body.headCenter[1] + sk.body.headRadii[1];
    const w = frameWorld(clip, sk, f);
    // The wrist sits below the forehead site (eye level), not a hand's length above it.
    expect(w.pos.rightHand[1]).toBeLessThan(sk.body.headCenter[1] + 0.02);
    expect(w.pos.rightHand[1]).toBeLessThan(headTop - 0.1);
    expect(Number.isFinite(tipY)).toBe(true);
  });

  it('both hands stay inside the default camera frame while one hand signs', () => {
    const clip = clipOf(sign({ dom: config(shape('flat'), 'o', 'l') }));
    const lm = clipToLandmarks(clip, sk);
    const s = clip.timeline[0]!;
    let out = 0;
    let n = 0;
    for (let f = Math.round(((s.start + s.end) / 2) * clip.fps); f < s.end * clip.fps; f++) {
      for (const part of [COMPONENTS.leftHand, COMPONENTS.rightHand]) {
        for (let i = 0; i < part.points; i++) {
          const o = (part.offset + i) * VALUES_PER_POINT;
          const x = lm[f]![o]!;
          const y = lm[f]![o + 1]!;
          n++;
          if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) out++;
        }
      }
    }
    expect(n).toBeGreaterThan(0);
    expect(out / n).toBe(0);
  });
});
