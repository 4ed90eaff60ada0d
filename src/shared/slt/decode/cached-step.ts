/**
 * Beam search with a key/value-cached decoder step, on the project's beam search
 * (src/shared/text/seq2seq/beam.ts, the mirror of training/t2g/beam.py that training/slt/decode.py
 * uses). That search hands the step whole prefixes; a cached decoder wants only each prefix's last
 * token and which row of the previous call's cache it extends. This adapter recovers both, so the
 * algorithm, its tie-breaking and length penalty stay exactly those of training.
 */
import type { StepFn } from '../../text/seq2seq/beam';

/**
 * One decoder step over a batch: `tokens[i]` at position `pos` extends cache row `parents[i]` of
 * the previous call (-1 at the first call, where the cache is empty).
 */
export type CachedStep = (
  tokens: readonly number[],
  parents: readonly number[],
  pos: number,
) => Promise<Float32Array>;

const key = (prefix: readonly number[], length: number): string =>
  prefix.slice(0, length).join(',');

export function cachedStepFn(step: CachedStep): StepFn {
  let previous = new Map<string, number>();
  let pos = 0;
  return async (prefixes) => {
    const len = prefixes[0]?.length ?? 0;
    if (len !== pos + 1 || prefixes.some((p) => p.length !== len)) {
      throw new Error(
        `cached decoder step: prefixes of length ${prefixes.map((p) => p.length).join(', ')} at position ${pos}: expected all ${pos + 1}`,
      );
    }
    const parents = prefixes.map((p) => {
      if (pos === 0) return -1;
      const row = previous.get(key(p, len - 1));
      if (row === undefined) {
        throw new Error(
          `cached decoder step: prefix ${p.join(',')} extends none of the last step's rows`,
        );
      }
      return row;
    });
    const tokens = prefixes.map((p) => p[len - 1] ?? 0);
    const out = await step(tokens, parents, pos);
    previous = new Map(prefixes.map((p, i) => [key(p, len), i]));
    pos++;
    return out;
  };
}
