import { z } from 'zod';
import { invoke } from '../define';
import { COMPONENT_NAMES } from '../../landmarks/layout';

const count = z.number().int().nonnegative();
/** Larger than any camera (8K is 7680 wide). */
const MAX_CAMERA_SIDE = 16_384;

export const PerceptionStatsSchema = z
  .object({
    /** What the SLT worker has received (its ring buffer). */
    worker: z
      .object({
        received: count,
        buffered: count,
        gaps: count,
        lastSeq: z.number().int(),
        /** Capture time of the newest frame, ms (null before any frame). */
        lastTimestamp: z.number().nullable(),
        latest: z.record(z.enum(COMPONENT_NAMES), count),
        /** Capture → SLT worker, ms, over the last frames (null before any frame). */
        latencyP50Ms: z.number().nullable(),
        latencyP95Ms: z.number().nullable(),
      })
      .strict(),
    /** Main's forwarding: frames dropped because the worker was behind. */
    router: z.object({ forwarded: count, dropped: count, inFlight: count }).strict(),
  })
  .strict();
export type PerceptionStats = z.infer<typeof PerceptionStatsSchema>;

/** What the renderer's landmarker reports about itself, for the UI and logs. */
export const LandmarkerStatusSchema = z
  .object({
    backend: z.string().max(64),
    delegate: z.string().max(16),
    detail: z.string().max(2000),
  })
  .strict();

export const perceptionChannels = {
  'perception.stats': invoke(z.object({}).strict(), PerceptionStatsSchema),
  'perception.reset': invoke(z.object({}).strict(), z.object({ cleared: z.boolean() }).strict()),
  /**
   * The camera's image size, when it starts or changes: sign → text reads landmarks in isotropic
   * units (x times the aspect), so it needs the aspect the landmarks were normalised by.
   */
  'perception.camera': invoke(
    z
      .object({
        width: z.number().int().min(1).max(MAX_CAMERA_SIDE),
        height: z.number().int().min(1).max(MAX_CAMERA_SIDE),
      })
      .strict(),
    z.object({}).strict(),
  ),
  /** The renderer says which landmarker runs (or why none does); main logs it and updates engines. */
  'perception.status': invoke(LandmarkerStatusSchema, z.object({}).strict()),
} as const;
