/**
 * A synthetic-corpus worker (`cli synth --workers K`): renders whole shards and writes them; the
 * CLI's main thread plans the corpus and hands out shards. One shard at a time, so an interrupt
 * loses at most the shards in flight.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runShard, type ShardJob } from './shard-job';
import { openShardContext, type ShardContextArgs } from './shard-context';
import type { SynthWorkerReply } from './worker-protocol';

const port = parentPort;
if (port === null) throw new Error('synth.worker must run as a worker thread');
const post = (m: SynthWorkerReply): void => port.postMessage(m);
try {
  const ctx = openShardContext(workerData as ShardContextArgs);
  port.on('message', (job: ShardJob | null) => {
    if (job === null) {
      port.close();
      return;
    }
    try {
      const result = runShard(job, ctx, () => post({ type: 'utterance' }));
      post({ type: 'done', result });
    } catch (e) {
      post({
        type: 'error',
        shard: job.shard,
        message: e instanceof Error ? e.message : String(e),
      });
    }
  });
  post({ type: 'ready' });
} catch (e) {
  post({ type: 'error', shard: -1, message: e instanceof Error ? e.message : String(e) });
}
