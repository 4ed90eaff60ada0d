/**
 * Forwards landmark frames to the SLT worker with at most MAX_IN_FLIGHT unacknowledged. When the
 * worker falls behind, the newest frame replaces the one waiting and the replaced one is counted
 * as dropped: live captions want the latest frame, not a growing queue (docs/conventions.md #12).
 */
import type { MessagePort } from 'node:worker_threads';
import type { WireFrame } from '../../shared/landmarks/wire';

const MAX_IN_FLIGHT = 2;

export interface RouterStats {
  readonly forwarded: number;
  readonly dropped: number;
  readonly inFlight: number;
}

/** The one landmark frame message of every hop (renderer → main → SLT worker). */
type Frame = WireFrame;

export class FrameRouter {
  private port: MessagePort | undefined;
  private inFlight = 0;
  private waiting: Frame | undefined;
  private forwarded = 0;
  private dropped = 0;

  /** Connects to a (new) worker port; frames in flight to an old worker are forgotten. */
  attach(port: MessagePort): void {
    this.port?.close();
    this.port = port;
    this.inFlight = 0;
    port.on('message', (m: { ack?: number }) => {
      if (typeof m?.ack !== 'number') return;
      this.inFlight = Math.max(0, this.inFlight - 1);
      const next = this.waiting;
      this.waiting = undefined;
      if (next !== undefined) this.send(next);
    });
  }

  /** Takes ownership of `data` (its buffer is transferred to the worker). */
  push(seq: number, timestamp: number, data: Float32Array): void {
    const frame = { seq, timestamp, data };
    if (this.port === undefined || this.inFlight >= MAX_IN_FLIGHT) {
      if (this.waiting !== undefined) this.dropped++;
      this.waiting = frame;
      return;
    }
    this.send(frame);
  }

  stats(): RouterStats {
    return { forwarded: this.forwarded, dropped: this.dropped, inFlight: this.inFlight };
  }

  close(): void {
    this.port?.close();
    this.port = undefined;
  }

  private send(frame: Frame): void {
    if (this.port === undefined) return;
    this.inFlight++;
    this.forwarded++;
    this.port.postMessage(frame, [frame.data.buffer as ArrayBuffer]);
  }
}
