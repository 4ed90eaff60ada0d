import type { Clip } from '../clip';
import { isClipBone, type ClipExpression } from '../rig';

/** Expression pairs that swap when a performance is mirrored left ↔ right. */
const EXPRESSION_PAIRS: readonly (readonly [ClipExpression, ClipExpression])[] = [
  ['blinkLeft', 'blinkRight'],
  ['lookLeft', 'lookRight'],
];

/**
 * Mirrors a clip left ↔ right in place (a left-handed signer): left and right bones swap with
 * mirrored rotations (x, −y, −z, w), midline bones mirror in place, paired expressions swap.
 */
export function mirrorClip(clip: Clip): Clip {
  const nb = clip.bones.length;
  const index = new Map<string, number>(clip.bones.map((b, i) => [b, i]));
  const partner = clip.bones.map((b) => {
    const other = b.startsWith('left')
      ? `right${b.slice(4)}`
      : b.startsWith('right')
        ? `left${b.slice(5)}`
        : b;
    return isClipBone(other) ? (index.get(other) ?? -1) : -1;
  });
  const r = clip.rotations;
  const tmp = new Float32Array(nb * 4);
  for (let f = 0; f < clip.frameCount; f++) {
    const o = f * nb * 4;
    tmp.set(r.subarray(o, o + nb * 4));
    for (let b = 0; b < nb; b++) {
      const src = partner[b]! >= 0 ? partner[b]! : b;
      r[o + b * 4] = tmp[src * 4]!;
      r[o + b * 4 + 1] = -tmp[src * 4 + 1]!;
      r[o + b * 4 + 2] = -tmp[src * 4 + 2]!;
      r[o + b * 4 + 3] = tmp[src * 4 + 3]!;
    }
  }
  const ne = clip.expressions.length;
  const w = clip.expressionWeights;
  for (const [a, b] of EXPRESSION_PAIRS) {
    const ia = clip.expressions.indexOf(a);
    const ib = clip.expressions.indexOf(b);
    if (ia < 0 || ib < 0) continue;
    for (let f = 0; f < clip.frameCount; f++) {
      const t = w[f * ne + ia]!;
      w[f * ne + ia] = w[f * ne + ib]!;
      w[f * ne + ib] = t;
    }
  }
  return clip;
}
