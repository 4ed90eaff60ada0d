/**
 * ROC AUC by the Mann–Whitney statistic: the probability that a random positive scores above a
 * random negative (ties count half). 0.5 = the scores do not tell the classes apart.
 */
export function rocAuc(positive: readonly number[], negative: readonly number[]): number {
  if (positive.length === 0 || negative.length === 0) {
    throw new RangeError(
      `AUC needs both classes; got ${positive.length} positive and ${negative.length} negative scores`,
    );
  }
  const all = [
    ...positive.map((s) => ({ s, pos: true })),
    ...negative.map((s) => ({ s, pos: false })),
  ].sort((a, b) => a.s - b.s);
  // Mid-ranks over ties.
  let rankSumPos = 0;
  for (let i = 0; i < all.length;) {
    let j = i;
    while (j + 1 < all.length && all[j + 1]!.s === all[i]!.s) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (all[k]!.pos) rankSumPos += rank;
    i = j + 1;
  }
  const np = positive.length;
  return (rankSumPos - (np * (np + 1)) / 2) / (np * negative.length);
}
