/**
 * Starts one host-mode server for the end-to-end run (the built app, a throw-away data folder)
 * and hands its URL and token to the tests through the environment.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnHost } from '../../../src/cli/host-client';
import { readPng } from '../../helpers/png';
import { hasShared, sharedPath } from '../../helpers/shared';
import { writeY4m } from '../../helpers/y4m';

/** The signer image the fake camera plays (../shared; the camera tests skip without it). */
const SIGNER_IMAGE = 'fixtures/images/signer.png';
/** Enough frames for a loop of gentle motion; the fake camera repeats the file. */
const Y4M_FRAMES = 30;

export const STATE_FILE = path.join(os.tmpdir(), 'signbridge-e2e-host.json');

export default async function globalSetup(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-e2e-'));
  if (hasShared(SIGNER_IMAGE)) {
    const y4m = path.join(dataDir, 'signer.y4m');
    // A slight sway, so consecutive frames differ as a real camera's do.
    writeY4m(y4m, readPng(sharedPath(SIGNER_IMAGE)), {
      frames: Y4M_FRAMES,
      fps: 30,
      shift: (i) => [Math.round(2 * Math.sin(i / 5)), 0],
    });
    process.env.SB_E2E_Y4M = y4m;
  }
  const logFile = path.join(dataDir, 'host.log');
  const host = await spawnHost(dataDir, ['--debug-tasks']);
  host.child.stdout?.on('data', (d: Buffer) => fs.appendFileSync(logFile, d));
  host.child.stderr?.on('data', (d: Buffer) => fs.appendFileSync(logFile, d));
  fs.appendFileSync(logFile, host.log());
  process.env.SB_E2E_URL = host.url;
  process.env.SB_E2E_PORT = String(host.port);
  process.env.SB_E2E_TOKEN = host.token;
  process.env.SB_E2E_LOG = logFile;
  process.env.SB_E2E_DATA = dataDir;
  fs.writeFileSync(STATE_FILE, JSON.stringify({ pid: host.child.pid, dataDir }));
}
