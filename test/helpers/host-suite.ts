/**
 * A built host-mode process (dist/node/host.mjs) for one describe block: started in beforeAll on a
 * fresh temporary data folder, stopped (SIGTERM, then awaited) and its folder removed in afterAll.
 * Call it inside the describe; `host` is the process running now, reassignable by a test that
 * replaces a dead one (`suite.host = await spawnHost(suite.dataDir)`), which afterAll then stops.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { spawnHost, type HostProcess } from '../../src/cli/host-client';

export interface HostSuite {
  readonly dataDir: string;
  host: HostProcess;
}

/** `prefix` names the temporary data folder (e.g. "sb-load-"), so a leftover one says whose. */
export function hostForSuite(prefix: string): HostSuite {
  const suite = {
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), prefix)),
    host: undefined as unknown as HostProcess,
  };
  beforeAll(async () => {
    suite.host = await spawnHost(suite.dataDir);
  });
  afterAll(async () => {
    suite.host.child.kill('SIGTERM');
    await suite.host.exited;
    fs.rmSync(suite.dataDir, { recursive: true, force: true });
  });
  return suite;
}
