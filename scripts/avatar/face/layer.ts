/**
 * A face feature drawn on the skin (an eye white, a brow, a lip): a fixed triangle mesh whose
 * vertices are laid out in the face plane for any face state. Evaluating it at the neutral state
 * gives the rest mesh; at each expression's state, that expression's morph target.
 */
import type { HumanBoneName } from '../../../src/shared/avatar';
import type { MorphShape, Part, Weights } from '../geometry/mesh';
import type { V3 } from '../geometry/vec';
import { mix, single } from '../geometry/weights';
import { deform } from './deform';
import { onSkin } from './project';
import { NEUTRAL, type FaceState } from './state';

export interface LayerVertex {
  readonly x: number;
  readonly y: number;
  /** Height above the skin (m): stacks features without z-fighting. */
  readonly lift: number;
  /** Share of the jaw's rotation (mouth features); undefined follows the skin. */
  readonly jaw?: number;
}

export interface FaceLayer {
  readonly name: string;
  readonly material: string;
  readonly triangles: readonly number[];
  readonly layout: (s: FaceState) => LayerVertex[];
  /** Bone the feature rides on besides head/jaw (irises follow the eye bones). */
  readonly bone?: HumanBoneName;
}

export function evaluateLayer(layer: FaceLayer, s: FaceState): MorphShape {
  const positions: V3[] = [];
  const normals: V3[] = [];
  for (const v of layer.layout(s)) {
    const skin = onSkin(v.x, v.y, v.lift);
    const [p, n] = deform(skin.point, skin.normal, s, v.jaw);
    positions.push(p);
    normals.push(n);
  }
  return { positions, normals };
}

/** The layer as a part with one morph per expression state. */
export function layerPart(
  layer: FaceLayer,
  expressions: ReadonlyArray<readonly [string, FaceState]>,
): Part {
  const rest = evaluateLayer(layer, NEUTRAL);
  const weights: Weights[] = layer.layout(NEUTRAL).map((v) => {
    if (layer.bone) return single(layer.bone);
    const jaw = v.jaw ?? 0;
    return mix([single('head'), 1 - jaw], [single('jaw'), jaw]);
  });
  const morphs = new Map<string, MorphShape>();
  for (const [name, s] of expressions) morphs.set(name, evaluateLayer(layer, s));
  return {
    name: layer.name,
    material: layer.material,
    positions: [...rest.positions],
    normals: [...rest.normals],
    weights,
    triangles: [...layer.triangles],
    morphs,
  };
}

/** Triangles with their winding reversed (for features laid out mirrored, x → −x). */
export function flipWinding(triangles: readonly number[]): number[] {
  const out: number[] = [];
  for (let t = 0; t < triangles.length; t += 3) {
    out.push(triangles[t] as number, triangles[t + 2] as number, triangles[t + 1] as number);
  }
  return out;
}
