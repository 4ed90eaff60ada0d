/**
 * A motion clip as it crosses processes: typed arrays as base64 (JSON-safe for the host
 * WebSocket; Electron would carry them as they are, but one format keeps both transports equal).
 */
import { z } from 'zod';
import type { Clip } from '../motion/clip/clip';
import { CLIP_BONES, CLIP_EXPRESSIONS } from '../motion/rig';
import { base64ToFloat32, float32ToBase64 } from '../util/base64';

/** Longest clip accepted: 10 minutes at 60 fps. */
export const MAX_CLIP_FRAMES = 36_000;

export const TimelineEntrySchema = z
  .object({
    gloss: z.string().max(256),
    start: z.number().finite().nonnegative(),
    arrival: z.number().finite().nonnegative().optional(),
    end: z.number().finite().nonnegative(),
    source: z.string().max(256),
  })
  .strict();

export const ClipWireSchema = z
  .object({
    fps: z.number().positive().max(240),
    frameCount: z.number().int().min(1).max(MAX_CLIP_FRAMES),
    bones: z.array(z.enum(CLIP_BONES)),
    expressions: z.array(z.enum(CLIP_EXPRESSIONS)),
    rotations: z.string(),
    expressionWeights: z.string(),
    timeline: z.array(TimelineEntrySchema),
  })
  .strict();
export type ClipWire = z.infer<typeof ClipWireSchema>;

export function clipToWire(clip: Clip): ClipWire {
  return {
    fps: clip.fps,
    frameCount: clip.frameCount,
    bones: [...clip.bones],
    expressions: [...clip.expressions],
    rotations: float32ToBase64(clip.rotations),
    expressionWeights: float32ToBase64(clip.expressionWeights),
    timeline: clip.timeline.map((t) => ({ ...t })),
  };
}

export function clipFromWire(w: ClipWire): Clip {
  const rotations = base64ToFloat32(w.rotations);
  const expressionWeights = base64ToFloat32(w.expressionWeights);
  const wantRot = w.frameCount * w.bones.length * 4;
  const wantExp = w.frameCount * w.expressions.length;
  if (rotations.length !== wantRot || expressionWeights.length !== wantExp) {
    throw new RangeError(
      `clip has ${rotations.length} rotation and ${expressionWeights.length} weight values; ` +
        `${w.frameCount} frames need ${wantRot} and ${wantExp}`,
    );
  }
  return {
    fps: w.fps,
    frameCount: w.frameCount,
    bones: w.bones,
    expressions: w.expressions,
    rotations,
    expressionWeights,
    timeline: w.timeline,
  };
}
