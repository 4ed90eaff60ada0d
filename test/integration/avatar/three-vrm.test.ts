import fs from 'node:fs';
import { Quaternion, Vector3, type Mesh, type Object3D } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  HUMAN_BONES,
  PRESET_EXPRESSIONS,
  SIGNING_EXPRESSIONS,
  type HumanBoneName,
} from '../../../src/shared/avatar';
import { allocateClip, type Clip } from '../../../src/shared/motion/clip';
import { clipBoneIndex, expressionIndex } from '../../../src/shared/motion/rig';
import { loadAvatar, type PoseClip, type SigningAvatar } from '../../../src/renderer/avatar';
import { quatAngleDeg } from '../../helpers/quat';
import { describeShared, sharedPath } from '../../helpers/shared';
import { builtAvatar, toArrayBuffer } from '../../unit/avatar/built-avatar';

const MANNEQUIN = 'fixtures/avatars/mannequin-vrm0.vrm';
/** Skeleton extraction must agree with three-vrm to this distance (m). */
const MM = 0.001;

function worldPos(o: Object3D | null): Vector3 {
  if (!o) throw new Error('bone node missing');
  o.updateWorldMatrix(true, false);
  return o.getWorldPosition(new Vector3());
}

function setRotation(
  clip: Clip,
  frame: number,
  bone: Parameters<typeof clipBoneIndex>[0],
  q: Quaternion,
): void {
  clip.rotations.set([q.x, q.y, q.z, q.w], (frame * clip.bones.length + clipBoneIndex(bone)) * 4);
}

/** Every humanoid bone three-vrm sees, at its normalized rest world position, vs our reader. */
function expectSkeletonMatchesThreeVrm(avatar: SigningAvatar): void {
  avatar.resetPose();
  avatar.vrm.scene.updateMatrixWorld(true);
  let checked = 0;
  for (const bone of HUMAN_BONES) {
    const node = avatar.vrm.humanoid.getNormalizedBoneNode(bone);
    const ours = avatar.skeleton.bones[bone];
    expect(!!node, bone).toBe(!!ours);
    if (!node || !ours) continue;
    const p = worldPos(node);
    expect(p.distanceTo(new Vector3(...ours.position)), bone).toBeLessThan(MM);
    checked++;
  }
  expect(checked).toBeGreaterThan(20);
}

describe('default avatar in three-vrm (Node)', () => {
  let avatar: SigningAvatar;
  beforeAll(async () => {
    avatar = await loadAvatar(toArrayBuffer(builtAvatar()), 'default');
  }, 120_000);

  it('loads as VRM 1.0 with every humanoid bone and expression and no warnings', () => {
    expect(avatar.vrm.meta.metaVersion).toBe('1');
    for (const bone of HUMAN_BONES)
      expect(avatar.vrm.humanoid.getRawBoneNode(bone), bone).not.toBeNull();
    for (const e of [...PRESET_EXPRESSIONS, ...SIGNING_EXPRESSIONS]) {
      expect(avatar.vrm.expressionManager?.getExpression(e), e).not.toBeNull();
    }
    expect(avatar.warnings).toEqual([]);
    expect(() => avatar.vrm.update(1 / 30)).not.toThrow();
  });

  it('reports the same rest skeleton as three-vrm, within 1 mm', () => {
    expectSkeletonMatchesThreeVrm(avatar);
  });

  it('a motion clip frame rotates the right bone by the right quaternion', () => {
    const clip = allocateClip(30, 3);
    const q = new Quaternion().setFromAxisAngle(new Vector3(0, 0, 1), -Math.PI / 3);
    setRotation(clip, 1, 'leftIndexProximal', q);
    avatar.applyPose(clip, 1);
    const normalized = avatar.vrm.humanoid.getNormalizedBoneNode('leftIndexProximal');
    expect(quatAngleDeg(normalized?.quaternion.toArray() ?? [], q.toArray())).toBeLessThan(0.01);
    // The raw bone follows: its child swings from +X down towards −Y (the finger curls).
    avatar.vrm.scene.updateMatrixWorld(true);
    const base = worldPos(avatar.vrm.humanoid.getRawBoneNode('leftIndexProximal'));
    const next = worldPos(avatar.vrm.humanoid.getRawBoneNode('leftIndexIntermediate'));
    const dir = next.sub(base).normalize();
    expect(dir.x).toBeCloseTo(Math.cos(Math.PI / 3), 3);
    expect(dir.y).toBeCloseTo(-Math.sin(Math.PI / 3), 3);
    // Untouched bones stay at rest; frame 0 is the rest pose again.
    expect(
      avatar.vrm.humanoid.getNormalizedBoneNode('leftMiddleProximal')?.quaternion.w,
    ).toBeCloseTo(1, 6);
    avatar.applyPose(clip, 0);
    expect(normalized?.quaternion.w).toBeCloseTo(1, 6);
  });

  it('drives expressions into the face mesh morph weights', () => {
    const clip = allocateClip(30, 1);
    clip.expressionWeights[expressionIndex('browRaise')] = 1;
    clip.expressionWeights[expressionIndex('aa')] = 0.5;
    clip.expressionWeights[expressionIndex('browRaiseLeft')] = 0.7;
    avatar.applyPose(clip, 0);
    let face: Mesh | undefined;
    avatar.vrm.scene.traverse((o) => {
      const m = o as Mesh;
      if (!face && m.isMesh && m.morphTargetDictionary && 'browRaise' in m.morphTargetDictionary)
        face = m;
    });
    const dict = face?.morphTargetDictionary ?? {};
    const influences = face?.morphTargetInfluences ?? [];
    expect(influences[dict['browRaise'] ?? -1]).toBeCloseTo(1, 6);
    expect(influences[dict['aa'] ?? -1]).toBeCloseTo(0.5, 6);
    expect(influences[dict['browRaiseLeft'] ?? -1]).toBeCloseTo(0.7, 6);
    expect(influences[dict['browRaiseRight'] ?? -1]).toBe(0);
    expect(influences[dict['blink'] ?? -1]).toBe(0);
    avatar.resetPose();
  });

  it('blends towards a frame when asked (slerp for bones, lerp for weights)', () => {
    const clip = allocateClip(30, 1);
    const q = new Quaternion().setFromAxisAngle(new Vector3(0, 1, 0), Math.PI / 2);
    setRotation(clip, 0, 'head', q);
    clip.expressionWeights[expressionIndex('blink')] = 1;
    avatar.resetPose();
    avatar.applyPose(clip, 0, 0.5);
    const head = avatar.vrm.humanoid.getNormalizedBoneNode('head');
    expect(quatAngleDeg(head?.quaternion.toArray() ?? [], [0, 0, 0, 1])).toBeCloseTo(45, 3);
    expect(avatar.vrm.expressionManager?.getValue('blink')).toBeCloseTo(0.5, 6);
    avatar.resetPose();
  });

  it('rejects a clip whose arrays do not match its sizes, naming the field', () => {
    const clip: PoseClip = { ...allocateClip(30, 2), rotations: new Float32Array(7) };
    expect(() => avatar.applyPose(clip, 0)).toThrow(
      /default: clip: rotations has 7 values, expected \d+ \(frames × bones × 4\)/,
    );
  });
});

describeShared('VRM 0.x mannequin in three-vrm (Node)', [MANNEQUIN], () => {
  let avatar: SigningAvatar;
  beforeAll(async () => {
    const b = fs.readFileSync(sharedPath(MANNEQUIN));
    avatar = await loadAvatar(toArrayBuffer(new Uint8Array(b)), 'mannequin');
  });

  it('loads, says what it lacks, and signs a full clip without thumbs or face', () => {
    expect(avatar.vrm.meta.metaVersion).toBe('0');
    expect(avatar.warnings.join('\n')).toMatch(/mannequin: no thumb bones .*leftThumbMetacarpal/);
    expect(avatar.warnings.join('\n')).toMatch(/mannequin: no brows and eyes/);
    const clip = allocateClip(30, 2);
    const q = new Quaternion().setFromAxisAngle(new Vector3(0, 0, 1), -0.5);
    for (const bone of clip.bones) setRotation(clip, 1, bone, q);
    clip.expressionWeights.fill(1);
    expect(() => avatar.applyPose(clip, 1)).not.toThrow();
    avatar.resetPose();
  });

  it('reports the same rest skeleton as three-vrm after its turn to +Z, within 1 mm', () => {
    expectSkeletonMatchesThreeVrm(avatar);
  });
});

describeShared('one clip, any VRM version', [MANNEQUIN], () => {
  it('swings the left arm down, and forwards, on VRM 1.0 and VRM 0.x alike', async () => {
    const mannequin = new Uint8Array(fs.readFileSync(sharedPath(MANNEQUIN)));
    // The left arm rests along +X: −90° about +Z points it down (−Y), −90° about +Y forwards (+Z).
    const cases = [
      [new Vector3(0, 0, 1), new Vector3(0, -1, 0)],
      [new Vector3(0, 1, 0), new Vector3(0, 0, 1)],
    ] as const;
    for (const [name, bytes] of [
      ['default', builtAvatar()],
      ['mannequin', mannequin],
    ] as const) {
      const avatar = await loadAvatar(toArrayBuffer(bytes), name);
      for (const [axis, expected] of cases) {
        const clip = allocateClip(30, 1);
        setRotation(clip, 0, 'leftUpperArm', new Quaternion().setFromAxisAngle(axis, -Math.PI / 2));
        avatar.applyPose(clip, 0);
        avatar.vrm.scene.updateMatrixWorld(true);
        const bone = (b: HumanBoneName) => worldPos(avatar.vrm.humanoid.getRawBoneNode(b));
        const arm = bone('leftHand').sub(bone('leftUpperArm')).normalize();
        expect(
          arm.dot(expected),
          `${name}: arm direction ${arm
            .toArray()
            .map((x) => x.toFixed(2))
            .join(', ')}`,
        ).toBeGreaterThan(0.99);
      }
    }
  });
});
