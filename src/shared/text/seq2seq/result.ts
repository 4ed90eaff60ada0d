import type { NonManualSpan } from '../result';

/**
 * What the learned model returns: the English pipeline's T2gResult shape, with every sign
 * resolved by the model. `from` is the whole source sentence: the model gives no word alignment.
 */
export const MODEL_RESOLUTION = 'model';

export interface ModelSign {
  readonly gloss: string;
  readonly resolved: typeof MODEL_RESOLUTION;
  readonly from: string;
}

export interface ModelT2gResult {
  readonly signs: ModelSign[];
  /** PHOENIX glosses carry no non-manual annotation, so the model marks none. */
  readonly nonManual: NonManualSpan[];
}

export function modelResult(
  sentences: readonly { text: string; glosses: readonly string[] }[],
): ModelT2gResult {
  return {
    signs: sentences.flatMap((s) =>
      s.glosses.map((gloss) => ({ gloss, resolved: MODEL_RESOLUTION, from: s.text.trim() })),
    ),
    nonManual: [],
  };
}
