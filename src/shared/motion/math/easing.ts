/**
 * Time profiles for movements, all mapping [0, 1] → [0, 1]. Human point-to-point reaching
 * follows the minimum-jerk profile (Flash & Hogan 1985): bell-shaped velocity, zero velocity and
 * acceleration at both ends.
 */
export const EASINGS = ['minimumJerk', 'linear', 'easeIn', 'easeOut', 'sine'] as const;
export type Easing = (typeof EASINGS)[number];

export function minimumJerk(t: number): number {
  const u = t <= 0 ? 0 : t >= 1 ? 1 : t;
  return u * u * u * (10 + u * (-15 + 6 * u));
}

/** Accelerates from rest and arrives at full speed: used before an abrupt stop ("halt"). */
export function easeIn(t: number): number {
  const u = t <= 0 ? 0 : t >= 1 ? 1 : t;
  return u * u;
}

export function easeOut(t: number): number {
  return 1 - easeIn(1 - t);
}

export function sineInOut(t: number): number {
  const u = t <= 0 ? 0 : t >= 1 ? 1 : t;
  return 0.5 - 0.5 * Math.cos(Math.PI * u);
}

export function applyEasing(kind: Easing, t: number): number {
  switch (kind) {
    case 'minimumJerk':
      return minimumJerk(t);
    case 'linear':
      return t <= 0 ? 0 : t >= 1 ? 1 : t;
    case 'easeIn':
      return easeIn(t);
    case 'easeOut':
      return easeOut(t);
    case 'sine':
      return sineInOut(t);
  }
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

export const DEG = Math.PI / 180;
