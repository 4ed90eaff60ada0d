import { FACE_MESH_POINTS, type FaceMeshSize } from '../landmarks/face-mesh';
import {
  COMPONENTS,
  FRAME_LENGTH,
  VALUES_PER_POINT,
  emptyFrame,
  type ComponentName,
} from '../landmarks/layout';
import { HOLISTIC_COMPONENT, holisticComponents } from './holistic';
import { holisticMapping, type HolisticMapping } from './mapping';
import { poseDims, totalPoints, type Pose } from './types';

/**
 * Conversion between `.pose` files and the frame layout (landmarks/layout.ts). Files store x and
 * y in pixels of the header's width and height, and z as MediaPipe reports it (pose-format's
 * Holistic writer leaves z unscaled). Frames hold x and y normalized to [0, 1], z as is, and the
 * point's confidence as its visibility; confidence 0 (not detected) becomes NaN.
 */
export interface FrameReadOptions {
  /** Which person to read when a file holds several (default 0, the first). */
  person?: number;
}

/** Fills `out` with one frame of the pose; the mapping can be computed once per file. */
export function poseFrame(
  pose: Pose,
  index: number,
  out: Float32Array = emptyFrame(),
  options: FrameReadOptions = {},
  mapping: HolisticMapping = holisticMapping(pose.header),
): Float32Array {
  const { header, body } = pose;
  const person = options.person ?? 0;
  out.fill(Number.NaN);
  if (person < 0 || person >= body.people || index < 0 || index >= body.frames) return out;
  const points = totalPoints(header);
  const dims = poseDims(header);
  const firstCell = (index * body.people + person) * points;
  for (const m of mapping.parts) {
    const partOffset = COMPONENTS[m.part].offset;
    for (let i = 0; i < m.targets.length; i++) {
      const target = m.targets[i] ?? -1;
      const cell = firstCell + m.firstPoint + i;
      const confidence = body.confidence[cell] ?? 0;
      if (target < 0 || !(confidence > 0)) continue;
      const x = (body.data[cell * dims + m.x] ?? Number.NaN) / header.width;
      const y = (body.data[cell * dims + m.y] ?? Number.NaN) / header.height;
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      const base = (partOffset + target) * VALUES_PER_POINT;
      out[base] = x;
      out[base + 1] = y;
      // A detected point from a 2-D file sits at MediaPipe's reference depth.
      out[base + 2] = m.z >= 0 ? (body.data[cell * dims + m.z] ?? Number.NaN) : 0;
      out[base + 3] = confidence;
    }
  }
  return out;
}

/** Every frame of a Holistic `.pose` file in the frame layout. */
export function poseToFrames(pose: Pose, options: FrameReadOptions = {}): Float32Array[] {
  const { header, body } = pose;
  const mapping = holisticMapping(header);
  if (mapping.parts.length === 0) {
    const names = header.components.map((c) => c.name).join(', ') || 'none';
    throw new RangeError(
      `no MediaPipe Holistic components in this pose (it has: ${names}); expected ${Object.values(HOLISTIC_COMPONENT).join(', ')}`,
    );
  }
  if (!(header.width > 0) || !(header.height > 0)) {
    throw new RangeError(
      `pose header is ${header.width}×${header.height} pixels; pixel coordinates need a width and height above 0`,
    );
  }
  return Array.from({ length: body.frames }, (_, f) =>
    poseFrame(pose, f, emptyFrame(), options, mapping),
  );
}

export interface FrameWriteOptions {
  fps: number;
  /** Image size in pixels: x and y are stored as pixels, like pose-format's own writer. */
  width: number;
  height: number;
  depth?: number;
  /** 478 (default) writes iris points; 468 drops them; a list of mesh indices writes those. */
  facePoints?: FaceMeshSize | readonly number[];
  /** Metric pose per frame (33 × [x, y, z, visibility], metres), written as POSE_WORLD_LANDMARKS. */
  world?: readonly Float32Array[];
}

/**
 * Confidence written for a detected pose point whose visibility is 0 or missing: pose-format
 * reads confidence 0 as "not detected", which would throw the coordinates away.
 */
export const MIN_DETECTED_CONFIDENCE = 1e-6;
/** Face and hand models give no per-point confidence; pose-format's writer stores 1. */
const DEFAULT_CONFIDENCE = 1;

/** One-person Holistic pose (version 0.2) from frames in the frame layout. */
export function framesToPose(frames: readonly Float32Array[], options: FrameWriteOptions): Pose {
  const facePoints = options.facePoints ?? FACE_MESH_POINTS;
  const world = options.world;
  if (world && world.length !== frames.length) {
    throw new RangeError(
      `${world.length} world frames for ${frames.length} frames; expected one per frame`,
    );
  }
  const components = holisticComponents({ facePoints, world: world !== undefined });
  const header = {
    version: Math.fround(0.2),
    width: options.width,
    height: options.height,
    depth: options.depth ?? 0,
    components,
  };
  const points = totalPoints(header);
  const data = new Float32Array(frames.length * points * 3);
  const confidence = new Float32Array(frames.length * points);
  const all = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
  const parts: readonly [ComponentName, readonly number[]][] = [
    ['pose', all(COMPONENTS.pose.points)],
    ['face', typeof facePoints === 'number' ? all(facePoints) : facePoints],
    ['leftHand', all(COMPONENTS.leftHand.points)],
    ['rightHand', all(COMPONENTS.rightHand.points)],
  ];
  frames.forEach((frame, f) => {
    if (frame.length !== FRAME_LENGTH) {
      throw new RangeError(`frame ${f} has ${frame.length} values; expected ${FRAME_LENGTH}`);
    }
    let cell = f * points;
    for (const [part, indices] of parts) {
      const start = COMPONENTS[part].offset * VALUES_PER_POINT;
      for (const p of indices) {
        writePoint(
          frame,
          start + p * VALUES_PER_POINT,
          part === 'pose',
          options.width,
          options.height,
          data,
          confidence,
          cell++,
        );
      }
    }
    const metric = world?.[f];
    if (metric) {
      if (metric.length < COMPONENTS.pose.points * VALUES_PER_POINT) {
        throw new RangeError(
          `world frame ${f} has ${metric.length} values; expected ${COMPONENTS.pose.points * VALUES_PER_POINT}`,
        );
      }
      for (let p = 0; p < COMPONENTS.pose.points; p++, cell++) {
        writePoint(metric, p * VALUES_PER_POINT, true, 1, 1, data, confidence, cell);
      }
    }
  });
  return { header, body: { fps: options.fps, frames: frames.length, people: 1, data, confidence } };
}

function writePoint(
  source: Float32Array,
  at: number,
  visibilityIsConfidence: boolean,
  width: number,
  height: number,
  data: Float32Array,
  confidence: Float32Array,
  cell: number,
): void {
  const x = source[at] ?? Number.NaN;
  const y = source[at + 1] ?? Number.NaN;
  // Undetected points stay 0 with confidence 0, as pose-format writes them.
  if (!Number.isFinite(x) || !Number.isFinite(y)) return;
  const z = source[at + 2] ?? Number.NaN;
  const v = source[at + 3] ?? Number.NaN;
  data[cell * 3] = x * width;
  data[cell * 3 + 1] = y * height;
  data[cell * 3 + 2] = Number.isFinite(z) ? z : 0;
  const fallback = visibilityIsConfidence ? MIN_DETECTED_CONFIDENCE : DEFAULT_CONFIDENCE;
  confidence[cell] = Number.isFinite(v) && v > 0 ? v : fallback;
}
