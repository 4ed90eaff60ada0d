import type { ByteReader } from './byte-reader';
import type { PoseLimits } from './limits';
import { poseDims, totalPoints, type PoseBody, type PoseHeader } from './types';

/**
 * Version 0.0 body: fps and frame count (uint16), then per frame a people count and per person an
 * int16 id followed by every component's points with all format values interleaved, confidence
 * last. People may vary per frame: the decoded body has room for the most people in any frame,
 * and absent people have confidence 0. Person ids are not kept (pose-format drops them too).
 */
export function decodeBody00(r: ByteReader, header: PoseHeader, limits: PoseLimits): PoseBody {
  const b = 'body';
  const fps = r.u16(b, 'fps');
  const frames = r.u16(b, 'frame count');
  const points = totalPoints(header);
  const dims = poseDims(header);
  const personBytes =
    2 + header.components.reduce((sum, c) => sum + c.points.length * c.format.length * 4, 0);

  // First pass: validate sizes and find the most people in a frame, without allocating.
  const start = r.offset;
  let people = 0;
  for (let f = 0; f < frames; f++) {
    const count = r.u16(b, `people count of frame ${f}`);
    if (count > limits.maxPeople) {
      r.offset -= 2;
      r.fail(b, `at most ${limits.maxPeople} people in frame ${f}`, String(count));
    }
    r.need(count * personBytes, b, `${count} people of frame ${f}`);
    r.offset += count * personBytes;
    people = Math.max(people, count);
  }
  r.offset = start;

  const data = new Float32Array(frames * people * points * dims);
  const confidence = new Float32Array(frames * people * points);
  const values = new Float32Array(limits.maxFormatLength);
  for (let f = 0; f < frames; f++) {
    const count = r.u16(b, `people count of frame ${f}`);
    for (let p = 0; p < count; p++) {
      r.i16(b, `id of person ${p} in frame ${f}`);
      let point = (f * people + p) * points;
      for (const c of header.components) {
        const n = c.format.length;
        for (let i = 0; i < c.points.length; i++, point++) {
          r.f32s(values, 0, n, b, `point ${i} of ${c.name}`);
          for (let d = 0; d < n - 1; d++) data[point * dims + d] = values[d] ?? 0;
          confidence[point] = values[n - 1] ?? 0;
        }
      }
    }
  }
  return { fps, frames, people, data, confidence };
}
