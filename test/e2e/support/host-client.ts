/** A WebSocket client to the e2e host that global-setup started (its port and token in the env). */
import { WsClient } from '../../../src/cli/host-client';

export async function withClient<T>(fn: (c: WsClient) => Promise<T>): Promise<T> {
  const client = await WsClient.open(Number(process.env.SB_E2E_PORT), process.env.SB_E2E_TOKEN);
  try {
    return await fn(client);
  } finally {
    client.close();
  }
}
