import type { Landmarker } from './types';

/** One running backend, before create.ts adds timing, fallbacks and a label. */
export type BackendInstance = Pick<
  Landmarker,
  'backend' | 'delegate' | 'thread' | 'detect' | 'reset' | 'close'
>;

export interface BackendStart {
  readonly instance: BackendInstance;
  /** The WebGL renderer the backend got (e.g. "ANGLE (..., SwiftShader ...)"), for logs. */
  readonly renderer: string;
  /** Why the GPU delegate was given up for CPU, when it was. */
  readonly gpuFailure: string | null;
}
