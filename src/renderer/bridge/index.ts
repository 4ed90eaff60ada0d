/**
 * Picks the transport: Electron's preload bridge when present, otherwise host mode's WebSocket.
 * Everything above this file sees one typed API and one frame sink.
 */
import type { RawBridge, SignBridgeApi } from '../../shared/ipc/api';
import { createApi } from '../../shared/ipc/client';
import type { FrameSink } from '../frames/frame-sink';
import { portFrameSink, wsFrameSink } from '../frames/frame-sink';
import type { ConnectionState } from './ws-client';
import { connectWs } from './ws-client';

interface PreloadBridge extends RawBridge {
  /** The window message type preload listens for to forward the frame port to main. */
  readonly framePortMessage: string;
}

/** Electron: the page makes the channel and posts one end to preload, which hands it to main. */
function electronFramePort(bridge: PreloadBridge): MessagePort {
  const { port1, port2 } = new MessageChannel();
  window.postMessage({ type: bridge.framePortMessage }, location.origin, [port2]);
  return port1;
}

declare global {
  interface Window {
    signbridge?: PreloadBridge;
  }
}

export interface Connection {
  readonly api: SignBridgeApi;
  readonly frames: FrameSink;
  readonly mode: 'electron' | 'host';
  onState(listener: (s: ConnectionState) => void): () => void;
}

export function connect(): Connection {
  const preload = window.signbridge;
  if (preload !== undefined) {
    return {
      api: createApi(preload),
      frames: portFrameSink(electronFramePort(preload)),
      mode: 'electron',
      onState: () => () => {},
    };
  }
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const ws = connectWs(`${scheme}://${location.host}/ws?token=${encodeURIComponent(token)}`);
  return { api: createApi(ws), frames: wsFrameSink(ws.socket), mode: 'host', onState: ws.onState };
}
