import { COMPONENTS, VALUES_PER_POINT } from '../../landmarks/layout';
import { bodyFrame } from '../measure/body-frame';
import { HANDS, handDropout, handSwaps } from '../measure/dropout';
import { JITTER_LAGS, partJitter, type ResidualMoments } from '../measure/jitter';
import { NOISE_PARTS, PART_GROUP, type NoiseGroup } from '../measure/parts';
import type { Recording } from '../measure/recording';
import { median } from '../measure/stats';
import { invertResidual } from './ar1';
import {
  NOISE_REFERENCE_FPS,
  rhoToReference,
  runsToReference,
  type Ar1,
  type NoiseParams,
  type PartNoise,
  type RunParams,
} from './params';

/**
 * Values used where the recordings show nothing to fit (marked `assumed` in `source`). A hand
 * swap lasts a few frames when it happens; without any swap seen, its rate is set well under the
 * rule-of-three 95% bound of the fitting set (no swap in 398 checkable hand frames: 3 / 398).
 */
export const ASSUMED = {
  dropout: { startPerFrame: 0.01, meanRunFrames: 3 },
  swap: { startPerFrame: 0.0005, meanRunFrames: 3 },
  /**
   * Not measurable on the real recordings here (single letters, the hand still in front of the
   * chest). Chosen against what MediaPipe did on the avatar's video in the app (each hand lost in
   * more than half of the signing frames, mostly at the face and crossing) and against what a
   * real signer gives it (far fewer losses): the middle of the palm within 0.3 shoulder widths of
   * the nose is a hand over the face (generator 2 took the wrist within 0.5, which also caught the
   * fingerspelling position beside the chin and lifted the corpus's surviving fingerspelling hands
   * far above the real ones: `synth report`), a third between the wrists is hands in contact, 4 shoulder widths a second is
   * the fast part of a movement; each hard frame starts a 6-frame miss with probability
   * 0.3 × a per-clip strength in [0, 1].
   */
  occlusion: {
    faceDistance: 0.3,
    handsDistance: 0.35,
    fastSpeed: 4,
    startPerFrame: 0.3,
    meanRunFrames: 6,
  },
  outsideVisibility: 0.1,
  /**
   * ρ where the residual is not AR(1)-shaped: 0 (white at 30 fps) is the least noise that
   * explains the measured high-frequency residual; a larger ρ would add low-frequency wander that
   * these recordings cannot show.
   */
  jitter: { sigma: 0, rho: 0 },
} as const;

type Component = 'shared' | 'point' | 'depth';
const COMPONENTS_FIT: readonly Component[] = ['shared', 'point', 'depth'];

/**
 * Pool of residual moments measured at one frame rate: the median recording's variance (real
 * recordings differ up to fivefold in jitter, and the model should match the typical one, not
 * be pulled up by the noisiest), autocorrelations weighted by samples.
 */
function pool(moments: readonly ResidualMoments[]): ResidualMoments {
  const usable = moments.filter((m) => m.n > 0 && Number.isFinite(m.variance));
  const n = usable.reduce((s, m) => s + m.n, 0);
  const w = (fn: (m: ResidualMoments) => number): number =>
    usable.reduce((s, m) => s + (Number.isFinite(fn(m)) ? fn(m) * m.n : 0), 0) / n;
  return {
    n,
    variance: median(usable.map((m) => m.variance)),
    acf: Array.from({ length: JITTER_LAGS }, (_, k) => w((m) => m.acf[k]!)),
  };
}

/**
 * AR(1) parameters of one component: moments pooled per frame rate (the filter acts per frame),
 * inverted there, ρ brought to the reference rate, then averaged weighted by samples.
 */
function fitComponent(
  byFps: Map<number, ResidualMoments[]>,
): (Ar1 & { rhoFitted: boolean }) | undefined {
  let n = 0;
  let rhoFitted = true;
  let varSum = 0;
  let rhoSum = 0;
  for (const [fps, list] of byFps) {
    const m = pool(list);
    if (!(m.n > 0)) continue;
    const ar = invertResidual(m.variance, m.acf, ASSUMED.jitter.rho);
    rhoFitted &&= ar.rhoFitted;
    n += m.n;
    varSum += ar.sigma ** 2 * m.n;
    rhoSum += rhoToReference(ar.rho, fps) * m.n;
  }
  return n > 0 ? { sigma: Math.sqrt(varSum / n), rho: rhoSum / n, rhoFitted } : undefined;
}

function fitRuns(gapsSeconds: number[], detectedSeconds: number): RunParams | undefined {
  if (gapsSeconds.length === 0 || !(detectedSeconds > 0)) return undefined;
  const perSecond = gapsSeconds.length / detectedSeconds;
  const meanSeconds = gapsSeconds.reduce((s, g) => s + g, 0) / gapsSeconds.length;
  return runsToReference(
    {
      startPerFrame: perSecond / NOISE_REFERENCE_FPS,
      meanRunFrames: meanSeconds * NOISE_REFERENCE_FPS,
    },
    NOISE_REFERENCE_FPS,
  );
}

/** Median visibility of real pose points outside the image (MediaPipe still reports them). */
function outsideVisibilities(rec: Recording): number[] {
  const out: number[] = [];
  for (const f of rec.frames) {
    for (let p = 0; p < COMPONENTS.pose.points; p++) {
      const i = (COMPONENTS.pose.offset + p) * VALUES_PER_POINT;
      const x = f[i]!;
      const y = f[i + 1]!;
      if (Number.isFinite(x) && (x < 0 || x > 1 || y < 0 || y > 1)) out.push(f[i + 3]!);
    }
  }
  return out;
}

/**
 * Fits the noise model to real recordings (pure). Recordings without both shoulders are skipped
 * for jitter (no body scale); parts never seen contribute nothing. A parameter with no evidence
 * keeps its ASSUMED value and is marked so.
 */
export function fitNoise(recordings: readonly Recording[]): NoiseParams {
  const moments: Record<NoiseGroup, Record<Component, Map<number, ResidualMoments[]>>> = {
    pose: { shared: new Map(), point: new Map(), depth: new Map() },
    hand: { shared: new Map(), point: new Map(), depth: new Map() },
    face: { shared: new Map(), point: new Map(), depth: new Map() },
  };
  const gaps: number[] = [];
  let detectedSeconds = 0;
  let swapsChecked = 0;
  let swapped = 0;
  const outside: number[] = [];

  for (const rec of recordings) {
    if (!bodyFrame(rec)) continue;
    for (const part of NOISE_PARTS) {
      const j = partJitter(rec, part);
      if (!j) continue;
      for (const c of COMPONENTS_FIT) {
        const map = moments[PART_GROUP[part]][c];
        map.set(rec.fps, [...(map.get(rec.fps) ?? []), j[c]]);
      }
    }
    for (const hand of HANDS) {
      const d = handDropout(rec, hand);
      detectedSeconds += d.detected / rec.fps;
      gaps.push(...d.gaps.map((g) => g / rec.fps));
    }
    const s = handSwaps(rec);
    swapsChecked += s.checked;
    swapped += s.swapped;
    outside.push(...outsideVisibilities(rec));
  }

  const source: NoiseParams['source'] = {
    pose: 'fitted',
    hand: 'fitted',
    face: 'fitted',
    poseRho: 'fitted',
    handRho: 'fitted',
    faceRho: 'fitted',
    dropout: 'fitted',
    occlusion: 'assumed',
    swap: 'fitted',
    outsideVisibility: 'fitted',
  };
  const part = (g: NoiseGroup): PartNoise => {
    const fit = (c: Component): Ar1 => {
      const a = fitComponent(moments[g][c]);
      if (!a) source[g] = 'assumed';
      if (!a?.rhoFitted) source[`${g}Rho`] = 'assumed';
      return a ? { sigma: a.sigma, rho: a.rho } : { ...ASSUMED.jitter };
    };
    return { shared: fit('shared'), point: fit('point'), depth: fit('depth') };
  };
  const dropout = fitRuns(gaps, detectedSeconds);
  if (!dropout) source.dropout = 'assumed';
  // Swaps are counted per checked hand frame; their length is not measured, so a run of the
  // assumed length starts at the rate that gives the swapped share of frames.
  const runs = ASSUMED.swap.meanRunFrames;
  const swap =
    swapped > 0 ? { startPerFrame: swapped / swapsChecked / runs, meanRunFrames: runs } : undefined;
  if (!swap) source.swap = 'assumed';
  const vis = median(outside);
  if (!Number.isFinite(vis)) source.outsideVisibility = 'assumed';
  return {
    pose: part('pose'),
    hand: part('hand'),
    face: part('face'),
    dropout: dropout ?? { ...ASSUMED.dropout },
    occlusion: { ...ASSUMED.occlusion },
    swap: swap ?? { ...ASSUMED.swap },
    outsideVisibility: Number.isFinite(vis) ? vis : ASSUMED.outsideVisibility,
    source,
  };
}
