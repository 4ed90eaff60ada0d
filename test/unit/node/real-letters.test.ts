import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { realLetters, type SkippedRecording } from '../../../src/node/eval/fingerspelling';

describe('real letter recordings for eval fingerspelling', () => {
  it('skip a damaged, missing or folder recording by name and read the rest', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-letters-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.pose'), Buffer.from('not a pose file at all'));
      fs.mkdirSync(path.join(dir, 'b.pose'));
      const index = path.join(dir, 'index.csv');
      fs.writeFileSync(
        index,
        [
          'path,spoken_language,signed_language,start,end,words,glosses,priority',
          'a.pose,de,gsg,0,1000,A,A,0',
          'b.pose,de,gsg,0,1000,B,B,0',
          'c.pose,de,gsg,0,1000,C,C,0',
          'd.pose,fr,fsl,0,1000,D,D,0',
        ].join('\n'),
      );
      const skipped: SkippedRecording[] = [];
      expect(realLetters(index, 'gsg', new Set(['A', 'B', 'C', 'D']), skipped)).toEqual([]);
      expect(skipped.map((s) => path.basename(s.path))).toEqual(['a.pose', 'b.pose', 'c.pose']);
      for (const s of skipped) expect(s.error.length).toBeGreaterThan(0);
      expect(skipped[2]?.error).toMatch(/ENOENT|no such file/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
