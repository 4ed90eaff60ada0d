/**
 * When a sign caption counts as unsure. One threshold for the live caption, the transcript and
 * the exports, so the signer and the hearing person see the same mark everywhere.
 */

/** Below this model confidence (in [0, 1]) a caption is marked "unsure". */
export const LOW_CONFIDENCE = 0.5;

/**
 * Below this, the app does not show the model's sentence at all. Measured: on the synthetic test
 * splits finals average 0.81–0.85; on MediaPipe landmarks of rendered video the current model is
 * out of its domain and writes repetitive nonsense at 0.13–0.16. Saying plainly that the sign was
 * not understood serves both people better than a wrong sentence with a warning.
 */
export const NOT_UNDERSTOOD_BELOW = 0.3;
export const NOT_UNDERSTOOD_TEXT = '(sign not understood: please sign again, or type a reply)';

export function isUnsure(confidence: number | undefined): boolean {
  return confidence !== undefined && confidence < LOW_CONFIDENCE;
}

export function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

/** Why a caption is marked unsure, for a tooltip or screen reader; undefined when it is not. */
export function unsureReason(confidence: number | undefined): string | undefined {
  if (confidence === undefined || !isUnsure(confidence)) return undefined;
  return (
    `The model is only ${percent(confidence)} confident in this caption ` +
    `(below ${percent(LOW_CONFIDENCE)}): the words may be wrong. Ask the signer to confirm.`
  );
}
