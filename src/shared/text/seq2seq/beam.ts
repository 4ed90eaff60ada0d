/**
 * Beam search over any `step` function, independent of onnxruntime. Mirrors
 * training/t2g/beam.py exactly (same candidates, tie-breaking and length penalty), so the
 * TypeScript runtime and PyTorch pick the same glosses; test/integration/t2g checks it.
 *
 * - Each live hypothesis is expanded by its 2k best tokens (ties: lower token id first); all
 *   candidates are ranked by total log-probability (ties: lower hypothesis index, then token id).
 * - Walking that ranking, a candidate ending in EOS is finished, others continue until k are live.
 * - Search stops when k hypotheses have finished, or after `maxLen` tokens (live ones are then
 *   finished as they are).
 * - Finished hypotheses are ranked by score / lp(len), GNMT's lp = ((5 + len) / 6)^alpha, len
 *   counting the EOS; ties keep the one finished first.
 */

/** Log-probabilities of the next token for each prefix: row-major [prefixes.length × vocab]. */
export type StepFn = (prefixes: readonly (readonly number[])[]) => Promise<Float32Array>;

export interface BeamOptions {
  readonly bos: number;
  readonly eos: number;
  /** Beam width k; 1 is greedy search. */
  readonly beam: number;
  /** Most tokens generated, EOS included. */
  readonly maxLen: number;
  /** Length-penalty exponent (0: raw log-probability). */
  readonly alpha: number;
}

export interface Hypothesis {
  /** Generated ids without BOS and EOS. */
  readonly tokens: number[];
  /** Sum of log-probabilities. */
  readonly score: number;
  /** score / lp(length): what hypotheses are ranked by. */
  readonly normalized: number;
}

export const lengthPenalty = (length: number, alpha: number): number =>
  Math.pow((5 + length) / 6, alpha);

/** Indices of the `n` largest values of row `r` of `lp`, ties by lower index. */
export function topTokens(lp: Float32Array, r: number, vocab: number, n: number): number[] {
  const k = Math.min(n, vocab);
  const idx: number[] = [];
  const base = r * vocab;
  for (let v = 0; v < vocab; v++) {
    const x = lp[base + v] ?? -Infinity;
    if (idx.length === k && x <= (lp[base + (idx[k - 1] ?? 0)] ?? -Infinity)) continue;
    // Insert after every equal-or-better entry: keeps ties in index order.
    let at = idx.length;
    while (at > 0 && (lp[base + (idx[at - 1] ?? 0)] ?? -Infinity) < x) at--;
    idx.splice(at, 0, v);
    if (idx.length > k) idx.pop();
  }
  return idx;
}

interface Candidate {
  readonly score: number;
  readonly from: number;
  readonly token: number;
}

export async function beamSearch(step: StepFn, opts: BeamOptions): Promise<Hypothesis> {
  const [best] = await beamSearchAll(step, opts);
  if (best === undefined) throw new Error('beam search finished no hypothesis (maxLen 0?)');
  return best;
}

/**
 * Every finished hypothesis, best first by `normalized` (ties: the one finished first), so a
 * caller can re-rank them (sign → text by the sentence type its encoder reads); `beamSearch`'s
 * answer is the first. training/t2g/beam.py `beam_search_all` is the same.
 */
export async function beamSearchAll(step: StepFn, opts: BeamOptions): Promise<Hypothesis[]> {
  const { bos, eos, beam, maxLen, alpha } = opts;
  if (!Number.isInteger(beam) || beam < 1) {
    throw new Error(`beam width ${beam} is not valid: expected an integer ≥ 1`);
  }
  let alive: { score: number; prefix: number[] }[] = [{ score: 0, prefix: [bos] }];
  const finished: Hypothesis[] = [];
  let t = 0;
  for (; t < maxLen; t++) {
    const lp = await step(alive.map((h) => h.prefix));
    const vocab = lp.length / alive.length;
    if (!Number.isInteger(vocab) || vocab < 1) {
      throw new Error(
        `step returned ${lp.length} values for ${alive.length} prefixes: expected a multiple`,
      );
    }
    const cands: Candidate[] = [];
    alive.forEach((h, i) => {
      for (const v of topTokens(lp, i, vocab, 2 * beam)) {
        cands.push({ score: h.score + (lp[i * vocab + v] ?? -Infinity), from: i, token: v });
      }
    });
    cands.sort((a, b) => b.score - a.score || a.from - b.from || a.token - b.token);
    const next: { score: number; prefix: number[] }[] = [];
    for (const c of cands) {
      const parent = alive[c.from];
      if (parent === undefined) continue;
      if (c.token === eos) {
        const tokens = parent.prefix.slice(1);
        finished.push({
          tokens,
          score: c.score,
          normalized: c.score / lengthPenalty(t + 1, alpha),
        });
      } else {
        next.push({ score: c.score, prefix: [...parent.prefix, c.token] });
      }
      if (next.length === beam) break;
    }
    if (finished.length >= beam || next.length === 0) break;
    alive = next;
  }
  if (t === maxLen) {
    for (const h of alive) {
      finished.push({
        tokens: h.prefix.slice(1),
        score: h.score,
        normalized: h.score / lengthPenalty(maxLen, alpha),
      });
    }
  }
  // Array.prototype.sort is stable: equal scores keep the order they finished in.
  return finished.sort((a, b) => b.normalized - a.normalized);
}
