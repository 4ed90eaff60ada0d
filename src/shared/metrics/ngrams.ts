/** Counts of the n-grams of `items` (words or characters), keyed by their joined text. */
export function ngramCounts(items: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  // Joined by a space, keys never collide: words are split on whitespace, so none holds a space,
  // and characters are one code point each, so a key splits back at fixed places.
  for (let i = 0; i + n <= items.length; i++) {
    const key = items.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Sum over hypothesis n-grams of min(hyp count, ref count): the clipped matches. */
export function clippedMatches(hyp: Map<string, number>, ref: Map<string, number>): number {
  let m = 0;
  for (const [g, c] of hyp) m += Math.min(c, ref.get(g) ?? 0);
  return m;
}

export function total(counts: Map<string, number>): number {
  let t = 0;
  for (const c of counts.values()) t += c;
  return t;
}

/** Checks that hypotheses and references pair up one to one. */
export function assertPaired(hyps: readonly string[], refs: readonly string[]): void {
  if (hyps.length !== refs.length) {
    throw new Error(
      `${hyps.length} hypotheses but ${refs.length} references: expected one reference per hypothesis`,
    );
  }
}
