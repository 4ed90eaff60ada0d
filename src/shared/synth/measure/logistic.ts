/**
 * L2-regularised logistic regression on standardised features, fitted by full-batch gradient
 * descent with per-sample weights (for balanced classes). Small and dependency-free: it only has
 * to tell two landmark distributions apart, not be a good model.
 */
export interface LogisticOptions {
  /** L2 penalty on the weights (features are standardised, so one scale fits all). */
  l2?: number;
  iterations?: number;
  learningRate?: number;
}

export interface LogisticModel {
  mean: Float64Array;
  scale: Float64Array;
  weights: Float64Array;
  bias: number;
}

const DEFAULT_L2 = 0.05;
const DEFAULT_ITERATIONS = 300;
const DEFAULT_LEARNING_RATE = 0.5;
/** A feature with a spread below this is constant in the training set and is ignored. */
const MIN_SCALE = 1e-12;

export function trainLogistic(
  x: readonly Float64Array[],
  y: readonly number[],
  sampleWeight: readonly number[],
  opts: LogisticOptions = {},
): LogisticModel {
  const n = x.length;
  const d = x[0]?.length ?? 0;
  if (n === 0 || y.length !== n || sampleWeight.length !== n) {
    throw new RangeError(
      `logistic regression got ${n} samples, ${y.length} labels, ${sampleWeight.length} weights; expected equal and above 0`,
    );
  }
  const mean = new Float64Array(d);
  const scale = new Float64Array(d);
  for (const row of x) for (let j = 0; j < d; j++) mean[j]! += row[j]! / n;
  for (const row of x) for (let j = 0; j < d; j++) scale[j]! += (row[j]! - mean[j]!) ** 2 / n;
  for (let j = 0; j < d; j++)
    scale[j] = Math.sqrt(scale[j]!) > MIN_SCALE ? Math.sqrt(scale[j]!) : 0;
  const z = x.map((row) => row.map((v, j) => (scale[j]! > 0 ? (v - mean[j]!) / scale[j]! : 0)));
  const totalWeight = sampleWeight.reduce((s, w) => s + w, 0);
  const w = new Float64Array(d);
  let b = 0;
  const l2 = opts.l2 ?? DEFAULT_L2;
  const lr = opts.learningRate ?? DEFAULT_LEARNING_RATE;
  const grad = new Float64Array(d);
  for (let it = 0; it < (opts.iterations ?? DEFAULT_ITERATIONS); it++) {
    grad.fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const zi = z[i]!;
      let s = b;
      for (let j = 0; j < d; j++) s += w[j]! * zi[j]!;
      const err = (sigmoid(s) - y[i]!) * (sampleWeight[i]! / totalWeight);
      gb += err;
      for (let j = 0; j < d; j++) grad[j]! += err * zi[j]!;
    }
    for (let j = 0; j < d; j++) w[j]! -= lr * (grad[j]! + l2 * w[j]!);
    b -= lr * gb;
  }
  return { mean, scale, weights: w, bias: b };
}

function sigmoid(s: number): number {
  return 1 / (1 + Math.exp(-s));
}

/** Decision score (log-odds of class 1). */
export function logisticScore(model: LogisticModel, row: Float64Array): number {
  let s = model.bias;
  for (let j = 0; j < row.length; j++) {
    const sc = model.scale[j]!;
    if (sc > 0) s += model.weights[j]! * ((row[j]! - model.mean[j]!) / sc);
  }
  return s;
}
