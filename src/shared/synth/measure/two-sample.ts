import type { Rng } from '../rng';
import { rocAuc } from './auc';
import { logisticScore, trainLogistic, type LogisticOptions } from './logistic';
import { mean } from './stats';

/** One recording's feature windows: cross-validation keeps them together. */
export type WindowGroup = readonly Float64Array[];

export interface TwoSampleOptions extends LogisticOptions {
  /** Cross-validation folds (default 5; fewer when a class has fewer recordings). */
  folds?: number;
  /**
   * Times the whole cross-validation is redone with another fold assignment (default 4): with a
   * few dozen recordings one split's AUC depends a lot on which recordings share a fold.
   */
  repeats?: number;
}

export interface TwoSampleResult {
  /** Mean test AUC over folds: 0.5 = indistinguishable, 1 = always told apart. */
  auc: number;
  /** Standard deviation of the fold AUCs (all repeats). */
  aucSd: number;
  /** Every test fold's AUC, repeat by repeat. */
  folds: number[];
  windows: { a: number; b: number };
  recordings: { a: number; b: number };
}

const DEFAULT_FOLDS = 5;
const DEFAULT_REPEATS = 4;

/** Groups of one class dealt round-robin into folds after a seeded shuffle. */
function assignFolds(groups: number, folds: number, rng: Rng): number[] {
  const order = rng.shuffle(Array.from({ length: groups }, (_, i) => i));
  const fold = new Array<number>(groups);
  order.forEach((g, k) => (fold[g] = k % folds));
  return fold;
}

/**
 * A classifier two-sample test: can a logistic regression tell windows of sample A from
 * windows of sample B? Grouped cross-validation (a recording's windows are never in both train
 * and test), classes balanced by weight in training, AUC (Mann–Whitney) on each test fold.
 */
export function twoSampleAuc(
  a: readonly WindowGroup[],
  b: readonly WindowGroup[],
  rng: Rng,
  opts: TwoSampleOptions = {},
): TwoSampleResult {
  const usableA = a.filter((g) => g.length > 0);
  const usableB = b.filter((g) => g.length > 0);
  const k = Math.min(opts.folds ?? DEFAULT_FOLDS, usableA.length, usableB.length);
  if (k < 2) {
    throw new RangeError(
      `two-sample test needs at least 2 recordings with windows per sample; got ${usableA.length} and ${usableB.length}`,
    );
  }
  const aucs: number[] = [];
  for (let r = 0; r < (opts.repeats ?? DEFAULT_REPEATS); r++) {
    const foldA = assignFolds(usableA.length, k, rng);
    const foldB = assignFolds(usableB.length, k, rng);
    for (let f = 0; f < k; f++) aucs.push(foldAuc(usableA, usableB, foldA, foldB, f, opts));
  }
  const m = mean(aucs);
  return {
    auc: m,
    aucSd: Math.sqrt(aucs.reduce((s, x) => s + (x - m) ** 2, 0) / aucs.length),
    folds: aucs,
    windows: { a: count(usableA), b: count(usableB) },
    recordings: { a: usableA.length, b: usableB.length },
  };
}

/** Train on every fold but `f`, return the AUC on fold `f`. */
function foldAuc(
  usableA: readonly WindowGroup[],
  usableB: readonly WindowGroup[],
  foldA: readonly number[],
  foldB: readonly number[],
  f: number,
  opts: LogisticOptions,
): number {
  const trainX: Float64Array[] = [];
  const trainY: number[] = [];
  const testA: Float64Array[] = [];
  const testB: Float64Array[] = [];
  usableA.forEach((g, i) => (foldA[i] === f ? testA.push(...g) : pushAll(trainX, trainY, g, 1)));
  usableB.forEach((g, i) => (foldB[i] === f ? testB.push(...g) : pushAll(trainX, trainY, g, 0)));
  const nA = trainY.filter((y) => y === 1).length;
  const nB = trainY.length - nA;
  const weights = trainY.map((y) => (y === 1 ? 0.5 / nA : 0.5 / nB));
  const model = trainLogistic(trainX, trainY, weights, opts);
  return rocAuc(
    testA.map((r) => logisticScore(model, r)),
    testB.map((r) => logisticScore(model, r)),
  );
}

function pushAll(x: Float64Array[], y: number[], g: WindowGroup, label: number): void {
  for (const r of g) {
    x.push(r);
    y.push(label);
  }
}

const count = (groups: readonly WindowGroup[]): number => groups.reduce((s, g) => s + g.length, 0);
