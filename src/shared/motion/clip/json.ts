import { z } from 'zod';
import { CLIP_BONES, CLIP_EXPRESSIONS } from '../rig';
import type { Clip } from './clip';

/** Decimal places kept for rotations and weights in JSON (1e-5 rad ≈ 0.0006°). */
const JSON_DECIMALS = 5;
export const CLIP_FORMAT = 'signbridge-motion-clip';
export const CLIP_FORMAT_VERSION = 1;

const signSchema = z.object({
  gloss: z.string(),
  start: z.number().finite().nonnegative(),
  end: z.number().finite().nonnegative(),
  source: z.string(),
});

/**
 * The JSON form of a clip (`slp --out x.json`): `frames`, `fps` and `signs` first, as the CLI
 * documents, then the channel names and the per-frame values row by row.
 */
export const clipJsonSchema = z.object({
  format: z.literal(CLIP_FORMAT),
  version: z.literal(CLIP_FORMAT_VERSION),
  frames: z.number().int().positive(),
  fps: z.number().positive().finite(),
  duration: z.number().nonnegative().finite(),
  signs: z.array(signSchema),
  bones: z.array(z.enum(CLIP_BONES)),
  expressions: z.array(z.enum(CLIP_EXPRESSIONS)),
  /** frames × bones × 4, flattened. */
  rotations: z.array(z.number().finite()),
  /** frames × expressions, flattened. */
  expressionWeights: z.array(z.number().finite()),
});
export type ClipJson = z.infer<typeof clipJsonSchema>;

const round = (x: number): number => {
  const r = Math.round(x * 10 ** JSON_DECIMALS) / 10 ** JSON_DECIMALS;
  return r === 0 ? 0 : r; // no "-0" in the JSON
};

export function clipToJson(clip: Clip): ClipJson {
  return {
    format: CLIP_FORMAT,
    version: CLIP_FORMAT_VERSION,
    frames: clip.frameCount,
    fps: clip.fps,
    duration: round((clip.frameCount - 1) / clip.fps),
    signs: clip.timeline.map((s) => ({
      gloss: s.gloss,
      start: round(s.start),
      end: round(s.end),
      source: s.source,
    })),
    bones: [...clip.bones],
    expressions: [...clip.expressions],
    rotations: Array.from(clip.rotations, round),
    expressionWeights: Array.from(clip.expressionWeights, round),
  };
}

/** Parses and checks a clip JSON value; errors name the field and what was expected. */
export function clipFromJson(value: unknown): Clip {
  const parsed = clipJsonSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TypeError(
      `not a motion clip: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'}`,
    );
  }
  const j = parsed.data;
  const expectRot = j.frames * j.bones.length * 4;
  if (j.rotations.length !== expectRot) {
    throw new RangeError(
      `motion clip rotations has ${j.rotations.length} values; expected frames × bones × 4 = ${expectRot}`,
    );
  }
  const expectW = j.frames * j.expressions.length;
  if (j.expressionWeights.length !== expectW) {
    throw new RangeError(
      `motion clip expressionWeights has ${j.expressionWeights.length} values; expected frames × expressions = ${expectW}`,
    );
  }
  for (const s of j.signs) {
    if (s.end < s.start)
      throw new RangeError(
        `motion clip sign "${s.gloss}" ends (${s.end}) before it starts (${s.start})`,
      );
  }
  return {
    fps: j.fps,
    frameCount: j.frames,
    bones: j.bones,
    expressions: j.expressions,
    rotations: Float32Array.from(j.rotations),
    expressionWeights: Float32Array.from(j.expressionWeights),
    timeline: j.signs,
  };
}

export function serializeClip(clip: Clip): string {
  return JSON.stringify(clipToJson(clip));
}

export function parseClip(text: string): Clip {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new TypeError(
      `motion clip is not valid JSON: ${e instanceof Error ? e.message : String(e)}`,
      { cause: e },
    );
  }
  return clipFromJson(value);
}
