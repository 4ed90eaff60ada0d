import { FACE_MESH_POINTS } from './face-mesh';
import { readFacePoint, toHeadFrame, type HeadPose } from './head-pose';

/** Head-frame coordinates of the points the features read, refreshed per frame. */
export class HeadPoints {
  private readonly values = new Float64Array(FACE_MESH_POINTS * 3);
  private readonly valid = new Uint8Array(FACE_MESH_POINTS);
  private readonly scratch = new Float64Array(3);

  load(frame: Float32Array, aspect: number, pose: HeadPose, indices: readonly number[]): void {
    this.valid.fill(0);
    for (const i of indices) {
      if (!readFacePoint(frame, i, aspect, this.scratch)) continue;
      toHeadFrame(this.scratch, pose, this.scratch);
      this.values.set(this.scratch, i * 3);
      this.valid[i] = 1;
    }
  }

  /** Sets point i directly from head-frame centimetres (the canonical baseline). */
  set(i: number, x: number, y: number, z: number): void {
    this.values[i * 3] = x;
    this.values[i * 3 + 1] = y;
    this.values[i * 3 + 2] = z;
    this.valid[i] = 1;
  }

  /** Coordinate `axis` (0 x, 1 y, 2 z) of point i in centimetres, NaN when missing. */
  at(i: number, axis: number): number {
    return this.valid[i] === 1 ? (this.values[i * 3 + axis] ?? Number.NaN) : Number.NaN;
  }

  distance(a: number, b: number): number {
    return Math.hypot(
      this.at(a, 0) - this.at(b, 0),
      this.at(a, 1) - this.at(b, 1),
      this.at(a, 2) - this.at(b, 2),
    );
  }

  meanAxis(indices: readonly number[], axis: number): number {
    let sum = 0;
    for (const i of indices) sum += this.at(i, axis);
    return sum / indices.length;
  }
}
