import {
  COMPONENTS,
  VALUES_PER_POINT,
  type ComponentName,
} from '../../../src/shared/landmarks/layout';

/** Pose landmark indices used by the assertions (MediaPipe Pose topology, subject-centred names). */
export const POSE = { leftShoulder: 11, rightShoulder: 12, leftWrist: 15, rightWrist: 16 } as const;

export interface Point {
  readonly x: number;
  readonly y: number;
  readonly z: number;
  readonly v: number;
}

export function points(frame: readonly number[], component: ComponentName): Point[] {
  const { offset, points: n } = COMPONENTS[component];
  const out: Point[] = [];
  for (let p = 0; p < n; p++) {
    const i = (offset + p) * VALUES_PER_POINT;
    out.push({
      x: frame[i] ?? NaN,
      y: frame[i + 1] ?? NaN,
      z: frame[i + 2] ?? NaN,
      v: frame[i + 3] ?? NaN,
    });
  }
  return out;
}

export function detected(frame: readonly number[], component: ComponentName): boolean {
  return points(frame, component).every(
    (p) => Number.isFinite(p.x) && Number.isFinite(p.y) && Number.isFinite(p.z),
  );
}

export function missing(frame: readonly number[], component: ComponentName): boolean {
  return points(frame, component).every((p) => [p.x, p.y, p.z, p.v].every(Number.isNaN));
}

export function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/** Summary for logs: which parts were found, and the points' x/y extent. */
export function summarize(frame: readonly number[]): Record<ComponentName, string> {
  const out = {} as Record<ComponentName, string>;
  for (const name of Object.keys(COMPONENTS) as ComponentName[]) {
    const ps = points(frame, name);
    if (!detected(frame, name)) {
      out[name] = 'missing';
      continue;
    }
    const xs = ps.map((p) => p.x);
    const ys = ps.map((p) => p.y);
    const f = (v: number): string => v.toFixed(2);
    out[name] =
      `${ps.length} pts x ${f(Math.min(...xs))}..${f(Math.max(...xs))} y ${f(Math.min(...ys))}..${f(Math.max(...ys))}`;
  }
  return out;
}
