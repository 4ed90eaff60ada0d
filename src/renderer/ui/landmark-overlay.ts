/**
 * Draws one landmark frame over the camera preview: pose and hand skeletons, face points. The
 * canvas matches the video's intrinsic size and CSS scales both alike, so points line up.
 */
import {
  COMPONENTS,
  HAND_CONNECTIONS,
  POSE_CONNECTIONS,
  VALUES_PER_POINT,
} from '../../shared/landmarks';
import type { ComponentName, Connection } from '../../shared/landmarks';

const STYLE: Record<ComponentName, { color: string; radius: number }> = {
  pose: { color: '#00e5ff', radius: 3 },
  leftHand: { color: '#ffd600', radius: 3 },
  rightHand: { color: '#ff4081', radius: 3 },
  face: { color: 'rgba(255,255,255,0.55)', radius: 1 },
};
const EDGES: Partial<Record<ComponentName, readonly Connection[]>> = {
  pose: POSE_CONNECTIONS,
  leftHand: HAND_CONNECTIONS,
  rightHand: HAND_CONNECTIONS,
};

export function drawLandmarks(
  canvas: HTMLCanvasElement,
  frame: Float32Array,
  width: number,
  height: number,
): void {
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
  }
  const ctx = canvas.getContext('2d');
  if (ctx === null) return;
  ctx.clearRect(0, 0, width, height);
  for (const name of Object.keys(COMPONENTS) as ComponentName[]) {
    const { offset, points } = COMPONENTS[name];
    const { color, radius } = STYLE[name];
    const x = (p: number) => (frame[(offset + p) * VALUES_PER_POINT] as number) * width;
    const y = (p: number) => (frame[(offset + p) * VALUES_PER_POINT + 1] as number) * height;
    ctx.strokeStyle = color;
    ctx.fillStyle = color;
    ctx.lineWidth = 2;
    for (const [a, b] of EDGES[name] ?? []) {
      if (!Number.isFinite(x(a)) || !Number.isFinite(x(b))) continue;
      ctx.beginPath();
      ctx.moveTo(x(a), y(a));
      ctx.lineTo(x(b), y(b));
      ctx.stroke();
    }
    for (let p = 0; p < points; p++) {
      if (!Number.isFinite(x(p))) continue;
      ctx.beginPath();
      ctx.arc(x(p), y(p), radius, 0, 2 * Math.PI);
      ctx.fill();
    }
  }
}

export function clearOverlay(canvas: HTMLCanvasElement): void {
  canvas.getContext('2d')?.clearRect(0, 0, canvas.width, canvas.height);
}
