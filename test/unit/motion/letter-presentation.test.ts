import { describe, expect, it } from 'vitest';
import '../../helpers/quat';
import { handRotationInBody } from '../../../src/shared/motion/fk';
import { DEG, quat, rotateV, vec3, type Vec3 } from '../../../src/shared/motion/math';
import { presentLetter, WRITTEN_PRESENTATION } from '../../../src/shared/motion/orient';
import { DEFAULT_SKELETON } from '../../../src/shared/motion/skeleton';
import { synthesize } from '../../../src/shared/motion/synth';
import { frameWorld, heldFrame } from './frames';
import { config, shape, sign } from './spec-builder';

/** Right hand's palm normal and finger direction (body frame) of a held flat hand, fingers up, palm "down". */
function heldHand(asLetter: boolean): { palm: Vec3; fingers: Vec3 } {
  const sk = DEFAULT_SKELETON;
  const spec = sign({ dom: config(shape('flat'), 'u', 'd') });
  const clip = synthesize(
    [
      asLetter
        ? { gloss: 'B', letters: [spec], source: 'test' }
        : { gloss: 'B', spec, source: 'test' },
    ],
    { fps: 15, skeleton: sk },
  );
  const w = frameWorld(clip, sk, heldFrame(clip));
  const rot = handRotationInBody(w, 'right', quat());
  return {
    fingers: rotateV(vec3(), rot, [-1, 0, 0]), // right hand: fingers along −X at rest
    palm: rotateV(vec3(), rot, [0, -1, 0]),
  };
}

describe('fingerspelled letters are presented as signers hold them', () => {
  it('a letter written palm forward turns its palm towards the midline; a sign does not', () => {
    // World +X is the avatar's left: the right hand's midline side. HamNoSys "fingers up, palm
    // down" faces the palm forward (+Z).
    const sign = heldHand(false);
    expect(sign.palm).toPointAlong([0, 0, 1], 3);
    const letter = heldHand(true);
    const yaw = Math.atan2(letter.palm[0], letter.palm[2]) / DEG;
    // Real signers (French clips) hold it turned 30° towards the midline: well past 15°, under 45°.
    expect(yaw).toBeGreaterThan(15);
    expect(yaw).toBeLessThan(45);
    expect(letter.fingers[1]).toBeGreaterThan(Math.cos(15 * DEG)); // still fingers up
  });

  it('the left hand mirrors the right, and the written presentation changes nothing', () => {
    const er: Vec3 = [0, 1, 0];
    const pr: Vec3 = [0, 0, 1];
    const el: Vec3 = [0, 1, 0];
    const pl: Vec3 = [0, 0, 1];
    presentLetter('right', er, pr);
    presentLetter('left', el, pl);
    expect(pl).toPointAlong([-pr[0], pr[1], pr[2]], 0.1);
    expect(el).toPointAlong([-er[0], er[1], er[2]], 0.1);
    const e: Vec3 = [0.6, 0.8, 0];
    const p: Vec3 = [0, 0, 1];
    presentLetter('right', e, p, WRITTEN_PRESENTATION);
    expect(e).toPointAlong([0.6, 0.8, 0], 0.01);
    expect(p).toPointAlong([0, 0, 1], 0.01);
  });
});
