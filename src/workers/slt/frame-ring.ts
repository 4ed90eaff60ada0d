/**
 * The SLT worker's ring buffer of landmark frames: one preallocated Float32Array, so a live
 * stream at camera rate allocates nothing. The newest frame overwrites the oldest.
 */
import {
  COMPONENT_NAMES,
  COMPONENTS,
  FRAME_LENGTH,
  VALUES_PER_POINT,
} from '../../shared/landmarks/layout';
import type { ComponentName } from '../../shared/landmarks/layout';

/** About 8.5 s at 30 fps: longer than any utterance the SLT window needs at once. */
export const RING_CAPACITY = 256;

export interface RingStats {
  readonly received: number;
  readonly buffered: number;
  /** Frames the sender numbered but that never arrived (dropped upstream under load). */
  readonly gaps: number;
  readonly lastSeq: number;
  readonly lastTimestamp: number;
  /** Finite points per component in the newest frame. */
  readonly latest: Record<ComponentName, number>;
  /** Capture → worker latency over the last frames, ms (NaN before any frame). */
  readonly latencyP50Ms: number;
  readonly latencyP95Ms: number;
}

/** Latencies kept for the percentiles: the last few seconds at camera rate. */
const LATENCY_WINDOW = 128;

export class FrameRing {
  private readonly data: Float32Array;
  private readonly stamps: Float64Array;
  private head = 0;
  private count = 0;
  private received = 0;
  private gaps = 0;
  private lastSeq = -1;
  private readonly latencies = new Float64Array(LATENCY_WINDOW);
  private latencyCount = 0;

  constructor(readonly capacity = RING_CAPACITY) {
    this.data = new Float32Array(capacity * FRAME_LENGTH);
    this.stamps = new Float64Array(capacity);
  }

  /** `timestamp` is the capture time in epoch ms; `receivedAt` the arrival time on the same clock. */
  push(seq: number, timestamp: number, frame: Float32Array, receivedAt = Number.NaN): void {
    if (frame.length !== FRAME_LENGTH) {
      throw new RangeError(`frame has ${frame.length} values, expected ${FRAME_LENGTH}`);
    }
    if (this.lastSeq >= 0 && seq > this.lastSeq + 1) this.gaps += seq - this.lastSeq - 1;
    this.lastSeq = seq;
    this.data.set(frame, this.head * FRAME_LENGTH);
    this.stamps[this.head] = timestamp;
    this.head = (this.head + 1) % this.capacity;
    this.count = Math.min(this.count + 1, this.capacity);
    this.received++;
    if (Number.isFinite(receivedAt))
      this.latencies[this.latencyCount++ % LATENCY_WINDOW] = receivedAt - timestamp;
  }

  /** The i-th newest frame (0 = newest) as a view into the ring; valid until the next push. */
  view(i = 0): Float32Array | undefined {
    if (i < 0 || i >= this.count) return undefined;
    const slot = (this.head - 1 - i + this.capacity) % this.capacity;
    return this.data.subarray(slot * FRAME_LENGTH, (slot + 1) * FRAME_LENGTH);
  }

  timestamp(i = 0): number {
    if (i < 0 || i >= this.count) return Number.NaN;
    return this.stamps[(this.head - 1 - i + this.capacity) % this.capacity] as number;
  }

  clear(): void {
    this.head = 0;
    this.count = 0;
    this.lastSeq = -1;
    this.latencyCount = 0;
  }

  stats(): RingStats {
    const latest = Object.fromEntries(COMPONENT_NAMES.map((c) => [c, 0])) as Record<
      ComponentName,
      number
    >;
    const frame = this.view(0);
    if (frame !== undefined) {
      for (const c of COMPONENT_NAMES) {
        const { offset, points } = COMPONENTS[c];
        let n = 0;
        for (let p = 0; p < points; p++)
          if (Number.isFinite(frame[(offset + p) * VALUES_PER_POINT])) n++;
        latest[c] = n;
      }
    }
    return {
      received: this.received,
      buffered: this.count,
      gaps: this.gaps,
      lastSeq: this.lastSeq,
      lastTimestamp: this.timestamp(0),
      latest,
      latencyP50Ms: this.latencyPercentile(0.5),
      latencyP95Ms: this.latencyPercentile(0.95),
    };
  }

  private latencyPercentile(q: number): number {
    const n = Math.min(this.latencyCount, LATENCY_WINDOW);
    if (n === 0) return Number.NaN;
    const sorted = this.latencies.slice(0, n).sort();
    return sorted[Math.min(n - 1, Math.ceil(q * n) - 1)] as number;
  }
}
