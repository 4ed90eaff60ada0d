import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { synthesize, type UtteranceItem } from '../../../src/shared/motion';
import { sampleUtterance } from '../../../src/shared/motion/bench';
import { bodyVolumes, penetration } from '../../../src/shared/motion/body';
import { ROTATION_STRIDE } from '../../../src/shared/motion/clip';
import { handPointsWorld } from '../../../src/shared/motion/fk';
import { makeHandPoints } from '../../../src/shared/motion/hand';
import { vec3 } from '../../../src/shared/motion/math';
import { DEFAULT_SKELETON } from '../../../src/shared/motion/skeleton';
import { parseSigml, type ParsedSign } from '../../../src/shared/sigml';
import { ROOT } from '../../helpers/shared';
import { frameWorld } from './frames';

const LEXICON_DIR = path.join(ROOT, 'models', 'ase', 'lexicon');
/** High enough that a one-frame jump cannot hide between frames. */
const FPS = 120;
/**
 * Largest wrist speed between two frames, m/s. Real signing wrists peak around 2–3 m/s; the
 * transition into HELLO from rest jumped 13 cm in one frame (15.5 m/s) when the collision push
 * switched from the torso's side to its front.
 */
const MAX_WRIST_SPEED = 4;
/** Depth a hand point may reach inside the head (the solver's own tolerance and a little), m. */
const HEAD_TOLERANCE = 0.005;
/** Transitions that cross the torso on their way to the face, and signs at the face. */
const UTTERANCES = [
  ['HELLO', 'THINK', 'KNOW'],
  ['EAT', 'MOTHER', 'FATHER'],
  ['THINK', 'EAT', 'HELLO'],
];

function aseSigns(): Map<string, ParsedSign> {
  const out = new Map<string, ParsedSign>();
  for (const f of fs.readdirSync(LEXICON_DIR).filter((n) => n.endsWith('.sigml'))) {
    const parsed = parseSigml(fs.readFileSync(path.join(LEXICON_DIR, f), 'utf8'));
    for (const s of parsed.signs) out.set(s.gloss, s);
  }
  return out;
}

/** Fastest wrist (either hand) between consecutive frames, m/s, and when; deepest head point. */
function measure(items: readonly UtteranceItem[]): { speed: number; at: number; head: number } {
  const sk = DEFAULT_SKELETON;
  const clip = synthesize(items, { fps: FPS });
  const head = bodyVolumes(sk).filter((v) => v.bone === 'head');
  const push = vec3();
  const hand = makeHandPoints();
  const prev = { left: vec3(), right: vec3() };
  const out = { speed: 0, at: 0, head: 0 };
  for (let f = 0; f < clip.frameCount; f++) {
    const w = frameWorld(clip, sk, f);
    for (const side of ['left', 'right'] as const) {
      const p = w.pos[side === 'left' ? 'leftHand' : 'rightHand'];
      const q = prev[side];
      const v = Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]) * FPS;
      if (f > 0 && v > out.speed) Object.assign(out, { speed: v, at: f / FPS });
      q[0] = p[0];
      q[1] = p[1];
      q[2] = p[2];
      handPointsWorld(sk, w, clip.rotations, f * ROTATION_STRIDE, side, hand);
      for (const pt of hand)
        for (const vol of head) out.head = Math.max(out.head, penetration(vol, pt, push));
    }
  }
  return out;
}

describe('transitions: the wrist moves continuously and stays out of the head', () => {
  const signs = aseSigns();
  const cases: [string, UtteranceItem[]][] = [
    [
      'the bench utterance (rest → HELLO)',
      sampleUtterance()
        .slice(0, 5)
        .map((s) => ({ gloss: s.gloss, spec: s, source: 'bench' })),
    ],
    ...UTTERANCES.map((glosses): [string, UtteranceItem[]] => [
      glosses.join(' '),
      glosses.map((g) => {
        const s = signs.get(g);
        if (!s)
          throw new Error(
            `${g} is not in ${LEXICON_DIR}; the test needs ${UTTERANCES.flat().join(', ')}`,
          );
        return { gloss: g, spec: s.spec, source: 'ase' };
      }),
    ]),
  ];
  for (const [name, items] of cases) {
    it(`${name}: wrist ≤ ${MAX_WRIST_SPEED} m/s frame to frame, no hand point in the head`, () => {
      const m = measure(items);
      expect(
        m.speed,
        `wrist at ${m.speed.toFixed(2)} m/s at t = ${m.at.toFixed(3)} s`,
      ).toBeLessThanOrEqual(MAX_WRIST_SPEED);
      expect(m.head).toBeLessThanOrEqual(HEAD_TOLERANCE);
    });
  }
});
