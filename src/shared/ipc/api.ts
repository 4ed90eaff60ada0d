import type { Result } from './result';
import type { EventName, InvokeName, PayloadOf, RequestOf, ResponseOf } from './contract';

/**
 * The API the renderer sees, whether it runs in Electron (preload's `window.signbridge`)
 * or in host mode (the WebSocket client). Both are derived from the contract.
 */
export interface SignBridgeApi {
  invoke<K extends InvokeName>(channel: K, request: RequestOf<K>): Promise<Result<ResponseOf<K>>>;
  /** Subscribes to an event; returns the unsubscribe function. */
  on<K extends EventName>(channel: K, listener: (payload: PayloadOf<K>) => void): () => void;
}

/** The untyped shape that crosses the preload boundary (contextBridge cannot carry generics). */
export interface RawBridge {
  invoke(channel: string, request: unknown): Promise<unknown>;
  on(channel: string, listener: (payload: unknown) => void): () => void;
}
