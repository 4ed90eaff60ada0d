import fs from 'node:fs/promises';
import path from 'node:path';
import { HAND_CONNECTIONS, POSE_CONNECTIONS } from '../../../shared/landmarks/holistic-names';
import { COMPONENTS, VALUES_PER_POINT } from '../../../shared/landmarks/layout';
import { CORPUS_FACE_POINTS } from '../../../shared/synth/points';
import { rasterise } from './rasterise';
import type { PoseRecording } from './read-poses';
import { COLORS } from './plots';

const CELL = 240;
const ARMS_AND_TORSO = new Set([11, 12, 13, 14, 15, 16, 23, 24]);

/** One frame as SVG strokes in a cell: pose (upper body), both hands, the corpus face points. */
function drawFrame(frame: Float32Array, aspect: number, ox: number, color: string): string {
  // Centre on the shoulders and scale by their width, so bodies of any size and framing compare.
  const at = (i: number): [number, number] | undefined => {
    const x = frame[i * VALUES_PER_POINT];
    const y = frame[i * VALUES_PER_POINT + 1];
    return Number.isFinite(x) && Number.isFinite(y) ? [x! * aspect, y!] : undefined;
  };
  const l = at(11);
  const r = at(12);
  if (!l || !r) return '';
  const w = Math.hypot(l[0] - r[0], l[1] - r[1]);
  const cx = (l[0] + r[0]) / 2;
  const cy = (l[1] + r[1]) / 2;
  const k = (CELL * 0.28) / w;
  const p = (q: [number, number]): string =>
    `${(ox + CELL / 2 + (q[0] - cx) * k).toFixed(1)},${(CELL * 0.52 + (q[1] - cy) * k).toFixed(1)}`;
  const lines: string[] = [];
  const edge = (a: number, b: number, width: number): void => {
    const pa = at(a);
    const pb = at(b);
    if (pa && pb)
      lines.push(
        `<polyline points="${p(pa)} ${p(pb)}" stroke="${color}" stroke-width="${width}"/>`,
      );
  };
  for (const [a, b] of POSE_CONNECTIONS)
    if (ARMS_AND_TORSO.has(a) && ARMS_AND_TORSO.has(b)) edge(a, b, 2.5);
  for (const part of [COMPONENTS.leftHand, COMPONENTS.rightHand])
    for (const [a, b] of HAND_CONNECTIONS) edge(part.offset + a, part.offset + b, 1.5);
  const dots = CORPUS_FACE_POINTS.map((m) => at(COMPONENTS.face.offset + m))
    .filter((q): q is [number, number] => q !== undefined)
    .map((q) => {
      const [x, y] = p(q).split(',');
      return `<circle cx="${x}" cy="${y}" r="1.3" fill="${color}"/>`;
    });
  return lines.join('') + dots.join('');
}

/**
 * Synthetic and real skeletons side by side: three frames of each (spread over a recording),
 * each normalised to its own shoulders. Writes SVG and, where Chromium exists, PNG.
 */
export async function writeSkeletonFigure(
  synthetic: readonly PoseRecording[],
  real: readonly PoseRecording[],
  outPng: string,
): Promise<boolean> {
  const pick = (recs: readonly PoseRecording[]): { frame: Float32Array; aspect: number }[] =>
    [0.2, 0.5, 0.8].map((q, i) => {
      const rec = recs[Math.min(recs.length - 1, Math.floor((i * recs.length) / 3))]!;
      const f = rec.frames[Math.floor(q * (rec.frames.length - 1))]!;
      return { frame: f, aspect: rec.aspect ?? 1 };
    });
  const rows = [
    { label: 'synthetic', color: COLORS.synthetic, frames: pick(synthetic) },
    { label: 'real (MediaPipe)', color: COLORS.real, frames: pick(real) },
  ];
  const body = rows
    .map((row, r) => {
      const cells = row.frames
        .map((c, i) => drawFrame(c.frame, c.aspect, i * CELL, row.color))
        .join('');
      return `<g transform="translate(0 ${r * CELL + 20})" fill="none">${cells}<text x="6" y="14" fill="#333" font-size="13" font-family="sans-serif" stroke="none">${row.label}</text></g>`;
    })
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${3 * CELL}" height="${2 * CELL + 20}" viewBox="0 0 ${3 * CELL} ${2 * CELL + 20}"><rect width="100%" height="100%" fill="#fff"/><text x="6" y="14" font-size="13" font-family="sans-serif">upper body, hands and face points in shoulder units; each frame centred on its shoulders</text>${body}</svg>`;
  const svgFile = outPng.replace(/\.png$/, '.svg');
  await fs.mkdir(path.dirname(outPng), { recursive: true });
  await fs.writeFile(svgFile, svg);
  return rasterise([{ svg: svgFile, png: outPng }]);
}
