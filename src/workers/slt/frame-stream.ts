/**
 * The SLT worker's end of the frame stream: frames arrive on a MessagePort (transferred, never
 * copied), land in the ring, and are acknowledged so the sender can keep at most a couple in
 * flight and drop stale ones instead of queueing them.
 */
import type { MessagePort } from 'node:worker_threads';
import type { WireFrame } from '../../shared/landmarks/wire';
import type { FrameRing } from './frame-ring';

export interface FrameAck {
  readonly ack: number;
}

/** Whether a port message is a landmark frame (the one frame message, src/shared/landmarks/wire.ts). */
export function isFrameMessage(m: unknown): m is WireFrame {
  if (typeof m !== 'object' || m === null) return false;
  const f = m as Partial<WireFrame>;
  return (
    typeof f.seq === 'number' && typeof f.timestamp === 'number' && f.data instanceof Float32Array
  );
}

export function attachFrameStream(port: MessagePort, ring: FrameRing, onFrame?: () => void): void {
  port.on('message', (m: unknown) => {
    if (!isFrameMessage(m)) return;
    try {
      ring.push(m.seq, m.timestamp, m.data, performance.timeOrigin + performance.now());
      onFrame?.();
    } finally {
      port.postMessage({ ack: m.seq } satisfies FrameAck);
    }
  });
}
