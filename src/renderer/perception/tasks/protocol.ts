import type { TasksVisionWasmKind } from '../assets';
import type { Delegate, DelegateChoice } from '../types';

/** Messages between the Landmarker on the UI thread and tasks.worker.ts. */
export type ToTasksWorker =
  | {
      readonly type: 'init';
      readonly assetsBaseUrl: string;
      readonly delegate: DelegateChoice;
      readonly wasm: TasksVisionWasmKind;
    }
  | {
      readonly type: 'detect';
      readonly id: number;
      readonly bitmap: ImageBitmap;
      readonly timestampMs: number;
    }
  | { readonly type: 'reset'; readonly id: number }
  | { readonly type: 'close' };

export type FromTasksWorker =
  | {
      readonly type: 'ready';
      readonly delegate: Delegate;
      readonly renderer: string;
      readonly gpuFailure: string | null;
    }
  | {
      readonly type: 'result';
      readonly id: number;
      /** The frame's buffer, transferred. */
      readonly frame: ArrayBuffer;
      readonly timestampMs: number;
      readonly inferenceMs: number;
    }
  | { readonly type: 'reset-done'; readonly id: number }
  | { readonly type: 'error'; readonly id: number | null; readonly message: string }
  | { readonly type: 'closed' };
