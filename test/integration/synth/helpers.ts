import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CorpusRecord } from '../../../src/shared/synth/record';

/** Every file under a folder with its sha256, by relative path. */
export function folderHashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else
        out[path.relative(dir, p)] = crypto
          .createHash('sha256')
          .update(fs.readFileSync(p))
          .digest('hex');
    }
  };
  walk(dir);
  return out;
}

export function readRecords(dir: string): CorpusRecord[] {
  return fs
    .readFileSync(path.join(dir, 'corpus.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as CorpusRecord);
}
