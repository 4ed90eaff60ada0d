import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAvatar } from '../../../scripts/avatar/avatar';
import { ROOT } from '../../helpers/shared';

const sha = (b: Uint8Array): string => crypto.createHash('sha256').update(b).digest('hex');

describe('scripts/avatar/build-avatar.ts', () => {
  it('writes the same bytes in a fresh process as an in-process build', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'avatar-build-')), 'a.vrm');
    const log = execFileSync(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'scripts/avatar/build-avatar.ts'), '--out', out],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(log).toMatch(/avatar: wrote .*a\.vrm \(\d+ KiB, \d+ triangles/);
    const fromProcess = new Uint8Array(fs.readFileSync(out));
    const inProcess = buildAvatar().glb;
    expect(fromProcess.byteLength).toBe(inProcess.byteLength);
    expect(sha(fromProcess)).toBe(sha(inProcess));
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  }, 180_000);
});
