/**
 * Fitting the avatar's handshape model to real hands: the held hand of each real letter clip
 * (MediaPipe landmarks in a pose-format file listed in an index.csv) becomes a target, its
 * HamNoSys handshape comes from an alphabet SiGML (through a letter table where the clip's sign
 * language has no SiGML of its own), and coordinate descent moves the model's parameters
 * (src/shared/motion/hand/params.ts) to bring the forward-kinematics hands onto the real ones.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_SKELETON, type Skeleton } from '../../shared/motion';
import { activeHand, heldHandPoints } from '../../shared/motion/eval';
import {
  DEFAULT_HAND_PARAMS,
  PARAM_SLOTS,
  handModel,
  paramsToVector,
  vectorToParams,
  type HandParams,
  type HandshapeSpec,
} from '../../shared/motion/hand';
import {
  coordinateDescent,
  handFitObjective,
  realTarget,
  type DescentResult,
  type HandSample,
} from '../../shared/motion/hand/fit';
import { handshapeFromSpec } from '../../shared/motion/plan';
import { decodePose, poseToFrames } from '../../shared/pose-format';
import { parseSigml } from '../../shared/sigml';

/** The handshape of each letter of an alphabet SiGML (its dominant hand's first shape). */
export function alphabetShapes(sigmlPath: string): Map<string, HandshapeSpec> {
  const out = new Map<string, HandshapeSpec>();
  for (const s of parseSigml(fs.readFileSync(sigmlPath)).signs) {
    const h = s.spec.manual?.hands.dominant?.handshape;
    if (s.understood && h) out.set(s.gloss.toUpperCase(), handshapeFromSpec(h));
  }
  return out;
}

export interface SampleOptions {
  /** index.csv with columns path, spoken_language, signed_language, start, end, words, … */
  readonly index: string;
  readonly signLanguage: string;
  /** Letter of a clip → its handshape; clips of letters it lacks are skipped. */
  readonly shapes: ReadonlyMap<string, HandshapeSpec>;
  readonly skeleton?: Skeleton;
}

/** Fit targets: one per clip of that sign language whose letter has a handshape. */
export function loadHandSamples(opts: SampleOptions): HandSample[] {
  const model = handModel(opts.skeleton ?? DEFAULT_SKELETON, 'right');
  const rows = fs
    .readFileSync(opts.index, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
  const samples: HandSample[] = [];
  for (const r of rows) {
    const label = (r[5] ?? '').toUpperCase();
    const spec = opts.shapes.get(label);
    if (r[2] !== opts.signLanguage || !spec) continue;
    const pose = decodePose(
      new Uint8Array(fs.readFileSync(path.join(path.dirname(opts.index), r[0] ?? ''))),
    );
    const frames = poseToFrames(pose);
    const hand = activeHand(frames);
    const held = heldHandPoints(
      frames,
      hand,
      pose.header.width / pose.header.height,
      hand === 'leftHand',
    );
    if (held.length > 0) samples.push({ label, spec, target: realTarget(model, held) });
  }
  return samples;
}

export interface FitOptions {
  readonly samples: readonly HandSample[];
  readonly start?: HandParams;
  /** Pull towards the start, per squared parameter unit (10°, 1 cm). */
  readonly priorWeight?: number;
  readonly skeleton?: Skeleton;
  readonly initialStep?: number;
  readonly minStep?: number;
  readonly maxSweeps?: number;
  readonly log?: (line: string) => void;
}

export const DEFAULT_PRIOR_WEIGHT = 0.002;

export interface HandFit extends DescentResult {
  readonly params: HandParams;
  /** Per sample: direction distance before and after. */
  readonly perSample: readonly { label: string; before: number; after: number }[];
}

export function fitHands(opts: FitOptions): HandFit {
  const model = handModel(opts.skeleton ?? DEFAULT_SKELETON, 'right');
  const x0 = paramsToVector(opts.start ?? DEFAULT_HAND_PARAMS);
  const objective = handFitObjective(
    model,
    opts.samples,
    x0,
    opts.priorWeight ?? DEFAULT_PRIOR_WEIGHT,
  );
  const before = opts.samples.map((_, t) => objective.term(t, x0));
  const result = coordinateDescent(objective, x0, {
    lower: PARAM_SLOTS.map((s) => s.lower),
    upper: PARAM_SLOTS.map((s) => s.upper),
    unit: PARAM_SLOTS.map((s) => s.unit),
    ...(opts.initialStep !== undefined ? { initialStep: opts.initialStep } : {}),
    ...(opts.minStep !== undefined ? { minStep: opts.minStep } : {}),
    ...(opts.maxSweeps !== undefined ? { maxSweeps: opts.maxSweeps } : {}),
    onProgress: (p) => opts.log?.(`step ${p.step} sweep ${p.sweep}: loss ${p.loss.toFixed(5)}`),
  });
  const perSample = opts.samples.map((s, t) => ({
    label: s.label,
    before: before[t]!,
    after: objective.term(t, result.x),
  }));
  return { ...result, params: vectorToParams(result.x), perSample };
}

/** Parameters rounded for the committed file (0.01° and 0.01 mm are far below what shows). */
export function roundedParams(p: HandParams): HandParams {
  const v = paramsToVector(p);
  return vectorToParams(v.map((x) => Math.round(x * 1e5) / 1e5));
}
