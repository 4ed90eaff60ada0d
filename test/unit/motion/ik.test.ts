import { describe, expect, it } from 'vitest';
import '../../helpers/quat';
import { bodySite, bodyVolumes, penetration } from '../../../src/shared/motion/body';
import { handPointsWorld, handSpotWorld } from '../../../src/shared/motion/fk';
import { makeHandPoints, type HandSpot } from '../../../src/shared/motion/hand';
import { distance3, vec3, type Vec3 } from '../../../src/shared/motion/math';
import { ROTATION_STRIDE } from '../../../src/shared/motion/clip';
import { makeSkeleton, SKELETON_PRESETS, type Skeleton } from '../../../src/shared/motion/skeleton';
import { synthesize } from '../../../src/shared/motion/synth';
import type {
  BodySite,
  Direction26,
  FingerPart,
  HandPart,
  PalmDirection,
} from '../../../src/shared/sigml/vocab';
import { frameWorld, heldFrame } from './frames';
import { bodyLoc, config, placement, shape, sign, site } from './spec-builder';

/** Contact tolerance: the named hand part lands this close to the site, metres. */
const REACH_TOLERANCE = 0.01;
/** Penetration tolerance of hand and arm points into the body volumes, metres. */
const PENETRATION_TOLERANCE = 0.005;

interface Contact {
  readonly site: BodySite;
  readonly side?: 'at';
  readonly base: 'finger2' | 'flat' | 'fist';
  readonly ext: Direction26;
  readonly palm: PalmDirection;
  readonly part: { hand: HandPart } | { finger: FingerPart };
}

/** Contacts with orientations a signer would use; the dominant (right) hand touches. */
const CONTACTS: readonly Contact[] = [
  { site: 'forehead', base: 'finger2', ext: 'ui', palm: 'd', part: { finger: 'tip' } },
  { site: 'nose', base: 'finger2', ext: 'ui', palm: 'd', part: { finger: 'tip' } },
  { site: 'chin', base: 'finger2', ext: 'ui', palm: 'd', part: { finger: 'tip' } },
  { site: 'lips', base: 'finger2', ext: 'u', palm: 'l', part: { finger: 'side' } },
  { site: 'cheek', base: 'finger2', ext: 'ui', palm: 'l', part: { finger: 'tip' } },
  { site: 'ear', base: 'finger2', ext: 'ul', palm: 'u', part: { finger: 'tip' } },
  { site: 'headtop', base: 'flat', ext: 'l', palm: 'd', part: { hand: 'palm' } },
  { site: 'neck', base: 'finger2', ext: 'i', palm: 'd', part: { finger: 'tip' } },
  { site: 'shoulders', base: 'flat', ext: 'l', palm: 'l', part: { hand: 'palm' } },
  { site: 'chest', base: 'flat', ext: 'l', palm: 'l', part: { hand: 'palm' } },
  { site: 'chest', side: 'at', base: 'finger2', ext: 'i', palm: 'd', part: { finger: 'tip' } },
  { site: 'stomach', base: 'flat', ext: 'l', palm: 'l', part: { hand: 'palm' } },
  { site: 'belowstomach', base: 'finger2', ext: 'di', palm: 'd', part: { finger: 'tip' } },
  { site: 'stomach', base: 'fist', ext: 'l', palm: 'u', part: { hand: 'pinkyside' } },
  { site: 'shouldertop', base: 'flat', ext: 'o', palm: 'd', part: { hand: 'palm' } },
];

function spotOf(c: Contact): HandSpot {
  return 'hand' in c.part
    ? { kind: 'hand', part: c.part.hand }
    : { kind: 'finger', part: c.part.finger, finger: 1 };
}

function deepest(sk: Skeleton, points: readonly Vec3[]): number {
  const vols = bodyVolumes(sk);
  const push = vec3();
  let worst = 0;
  for (const p of points) for (const v of vols) worst = Math.max(worst, penetration(v, p, push));
  return worst;
}

describe('arm IK reaches sites on each avatar’s own body', () => {
  for (const [name, proportions] of Object.entries(SKELETON_PRESETS)) {
    it(`${name}: the named hand part touches the site within 1 cm, without penetration`, () => {
      const sk = makeSkeleton(proportions);
      const hand = makeHandPoints();
      for (const c of CONTACTS) {
        const part =
          'hand' in c.part
            ? site({ handPart: c.part.hand })
            : site({ fingerPart: c.part.finger, digits: [2] });
        const spec = sign({
          dom: config(shape(c.base), c.ext, c.palm),
          placement: placement(
            bodyLoc(c.site, {
              contact: 'touch',
              contactBy: part,
              ...(c.side
                ? { side: { src: { start: 0, end: 0 }, of: 'dominant', distance: 'at' } }
                : {}),
            }),
          ),
        });
        const clip = synthesize([{ gloss: c.site, spec, source: 'test' }], {
          fps: 15,
          skeleton: sk,
        });
        const f = heldFrame(clip);
        const w = frameWorld(clip, sk, f);
        const pos = vec3();
        handSpotWorld(sk, w, clip.rotations, f * ROTATION_STRIDE, 'right', spotOf(c), pos, vec3());
        const target = bodySite(sk, c.site, c.side ?? 'centre', 'right').pos;
        const label = `${name} ${c.site}${c.side ? ' at' : ''}`;
        expect(distance3(pos, target), label).toBeLessThan(REACH_TOLERANCE);
        handPointsWorld(sk, w, clip.rotations, f * ROTATION_STRIDE, 'right', hand);
        const elbow = w.pos.rightLowerArm;
        const midForearm: Vec3 = [
          (elbow[0] + w.pos.rightHand[0]) / 2,
          (elbow[1] + w.pos.rightHand[1]) / 2,
          (elbow[2] + w.pos.rightHand[2]) / 2,
        ];
        expect(deepest(sk, [...hand, elbow, midForearm]), label).toBeLessThan(
          PENETRATION_TOLERANCE,
        );
      }
    }, 60_000);
  }

  it('keeps the hand out of the body when the notation would push it in', () => {
    const sk = makeSkeleton();
    // Fingers pointing into the chest with the fingertip placed on it: the hand must not pass in.
    const spec = sign({
      dom: config(shape('flat'), 'i', 'd'),
      placement: placement(
        bodyLoc('chest', { contact: 'touch', contactBy: site({ handPart: 'palm' }) }),
      ),
    });
    const clip = synthesize([{ gloss: 'IN', spec, source: 'test' }], { fps: 15, skeleton: sk });
    const hand = makeHandPoints();
    for (let f = 0; f < clip.frameCount; f++) {
      const w = frameWorld(clip, sk, f);
      handPointsWorld(sk, w, clip.rotations, f * ROTATION_STRIDE, 'right', hand);
      expect(deepest(sk, hand), `frame ${f}`).toBeLessThan(PENETRATION_TOLERANCE);
    }
  });
});
