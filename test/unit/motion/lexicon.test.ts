import fs from 'node:fs';
import { expect, it } from 'vitest';
import { describeShared, sharedPath } from '../../helpers/shared';
import { isAnimatable, synthesize } from '../../../src/shared/motion';
import { bodyVolumes, penetration } from '../../../src/shared/motion/body';
import { ROTATION_STRIDE } from '../../../src/shared/motion/clip';
import { handPointsWorld } from '../../../src/shared/motion/fk';
import { makeHandPoints } from '../../../src/shared/motion/hand';
import { vec3 } from '../../../src/shared/motion/math';
import { DEFAULT_SKELETON } from '../../../src/shared/motion/skeleton';
import { parseSigml } from '../../../src/shared/sigml/parse-sigml';
import { frameWorld } from './frames';

const LEXICONS = ['data/sigml/German_SL_DGS.sigml', 'data/sigml/hamnosys_bsl_version1.sigml'];
/** Every Nth sign is synthesized in full (all of them take ~15 s on this machine). */
const SAMPLE_EVERY = 25;
/** Penetration still allowed on the sampled signs' hand points, metres. */
const PENETRATION_TOLERANCE = 0.005;

describeShared('real lexicons', LEXICONS, () => {
  for (const file of LEXICONS) {
    it(`${file}: at least 95% animated with no unsupported element; sampled clips are sound`, () => {
      const signs = parseSigml(fs.readFileSync(sharedPath(file), 'utf8')).signs;
      const animated = signs.filter((s) => s.understood && isAnimatable(s.spec).ok).length;
      expect(animated / signs.length).toBeGreaterThanOrEqual(0.95);
      const vols = bodyVolumes(DEFAULT_SKELETON);
      const push = vec3();
      const hand = makeHandPoints();
      let deep = 0;
      let sampled = 0;
      for (let i = 0; i < signs.length; i += SAMPLE_EVERY) {
        const s = signs[i]!;
        const clip = synthesize([{ gloss: s.gloss, spec: s.spec, source: file }], { fps: 10 });
        sampled++;
        for (let k = 0; k < clip.rotations.length; k += 4) {
          const n = Math.hypot(
            clip.rotations[k]!,
            clip.rotations[k + 1]!,
            clip.rotations[k + 2]!,
            clip.rotations[k + 3]!,
          );
          if (!(Math.abs(n - 1) < 1e-4))
            throw new Error(`${s.gloss}: rotation ${k / 4} has norm ${n}`);
        }
        let worst = 0;
        for (let f = 0; f < clip.frameCount; f++) {
          const w = frameWorld(clip, DEFAULT_SKELETON, f);
          for (const side of ['left', 'right'] as const) {
            handPointsWorld(DEFAULT_SKELETON, w, clip.rotations, f * ROTATION_STRIDE, side, hand);
            for (const p of hand)
              for (const v of vols) worst = Math.max(worst, penetration(v, p, push));
          }
        }
        if (worst > PENETRATION_TOLERANCE) deep++;
      }
      // Hands stay out of the body in (nearly) every sign; a few notations force contact poses.
      expect(deep / sampled).toBeLessThan(0.05);
    }, 120_000);
  }
});
