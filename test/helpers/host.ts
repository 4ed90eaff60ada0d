export { spawnHost, WsClient } from '../../src/cli/host-client';
export type { HostProcess } from '../../src/cli/host-client';
