import type { ShardResult } from './shard-job';

/** What a synth worker tells the CLI: ready, one more utterance, a shard written, or an error. */
export type SynthWorkerReply =
  | { readonly type: 'ready' }
  | { readonly type: 'utterance' }
  | { readonly type: 'done'; readonly result: ShardResult }
  | { readonly type: 'error'; readonly shard: number; readonly message: string };
