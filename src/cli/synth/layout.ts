import path from 'node:path';

/** Utterances per shard: large enough to read fast, small enough to redo after an interrupt. */
export const SHARD_SIZE = 256;

export function shardName(shard: number): string {
  return `shard-${String(shard).padStart(5, '0')}`;
}

export function shardPaths(outDir: string, shard: number): { data: string; records: string } {
  const base = path.join(outDir, 'shards', shardName(shard));
  return { data: `${base}.f16`, records: `${base}.jsonl` };
}

export const CORPUS_FILES = {
  settings: 'corpus.json',
  records: 'corpus.jsonl',
  index: path.join('shards', 'index.json'),
} as const;
