/**
 * The SLT worker's end of the frame stream: frames arrive on a MessagePort (transferred, never
 * copied), land in the ring, and are acknowledged so the sender can keep at most a couple in
 * flight and drop stale ones instead of queueing them.
 */
import type { MessagePort } from 'node:worker_threads';
import type { FrameRing } from './frame-ring';

export interface FrameMessage {
  readonly seq: number;
  readonly timestamp: number;
  readonly data: Float32Array;
}
export interface FrameAck {
  readonly ack: number;
}

export function isFrameMessage(m: unknown): m is FrameMessage {
  if (typeof m !== 'object' || m === null) return false;
  const f = m as Partial<FrameMessage>;
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
