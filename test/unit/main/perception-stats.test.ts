/**
 * Issue 14 item 7: while the landmarker warms up the SLT worker has no frame yet and reports NaN
 * for the last timestamp; passed through, the contract's response check rejected every
 * `perception.stats` poll and the host log filled with errors. Non-finite figures travel as null.
 */
import { describe, expect, it } from 'vitest';
import { finiteOrNull, perceptionStats } from '../../../src/main/services/perception-stats';
import { PerceptionStatsSchema } from '../../../src/shared/ipc/channels/perception';
import { FrameRing } from '../../../src/workers/slt/frame-ring';

const ROUTER = { forwarded: 0, dropped: 0, inFlight: 0 };

describe('perceptionStats', () => {
  it('is a valid response before the first frame (an empty ring reports NaN)', () => {
    const raw = new FrameRing().stats();
    expect(Number.isNaN(raw.lastTimestamp)).toBe(true);
    // What the handler used to send: the contract refuses it.
    expect(
      PerceptionStatsSchema.safeParse({
        worker: { ...raw, latencyP50Ms: null, latencyP95Ms: null },
        router: ROUTER,
      }).success,
    ).toBe(false);
    const out = perceptionStats(raw, ROUTER);
    expect(PerceptionStatsSchema.parse(out).worker).toMatchObject({
      lastTimestamp: null,
      latencyP50Ms: null,
      latencyP95Ms: null,
    });
  });

  it('keeps finite figures as they are', () => {
    const ring = new FrameRing();
    const frame = new Float32Array(553 * 4).fill(0.5);
    ring.push(7, 1234.5, frame);
    const out = PerceptionStatsSchema.parse(perceptionStats(ring.stats(), ROUTER));
    expect(out.worker.lastTimestamp).toBe(1234.5);
    expect(out.worker.lastSeq).toBe(7);
  });

  it('maps NaN and the infinities to null', () => {
    expect([Number.NaN, Infinity, -Infinity, 0, -3].map(finiteOrNull)).toEqual([
      null,
      null,
      null,
      0,
      -3,
    ]);
  });
});
