import { describe, expect, it } from 'vitest';
import '../../helpers/quat';
import { clipDuration, parseClip, serializeClip, type Clip } from '../../../src/shared/motion/clip';
import { isAnimatable, synthesize } from '../../../src/shared/motion';
import { benchSynthesize, sampleUtterance } from '../../../src/shared/motion/bench';
import { ROTATION_STRIDE } from '../../../src/shared/motion/clip';
import { CLIP_BONES, expressionIndex, type ClipExpression } from '../../../src/shared/motion/rig';
import { DEFAULT_SKELETON } from '../../../src/shared/motion/skeleton';
import { frameWorld } from './frames';
import {
  bodyLoc,
  circle,
  config,
  faceSign,
  move,
  placement,
  repeat,
  shape,
  sign,
} from './spec-builder';

const items = sampleUtterance().map((s) => ({ gloss: s.gloss, spec: s, source: 'sample' }));

function allUnitQuats(clip: Clip): void {
  const r = clip.rotations;
  let worst = 0;
  for (let i = 0; i < r.length; i += 4) {
    const n = Math.hypot(r[i]!, r[i + 1]!, r[i + 2]!, r[i + 3]!);
    expect(Number.isFinite(n)).toBe(true);
    worst = Math.max(worst, Math.abs(n - 1));
  }
  expect(worst).toBeLessThan(1e-4);
  for (const w of clip.expressionWeights) {
    expect(w).toBeGreaterThanOrEqual(0);
    expect(w).toBeLessThanOrEqual(1);
  }
}

/** Wrist height of the right hand per frame. */
function wristY(clip: Clip): number[] {
  const out: number[] = [];
  for (let f = 0; f < clip.frameCount; f++)
    out.push(frameWorld(clip, DEFAULT_SKELETON, f).pos.rightHand[1]);
  return out;
}

/** Number of local maxima of a series that rise at least `min` above the neighbouring minima. */
function peaks(y: readonly number[], min: number): number {
  let count = 0;
  let lo = y[0]!;
  let rising = true;
  let hi = -Infinity;
  for (const v of y) {
    if (rising) {
      if (v > hi) hi = v;
      if (hi - v > min && hi - lo > min) {
        count++;
        rising = false;
        lo = v;
      }
    } else {
      if (v < lo) lo = v;
      if (v - lo > min) {
        rising = true;
        hi = v;
      }
    }
  }
  return count;
}

describe('synthesize', () => {
  const clip = synthesize(items, { fps: 30 });

  it('gives finite unit quaternions and weights in [0, 1] for every frame', () => {
    expect(clip.bones).toEqual(CLIP_BONES);
    expect(clip.rotations.length).toBe(clip.frameCount * ROTATION_STRIDE);
    allUnitQuats(clip);
  });

  it('is deterministic', () => {
    const again = synthesize(items, { fps: 30 });
    expect(again.rotations).toEqual(clip.rotations);
    expect(again.expressionWeights).toEqual(clip.expressionWeights);
  });

  it('lays the signs out in order, from rest back to rest, at a natural rate', () => {
    expect(clip.timeline.map((s) => s.gloss)).toEqual(items.map((i) => i.gloss));
    for (let i = 0; i < clip.timeline.length; i++) {
      const s = clip.timeline[i]!;
      expect(s.end).toBeGreaterThan(s.start);
      if (i > 0) expect(s.start).toBeGreaterThanOrEqual(clip.timeline[i - 1]!.end - 1e-9);
    }
    const signing = clip.timeline.at(-1)!.end - clip.timeline[0]!.start;
    const rate = items.length / signing;
    // Citation forms with repetitions: about 1.3–2.5 signs per second.
    expect(rate).toBeGreaterThan(1.3);
    expect(rate).toBeLessThan(2.6);
    // Starts and ends in the rest pose: hands at the same place.
    const first = frameWorld(clip, DEFAULT_SKELETON, 0);
    const last = frameWorld(clip, DEFAULT_SKELETON, clip.frameCount - 1);
    expect(last.pos.rightHand).toBeCloseToVec(first.pos.rightHand, 0.002);
    expect(last.pos.leftHand).toBeCloseToVec(first.pos.leftHand, 0.002);
  });

  it('speed scales time', () => {
    const slow = synthesize(items, { fps: 30, speed: 0.5 });
    expect(clipDuration(slow)).toBeCloseTo(clipDuration(clip) * 2, 0);
    expect(slow.timeline[3]!.start).toBeCloseTo(clip.timeline[3]!.start * 2, 6);
  });

  it('round-trips through JSON', () => {
    const back = parseClip(serializeClip(clip));
    expect(back.frameCount).toBe(clip.frameCount);
    expect(back.timeline.map((s) => s.gloss)).toEqual(clip.timeline.map((s) => s.gloss));
    for (let i = 0; i < clip.rotations.length; i += 97)
      expect(back.rotations[i]).toBeCloseTo(clip.rotations[i]!, 4);
    expect(() => parseClip('{"format":"other"}')).toThrow(/format/);
    expect(() => parseClip('not json')).toThrow(/not valid JSON/);
  });

  it('a left-handed signer mirrors the whole performance', () => {
    const left = synthesize(items.slice(0, 3), { fps: 30, dominantHand: 'left' });
    const right = synthesize(items.slice(0, 3), { fps: 30 });
    const f = Math.round(((right.timeline[1]!.start + right.timeline[1]!.end) / 2) * 30);
    const r = frameWorld(right, DEFAULT_SKELETON, f).pos.rightHand;
    const l = frameWorld(left, DEFAULT_SKELETON, f).pos.leftHand;
    expect(l).toBeCloseToVec([-r[0], r[1], r[2]], 0.002);
  });

  it('rejects bad options with the valid range', () => {
    expect(() => synthesize(items, { fps: 0 })).toThrow(
      /fps 0 is not valid; expected a number from 1 to 240/,
    );
    expect(() => synthesize(items, { fps: 30, speed: 9 })).toThrow(
      /speed 9 is not valid; expected a number from 0.1 to 4/,
    );
  });
});

describe('movements and repetitions', () => {
  const up = (actions: Parameters<typeof sign>[0]['actions']) =>
    synthesize(
      [{ gloss: 'X', spec: sign({ dom: config(shape('flat'), 'uo', 'l'), actions }), source: 't' }],
      { fps: 30 },
    );

  it('a straight move up raises the hand by about its size', () => {
    const y = wristY(up([move('u')]));
    const start = y[Math.round(0.7 * 30)]!;
    expect(Math.max(...y) - start).toBeGreaterThan(0.1);
  });

  it('repeat from the start performs the movement twice, "several" three times', () => {
    expect(peaks(wristY(up([repeat(move('u'), 'fromStart')])), 0.05)).toBe(2);
    expect(peaks(wristY(up([repeat(move('u'), 'fromStartSeveral')])), 0.05)).toBe(3);
  });

  it('repeat continuing goes on from the end point', () => {
    const once = wristY(up([move('u', { size: 'small' })]));
    const cont = wristY(up([repeat(move('u', { size: 'small' }), 'continue')]));
    expect(Math.max(...cont) - Math.max(...once)).toBeGreaterThan(0.05);
  });

  it('a reverse repetition comes back to where it started', () => {
    const clip = up([repeat(move('u'), 'reverse')]);
    const y = wristY(clip);
    const s = clip.timeline[0]!;
    const hold = y[Math.round((s.end - 0.03) * 30)]!;
    const start = y[Math.round((s.start + 0.5) * 30)]!;
    expect(Math.abs(hold - start)).toBeLessThan(0.02);
    expect(Math.max(...y) - start).toBeGreaterThan(0.1);
  });

  it('a circle in the frontal plane goes round and comes back', () => {
    const clip = up([circle('o')]);
    const y = wristY(clip);
    const s = clip.timeline[0]!;
    const a = y[Math.round((s.end - 0.03) * 30)]!;
    expect(
      Math.max(...y.slice(Math.round(s.start * 30))) -
        Math.min(...y.slice(Math.round((s.start + 0.45) * 30), Math.round(s.end * 30))),
    ).toBeGreaterThan(0.08);
    expect(Math.abs(a - y[Math.round((s.start + 0.45) * 30)]!)).toBeLessThan(0.02);
  });
});

describe('non-manual channels', () => {
  it('a yes/no question span raises the brows over its signs only', () => {
    const clip = synthesize(items, {
      fps: 30,
      nonManual: [{ type: 'yn-question', start: 2, end: 4 }],
    });
    const brow = expressionIndex('browRaise');
    const ne = clip.expressions.length;
    const at = (t: number): number => clip.expressionWeights[Math.round(t * 30) * ne + brow]!;
    const s2 = clip.timeline[2]!;
    const s3 = clip.timeline[3]!;
    expect(at((s2.start + s3.end) / 2)).toBeGreaterThan(0.9);
    expect(at(clip.timeline[0]!.end - 0.05)).toBe(0);
    expect(at(clip.timeline[6]!.start + 0.05)).toBe(0);
  });

  it('negation shakes the head', () => {
    const clip = synthesize(items.slice(0, 3), {
      fps: 30,
      nonManual: [{ type: 'negation', start: 0, end: 3 }],
    });
    const yaws: number[] = [];
    const head = CLIP_BONES.indexOf('head');
    for (let f = 0; f < clip.frameCount; f++)
      yaws.push(clip.rotations[f * ROTATION_STRIDE + head * 4 + 1]!);
    expect(Math.max(...yaws)).toBeGreaterThan(0.03);
    expect(Math.min(...yaws)).toBeLessThan(-0.03);
  });

  it('mouthing moves the mouth during the sign; idle blinks happen', () => {
    const spec = sign({
      dom: config(shape('flat'), 'u', 'l'),
      placement: placement(bodyLoc('chin', { contact: 'touch' })),
      actions: [move('o')],
      nonManual: [
        { element: 'hnm_mouthpicture', tier: 'mouthing', picture: 'hAlo:', line: 1, column: 1 },
      ],
    });
    const clip = synthesize([{ gloss: 'HALLO', spec, source: 't' }, ...items.slice(0, 3)], {
      fps: 30,
    });
    const ne = clip.expressions.length;
    const aa = expressionIndex('aa');
    const blink = expressionIndex('blink');
    let mouth = 0;
    let blinks = 0;
    for (let f = 0; f < clip.frameCount; f++) {
      mouth = Math.max(mouth, clip.expressionWeights[f * ne + aa]!);
      blinks = Math.max(blinks, clip.expressionWeights[f * ne + blink]!);
    }
    expect(mouth).toBeGreaterThan(0.5);
    expect(blinks).toBeGreaterThan(0.9);
  });
});

describe('one-sided brows and eyelids', () => {
  /** The highest weight each named expression reaches over one sign carrying `tag`. */
  const peaks = (
    element: 'hnm_eyebrows' | 'hnm_eyelids',
    tag: string,
    names: readonly ClipExpression[],
  ): Record<string, number> => {
    const spec = faceSign(element, [tag]);
    const clip = synthesize([{ gloss: 'FACE', spec, source: 't' }], { fps: 30 });
    const ne = clip.expressions.length;
    return Object.fromEntries(
      names.map((n) => {
        const i = expressionIndex(n);
        let m = 0;
        for (let f = 0; f < clip.frameCount; f++)
          m = Math.max(m, clip.expressionWeights[f * ne + i]!);
        return [n, m];
      }),
    );
  };
  /** `tag` drives `name` and none of the other `names`. */
  const only = (
    element: 'hnm_eyebrows' | 'hnm_eyelids',
    names: readonly ClipExpression[],
    tag: string,
    name: ClipExpression,
  ) => {
    for (const [n, v] of Object.entries(peaks(element, tag, names)))
      if (n === name) expect(v, `${tag} → ${n}`).toBeGreaterThan(0.7);
      else expect(v, `${tag} → ${n}`).toBe(0);
  };

  it('eyebrows RL raises the left brow only, RR the right; RB both', () => {
    const brows = ['browRaise', 'browRaiseLeft', 'browRaiseRight'] as const;
    only('hnm_eyebrows', brows, 'RL', 'browRaiseLeft');
    only('hnm_eyebrows', brows, 'RR', 'browRaiseRight');
    only('hnm_eyebrows', brows, 'RB', 'browRaise');
  });

  it('eyelids SL/SR narrow one eye, WL/WR open one wide; SB and WB act on both', () => {
    const lids = [
      'squint',
      'squintLeft',
      'squintRight',
      'eyeWide',
      'eyeWideLeft',
      'eyeWideRight',
    ] as const;
    only('hnm_eyelids', lids, 'SL', 'squintLeft');
    only('hnm_eyelids', lids, 'SR', 'squintRight');
    only('hnm_eyelids', lids, 'WL', 'eyeWideLeft');
    only('hnm_eyelids', lids, 'WR', 'eyeWideRight');
    only('hnm_eyelids', lids, 'SB', 'squint');
    only('hnm_eyelids', lids, 'WB', 'eyeWide');
  });
});

describe('fingerspelling', () => {
  it('holds each letter briefly and spells faster than signs', () => {
    const letter = (base: 'fist' | 'flat' | 'finger2', palm: 'd' | 'l') =>
      sign({ dom: config(shape(base), 'u', palm) });
    const letters = [
      letter('fist', 'd'),
      letter('flat', 'd'),
      letter('finger2', 'l'),
      letter('fist', 'd'),
    ];
    const clip = synthesize([{ gloss: 'fs-ABCA', letters, source: 'fingerspelling' }], { fps: 30 });
    const s = clip.timeline[0]!;
    const perLetter = (s.end - s.start - 0.4) / letters.length;
    expect(perLetter).toBeGreaterThan(0.2);
    expect(perLetter).toBeLessThan(0.45);
    allUnitQuats(clip);
  });
});

describe('isAnimatable and the bench', () => {
  it('accepts the sample signs and names what it cannot animate', () => {
    for (const s of sampleUtterance())
      expect(isAnimatable(s)).toEqual({ ok: true, unsupported: [] });
    const extra = {
      ...sampleUtterance()[0]!,
      nonManual: [
        { element: 'hnm_extra', tier: 'extra', tag: 'wink', line: 1, column: 1 },
      ] as const,
    };
    expect(isAnimatable(extra).unsupported).toEqual(['hnm_extra tag="wink"']);
    expect(isAnimatable({ gloss: 'EMPTY', nonManual: [] }).ok).toBe(false);
  });

  it('reports p50 and p95 of utterance synthesis', () => {
    const r = benchSynthesize({ now: () => performance.now(), runs: 3, warmup: 1 });
    expect(r.signs).toBe(10);
    expect(r.p95).toBeGreaterThanOrEqual(r.p50);
    expect(r.frames).toBeGreaterThan(100);
  });
});
