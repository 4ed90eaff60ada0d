export interface Labelled {
  readonly label: string;
  readonly descriptor: Float64Array;
}

export interface NearestResult {
  readonly accuracy: number;
  readonly correct: number;
  readonly total: number;
  /** Every query with the reference label it was matched to. */
  readonly matches: readonly {
    readonly label: string;
    readonly predicted: string;
    readonly distance: number;
  }[];
}

/** Nearest-neighbour identification (Euclidean) of each query among the references. */
export function nearestNeighbour(
  queries: readonly Labelled[],
  refs: readonly Labelled[],
): NearestResult {
  const matches = queries.map((q) => {
    let best = '';
    let bestD = Infinity;
    for (const r of refs) {
      let d = 0;
      for (let k = 0; k < q.descriptor.length; k++)
        d += (q.descriptor[k]! - (r.descriptor[k] ?? 0)) ** 2;
      if (d < bestD) {
        bestD = d;
        best = r.label;
      }
    }
    return { label: q.label, predicted: best, distance: Math.sqrt(bestD) };
  });
  const correct = matches.filter((m) => m.label === m.predicted).length;
  return {
    accuracy: queries.length ? correct / queries.length : Number.NaN,
    correct,
    total: queries.length,
    matches,
  };
}
