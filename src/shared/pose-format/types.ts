/**
 * A decoded `.pose` file (pose-format, sign-language-processing/pose), in the layout the format
 * itself uses: a header that names components and their points, and a body of float32 tensors
 * data[frame][person][point][dim] and confidence[frame][person][point]. Values are kept exactly
 * as stored (pixels for x and y), so writing a decoded file back gives the same bytes.
 */
export type RGB = readonly [r: number, g: number, b: number];
export type Limb = readonly [from: number, to: number];

export interface PoseComponent {
  readonly name: string;
  /** One letter per stored value, confidence last, e.g. "XYZC". */
  readonly format: string;
  readonly points: readonly string[];
  readonly limbs: readonly Limb[];
  readonly colors: readonly RGB[];
}

export interface PoseHeader {
  /** The version float as stored (float32), e.g. 0.10000000149011612. */
  readonly version: number;
  readonly width: number;
  readonly height: number;
  readonly depth: number;
  readonly components: readonly PoseComponent[];
}

export interface PoseBody {
  readonly fps: number;
  readonly frames: number;
  readonly people: number;
  /** Length frames × people × points × dims; dims = longest format − 1 (all but confidence). */
  readonly data: Float32Array;
  /** Length frames × people × points; 0 means the point was not detected. */
  readonly confidence: Float32Array;
}

export interface Pose {
  readonly header: PoseHeader;
  readonly body: PoseBody;
}

/** Body layouts: 0.0 interleaves confidence per person; 0.1 and 0.2 store two flat tensors. */
export const POSE_VERSIONS = ['0.0', '0.1', '0.2'] as const;
export type PoseVersion = (typeof POSE_VERSIONS)[number];

/** The layout of a stored version float (rounded to 3 decimals, as pose-format itself does). */
export function poseVersion(version: number): PoseVersion | undefined {
  const key = (Math.round(version * 1000) / 1000).toFixed(1);
  return Math.abs(Number(key) - version) < 0.0005
    ? POSE_VERSIONS.find((v) => v === key)
    : undefined;
}

export function totalPoints(header: Pick<PoseHeader, 'components'>): number {
  return header.components.reduce((sum, c) => sum + c.points.length, 0);
}

/** Stored values per point besides confidence: the longest format minus its confidence letter. */
export function poseDims(header: Pick<PoseHeader, 'components'>): number {
  return Math.max(0, ...header.components.map((c) => c.format.length - 1));
}

/** Index of the first point of each component among all points. */
export function componentOffsets(header: Pick<PoseHeader, 'components'>): number[] {
  let offset = 0;
  return header.components.map((c) => {
    const start = offset;
    offset += c.points.length;
    return start;
  });
}
