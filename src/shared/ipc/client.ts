import type { RawBridge, SignBridgeApi } from './api';
import { isInvokeName } from './contract';
import type { Result } from './result';

/**
 * The typed API over a raw transport (preload bridge or WebSocket). Unknown channels are refused
 * here already, and anything a transport rejects with becomes a typed error, never a throw.
 */
export function createApi(raw: RawBridge): SignBridgeApi {
  return {
    async invoke(channel, request) {
      if (!isInvokeName(channel)) {
        return {
          ok: false,
          error: { kind: 'invalid-request', message: `unknown channel "${String(channel)}"` },
        };
      }
      try {
        return (await raw.invoke(channel, request)) as Result<never>;
      } catch (e) {
        return {
          ok: false,
          error: { kind: 'unavailable', message: e instanceof Error ? e.message : String(e) },
        };
      }
    },
    on(channel, listener) {
      return raw.on(channel, listener as (p: unknown) => void);
    },
  };
}
