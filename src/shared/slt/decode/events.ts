/**
 * What the SLT worker pushes to main over its `events` port (no polling), declared once for the
 * worker, the SltService and the CLI, which runs the same stream in-process.
 */
export const SLT_EVENTS_PORT = 'slt-events';

interface UtteranceRef {
  /** Unique per utterance (a per-stream prefix and a counter). */
  readonly utteranceId: string;
  /** When the utterance started, ms since the Unix epoch (the first frame's capture time). */
  readonly t: number;
}

export interface SltPartialEvent extends UtteranceRef {
  readonly type: 'partial';
  /** The glosses so far, space-separated (greedy CTC). */
  readonly text: string;
  readonly glosses: readonly string[];
  /** Model time of the partial, s from the utterance start. */
  readonly at: number;
}

export interface SltFinalEvent extends UtteranceRef {
  readonly type: 'final';
  /** Empty when the decoder produced no words (nothing to caption). */
  readonly text: string;
  readonly glosses: readonly string[];
  readonly confidence: number;
  /** Cut off (camera lost) before the signer finished. */
  readonly interrupted: boolean;
  readonly reason: 'rest' | 'pause' | 'max-length' | 'flush' | 'camera-lost';
  /** Model time span of the utterance, s. */
  readonly seconds: number;
  /** Endpoint decided → final text ready, ms (the last encoder chunk, memory and beam search). */
  readonly finalizeMs: number;
}

export interface SltErrorEvent {
  readonly type: 'error';
  readonly kind: string;
  readonly message: string;
  readonly utteranceId?: string;
}

export type SltEvent = SltPartialEvent | SltFinalEvent | SltErrorEvent;
