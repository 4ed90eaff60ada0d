/**
 * Writes clip frames onto a VRM through its normalized humanoid rig (docs/conventions.md #10). A binding
 * resolves the clip's bone and expression slots to the avatar's nodes once; applying a frame
 * then only copies numbers: no allocation, no lookups by name.
 */
import type { Object3D } from 'three';
import { Quaternion, Vector3 } from 'three';
import type { VRM, VRMExpression } from '@pixiv/three-vrm';
import type { PoseClip } from './clip';

export interface RetargetBinding {
  readonly clip: PoseClip;
  /** Normalized bone node per clip bone slot, null where the avatar lacks the bone. */
  readonly nodes: ReadonlyArray<Object3D | null>;
  /**
   * Expression per clip expression slot, null where the avatar lacks it. Several slots may share
   * one (a brow fallback): `groups[i]` lists the slots driving slot i's expression when i is the
   * first of them (their weights combine by max), and is empty for the others.
   */
  readonly expressions: ReadonlyArray<VRMExpression | null>;
  readonly groups: ReadonlyArray<readonly number[]>;
  readonly hips: Object3D | null;
  readonly hipsRest: Vector3;
  /**
   * VRM 0.x rigs face −Z inside a scene turned by 180° (three-vrm's rotateVRM0): a rotation
   * authored facing +Z is conjugated by that half turn, which negates its x and z.
   */
  readonly flipXZ: boolean;
}

const _target = new Quaternion();
const _offset = new Vector3();

/**
 * The custom brow expressions (browRaise, browFurrow) carry question and negation grammar; a
 * third-party avatar without them still shows the brows through the nearest VRM preset.
 */
const EXPRESSION_FALLBACK: Readonly<Record<string, string>> = {
  browRaise: 'surprised',
  browFurrow: 'angry',
};

function bindExpressions(
  vrm: VRM,
  names: readonly string[],
): { expressions: (VRMExpression | null)[]; groups: number[][] } {
  const get = (n: string): VRMExpression | null => vrm.expressionManager?.getExpression(n) ?? null;
  const expressions = names.map((e) => {
    const fallback = EXPRESSION_FALLBACK[e];
    return get(e) ?? (fallback === undefined ? null : get(fallback));
  });
  const groups = expressions.map((e, i) =>
    e !== null && expressions.indexOf(e) === i
      ? expressions.flatMap((x, j) => (x === e ? [j] : []))
      : [],
  );
  return { expressions, groups };
}

export function bindClip(vrm: VRM, clip: PoseClip): RetargetBinding {
  const humanoid = vrm.humanoid;
  const hips = humanoid.getNormalizedBoneNode('hips');
  return {
    clip,
    nodes: clip.bones.map((b) => humanoid.getNormalizedBoneNode(b)),
    ...bindExpressions(vrm, clip.expressions),
    hips,
    hipsRest: hips ? hips.position.clone() : new Vector3(),
    flipXZ: vrm.meta.metaVersion === '0',
  };
}

/**
 * Poses the rig from frame `frame` of the bound clip. `blend` < 1 moves each bone only that far
 * from its current rotation (slerp) and mixes weights, for smooth cuts between clips.
 */
export function applyFrame(binding: RetargetBinding, frame: number, blend = 1): void {
  const { clip, nodes, expressions, groups, flipXZ } = binding;
  const f = Math.min(Math.max(Math.floor(frame), 0), clip.frameCount - 1);
  const sign = flipXZ ? -1 : 1;
  const rot = clip.rotations;
  let o = f * nodes.length * 4;
  for (let i = 0; i < nodes.length; i++, o += 4) {
    const node = nodes[i];
    if (!node) continue;
    _target.set(
      sign * (rot[o] as number),
      rot[o + 1] as number,
      sign * (rot[o + 2] as number),
      rot[o + 3] as number,
    );
    if (blend >= 1) node.quaternion.copy(_target);
    else node.quaternion.slerp(_target, blend);
  }
  const weights = clip.expressionWeights;
  const w0 = f * expressions.length;
  for (let i = 0; i < expressions.length; i++) {
    const e = expressions[i];
    const group = groups[i];
    if (!e || !group || group.length === 0) continue;
    let w = 0;
    for (const j of group) w = Math.max(w, weights[w0 + j] as number);
    e.weight = blend >= 1 ? w : e.weight + (w - e.weight) * blend;
  }
  const hipsOffset = clip.hipsOffset;
  if (hipsOffset && binding.hips) {
    _offset.set(
      sign * (hipsOffset[f * 3] as number),
      hipsOffset[f * 3 + 1] as number,
      sign * (hipsOffset[f * 3 + 2] as number),
    );
    _offset.add(binding.hipsRest);
    if (blend >= 1) binding.hips.position.copy(_offset);
    else binding.hips.position.lerp(_offset, blend);
  }
}
