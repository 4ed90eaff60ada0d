import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { decodePose, summarizePose } from '../../src/shared/pose-format';
import { describeChromium } from '../helpers/chromium';
import { describeShared, ROOT, sharedPath } from '../helpers/shared';
import { writeWebmFromImage } from '../helpers/video';

const SIGNER = 'fixtures/images/signer.png';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-landmarks-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, 'dist', 'node', 'cli.mjs'), 'landmarks', ...args],
    { encoding: 'utf8', timeout: 300_000 },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// The CLI drives headless Chromium: without it these tests skip, as the other browser tests do.
describeChromium('landmarks CLI', () =>
  describeShared('landmarks CLI (headless Chromium, offline MediaPipe bundle)', [SIGNER], () => {
    it('extracts pose 33, face 478 and a hand from the signer image into a .pose file', () => {
      const out = path.join(dir, 'signer.pose');
      const r = cli('--in', sharedPath(SIGNER), '--out', out, '--json');
      expect(r.code, r.stderr).toBe(0);
      const json = JSON.parse(r.stdout) as ReturnType<typeof summarizePose>;
      expect(json.frames).toBe(1);
      expect(json.components.pose).toEqual({ points: 33, framesDetected: 1 });
      expect(json.components.face).toEqual({ points: 478, framesDetected: 1 });
      expect(
        json.components.leftHand.framesDetected + json.components.rightHand.framesDetected,
      ).toBeGreaterThanOrEqual(1);
      expect(summarizePose(decodePose(new Uint8Array(fs.readFileSync(out))))).toEqual(json);
    });

    it('extracts every frame of a video', async () => {
      const video = path.join(dir, 'signer.webm');
      await writeWebmFromImage(sharedPath(SIGNER), video, 1, 10);
      const out = path.join(dir, 'video.pose');
      const r = cli('--in', video, '--out', out, '--json');
      expect(r.code, r.stderr).toBe(0);
      const json = JSON.parse(r.stdout) as ReturnType<typeof summarizePose>;
      expect(json.frames).toBeGreaterThanOrEqual(5);
      expect(json.components.pose.framesDetected).toBeGreaterThanOrEqual(json.frames - 1);
      expect(json.components.face.framesDetected).toBeGreaterThanOrEqual(json.frames - 1);
    });

    it('refuses unreadable input with a clear message and a non-zero exit', () => {
      const bad = path.join(dir, 'bad.png');
      fs.writeFileSync(bad, 'not an image');
      const r = cli('--in', bad, '--out', path.join(dir, 'x.pose'));
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/cannot be read/);
      expect(
        cli('--in', path.join(dir, 'missing.png'), '--out', path.join(dir, 'x.pose')).stderr,
      ).toMatch(/does not exist/);
      expect(
        cli('--in', path.join(dir, 'notes.txt'), '--out', path.join(dir, 'x.pose')).stderr,
      ).toMatch(/file type ".txt" is not an image or video type; expected one of .*\.png.*\.mp4/);
    });
  }),
);
