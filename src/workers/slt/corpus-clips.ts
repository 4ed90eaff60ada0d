/**
 * Utterances of a synthetic corpus (docs/corpus.md) as clips: records from corpus.jsonl (or the
 * shard .jsonl files while a corpus is still being written), landmarks from the float16 shards.
 */
import fs from 'node:fs';
import path from 'node:path';
import { decodeFloat16 } from '../../shared/synth/float16';
import { CORPUS_FRAME_VALUES } from '../../shared/synth/points';
import type { ClipFrames } from './run-file';

export interface CorpusRecord {
  readonly id: string;
  readonly split: string;
  readonly kind: string;
  readonly english: string[];
  readonly glosses: { gloss: string; start: number; end: number }[];
  readonly fps: number;
  readonly frames: number;
  readonly width?: number;
  readonly height?: number;
  readonly shard: number;
  readonly offset: number;
}

const BYTES_PER_VALUE = 2;

function readJsonl(file: string): CorpusRecord[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as CorpusRecord);
}

export function corpusRecords(dir: string): CorpusRecord[] {
  const all = path.join(dir, 'corpus.jsonl');
  if (fs.existsSync(all)) return readJsonl(all);
  const shards = path.join(dir, 'shards');
  if (!fs.existsSync(shards))
    throw new Error(
      `${dir} is not a corpus: it has neither corpus.jsonl nor shards/ (see docs/corpus.md)`,
    );
  return fs
    .readdirSync(shards)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readJsonl(path.join(shards, f)));
}

const shardFile = (dir: string, shard: number): string =>
  path.join(dir, 'shards', `shard-${String(shard).padStart(5, '0')}.f16`);

/** One utterance's landmarks, read from its shard without loading the whole shard. */
export function corpusClip(dir: string, r: CorpusRecord): ClipFrames {
  const values = r.frames * CORPUS_FRAME_VALUES;
  const bytes = Buffer.alloc(values * BYTES_PER_VALUE);
  const fd = fs.openSync(shardFile(dir, r.shard), 'r');
  try {
    const n = fs.readSync(
      fd,
      bytes,
      0,
      bytes.length,
      r.offset * CORPUS_FRAME_VALUES * BYTES_PER_VALUE,
    );
    if (n !== bytes.length)
      throw new Error(
        `${shardFile(dir, r.shard)}: utterance ${r.id} needs ${bytes.length} bytes at frame ${r.offset}, got ${n}`,
      );
  } finally {
    fs.closeSync(fd);
  }
  const bits = new Uint16Array(values);
  for (let i = 0; i < values; i++) bits[i] = bytes.readUInt16LE(i * BYTES_PER_VALUE);
  const data = decodeFloat16(bits);
  return {
    count: r.frames,
    fps: r.fps,
    aspect: (r.width ?? 1) / (r.height ?? 1),
    kind: 'corpus',
    frame: (i) => data.subarray(i * CORPUS_FRAME_VALUES, (i + 1) * CORPUS_FRAME_VALUES),
  };
}
