import type { Resolution, T2gResult } from '../result';

/**
 * What the learned model returns: the English pipeline's T2gResult, with every sign resolved
 * by the model. `from` is the whole source sentence: the model gives no word alignment.
 */
export const MODEL_RESOLUTION = 'model' satisfies Resolution;

/** PHOENIX glosses carry no non-manual annotation, so the model marks none. */
export function modelResult(
  sentences: readonly { text: string; glosses: readonly string[] }[],
): T2gResult {
  return {
    signs: sentences.flatMap((s) =>
      s.glosses.map((gloss) => ({ gloss, resolved: MODEL_RESOLUTION, from: s.text.trim() })),
    ),
    nonManual: [],
  };
}
