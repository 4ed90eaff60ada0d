/**
 * Starts one host-mode server for the end-to-end run (the built app, a throw-away data folder)
 * and hands its URL and token to the tests through the environment.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnHost } from '../../helpers/host';

export const STATE_FILE = path.join(os.tmpdir(), 'signbridge-e2e-host.json');

export default async function globalSetup(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-e2e-'));
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
