/**
 * A throw-away host-mode server for benchmarks: services on a temporary data folder, the host on a
 * free port, torn down (and the folder removed) when the benchmark is done.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startHost } from '../../host/server';
import type { HostServer } from '../../host/server';
import { rendererDir } from '../../node/paths';
import { silentLogger } from '../../node/logger';
import { AppServices } from '../../main/services/app-services';

export async function withTempHost<T>(
  fn: (host: HostServer, services: AppServices) => Promise<T>,
): Promise<T> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'signbridge-bench-'));
  const services = await AppServices.start({
    mode: 'host',
    dataDir,
    version: 'bench',
    logger: silentLogger,
  });
  const host = await startHost({
    services,
    rendererDir: rendererDir(),
    mounts: {},
    port: 0,
    logger: silentLogger,
  });
  try {
    return await fn(host, services);
  } finally {
    await host.close();
    await services.dispose();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
