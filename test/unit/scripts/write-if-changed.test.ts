import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeIfChanged } from '../../../scripts/mediapipe/lib/output';

describe('writeIfChanged (set-up output)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'write-if-changed-'));
  afterEach(() => vi.restoreAllMocks());

  it('writes through the one atomic write: fsynced, no temporary file left', () => {
    const fsync = vi.spyOn(fs, 'fsyncSync');
    const data = Uint8Array.from([1, 2, 3]);
    expect(writeIfChanged(dir, 'a/model.bin', data).changed).toBe(true);
    expect(fsync).toHaveBeenCalled();
    expect(fs.readdirSync(path.join(dir, 'a'))).toEqual(['model.bin']);
    expect(new Uint8Array(fs.readFileSync(path.join(dir, 'a', 'model.bin')))).toEqual(data);
  });

  it('leaves a file that already holds the bytes alone', () => {
    const data = Uint8Array.from([4, 5]);
    writeIfChanged(dir, 'b.bin', data);
    const fsync = vi.spyOn(fs, 'fsyncSync');
    expect(writeIfChanged(dir, 'b.bin', data).changed).toBe(false);
    expect(fsync).not.toHaveBeenCalled();
  });
});
