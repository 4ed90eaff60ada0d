/** The face mesh: skin that deforms per expression, and the features drawn on it. */
import type { MorphShape, Part } from '../geometry/mesh';
import type { V3 } from '../geometry/vec';
import { mix, single } from '../geometry/weights';
import { browLayer } from './brows';
import { deform, skinJawWeight } from './deform';
import { FACE_EXPRESSIONS } from './expressions';
import { eyeLayers } from './eyes';
import { layerPart } from './layer';
import { mouthLayers } from './mouth';
import { faceAt, type FaceState } from './state';

export { FACE_EXPRESSIONS, EMPTY_EXPRESSIONS } from './expressions';

export const FACE_STATES: ReadonlyArray<readonly [string, FaceState]> = FACE_EXPRESSIONS.map(
  ([name, change]) => [name, faceAt(change)] as const,
);

/** Adds per-expression shapes and jaw weights to the head skin. */
export function animateSkin(skin: Part): Part {
  const morphs = new Map<string, MorphShape>();
  for (const [name, s] of FACE_STATES) {
    const positions: V3[] = [];
    const normals: V3[] = [];
    skin.positions.forEach((p, i) => {
      const [q, n] = deform(p, skin.normals[i] as V3, s);
      positions.push(q);
      normals.push(n);
    });
    morphs.set(name, { positions, normals });
  }
  const weights = skin.positions.map((p) => {
    const w = skinJawWeight(p);
    return mix([single('head'), 1 - w], [single('jaw'), w]);
  });
  return { ...skin, weights, morphs };
}

export function faceFeatures(): Part[] {
  const layers = [...eyeLayers(1), ...eyeLayers(-1), browLayer(1), browLayer(-1), ...mouthLayers()];
  return layers.map((l) => layerPart(l, FACE_STATES));
}
