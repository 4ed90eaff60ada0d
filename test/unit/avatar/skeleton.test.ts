import { beforeAll, describe, expect, it } from 'vitest';
import {
  HUMAN_BONES,
  HUMAN_BONE_PARENT,
  PRESET_EXPRESSIONS,
  readAvatarSkeleton,
  type AvatarSkeleton,
} from '../../../src/shared/avatar';
import { REST } from '../../../scripts/avatar/rig';
import fs from 'node:fs';
import { describeShared, sharedPath } from '../../helpers/shared';
import { builtAvatar } from './built-avatar';

const MANNEQUIN = 'fixtures/avatars/mannequin-vrm0.vrm';

/** A glTF (JSON text) with a chain of nodes named after bones and the given VRM extension. */
function tinyGltf(
  bones: Record<string, [number, number, number]>,
  ext: Record<string, unknown>,
): Uint8Array {
  const names = Object.keys(bones);
  const json = {
    asset: { version: '2.0' },
    nodes: names.map((n) => ({ name: n, translation: bones[n] })),
    extensionsUsed: Object.keys(ext),
    extensions: ext,
  };
  return new TextEncoder().encode(JSON.stringify(json));
}

const REQUIRED_AT: Record<string, [number, number, number]> = {
  hips: [0, 1, 0],
  spine: [0, 1.1, 0],
  head: [0, 1.6, 0],
  neck: [0, 1.5, 0],
  leftUpperLeg: [0.1, 0.95, 0],
  leftLowerLeg: [0.1, 0.5, 0],
  leftFoot: [0.1, 0.1, 0],
  rightUpperLeg: [-0.1, 0.95, 0],
  rightLowerLeg: [-0.1, 0.5, 0],
  rightFoot: [-0.1, 0.1, 0],
  leftUpperArm: [0.2, 1.4, 0],
  leftLowerArm: [0.45, 1.4, 0],
  leftHand: [0.7, 1.4, 0.01],
  rightUpperArm: [-0.2, 1.4, 0],
  rightLowerArm: [-0.45, 1.4, 0],
  rightHand: [-0.7, 1.4, 0.01],
};

describe('readAvatarSkeleton on the default avatar', () => {
  let sk: AvatarSkeleton;
  beforeAll(() => {
    sk = readAvatarSkeleton(builtAvatar(), 'default');
  }, 120_000);

  it('finds every bone at the rig rest position and nothing missing', () => {
    expect(sk.version).toBe('1.0');
    expect(sk.missingBones).toEqual([]);
    expect(sk.missingExpressions).toEqual([]);
    for (const bone of HUMAN_BONES) {
      const rest = sk.bones[bone];
      expect(rest, bone).toBeDefined();
      for (let c = 0; c < 3; c++) expect(rest?.position[c]).toBeCloseTo(REST[bone][c] as number, 5);
      expect(rest?.parent).toBe(HUMAN_BONE_PARENT[bone]);
    }
  });

  it('measures a head with hair, a neck and a torso of plausible size from the mesh', () => {
    const m = sk.measured;
    expect(m.headRadii?.[0]).toBeGreaterThan(0.085);
    expect(m.headRadii?.[0]).toBeLessThan(0.12);
    expect(m.headRadii?.[1]).toBeGreaterThan(0.1);
    expect(m.headCenter?.[1]).toBeGreaterThan(REST.head[1]);
    expect(m.neckRadius).toBeGreaterThan(0.035);
    expect(m.neckRadius).toBeLessThan(0.065);
    expect(m.torsoHalfWidthShoulders).toBeGreaterThan(0.11);
    expect(m.torsoHalfDepth).toBeGreaterThan(0.07);
    expect(sk.motion.body.headRadii).toEqual(m.headRadii);
    expect(sk.motion.missing).toEqual([]);
  });
});

describeShared('readAvatarSkeleton on a VRM 0.x mannequin', [MANNEQUIN], () => {
  let sk: AvatarSkeleton;
  beforeAll(() => {
    sk = readAvatarSkeleton(fs.readFileSync(sharedPath(MANNEQUIN)), 'mannequin');
  });

  it('turns it to face +Z (its left hand at +X) and reports the bones it lacks', () => {
    expect(sk.version).toBe('0.x');
    expect(sk.bones.leftHand?.position[0]).toBeGreaterThan(0.4);
    expect(sk.bones.rightHand?.position[0]).toBeLessThan(-0.4);
    expect(sk.missingBones).toEqual(
      expect.arrayContaining(['leftThumbMetacarpal', 'rightThumbDistal', 'upperChest']),
    );
    expect(sk.expressions).toEqual([]);
    expect(sk.missingExpressions).toEqual(expect.arrayContaining([...PRESET_EXPRESSIONS]));
    expect(sk.motion.missing).toEqual(
      expect.arrayContaining(['leftThumbMetacarpal', 'upperChest']),
    );
  });

  it('links each bone to its nearest present ancestor', () => {
    // No upperChest: the shoulders and neck hang from chest.
    expect(sk.bones.neck?.parent).toBe('chest');
    expect(sk.bones.leftShoulder?.parent).toBe('chest');
    const n = sk.bones.neck;
    const c = sk.bones.chest;
    for (let i = 0; i < 3; i++)
      expect(n?.offset[i]).toBeCloseTo((n?.position[i] ?? 0) - (c?.position[i] ?? 0), 9);
  });
});

describe('readAvatarSkeleton on small hand-made files', () => {
  const vrm1 = (bones: Record<string, [number, number, number]>) =>
    tinyGltf(bones, {
      VRMC_vrm: {
        specVersion: '1.0',
        humanoid: {
          humanBones: Object.fromEntries(Object.keys(bones).map((b, i) => [b, { node: i }])),
        },
        expressions: { preset: { blink: {}, aa: {} }, custom: { browRaise: {} } },
      },
    });

  it('reads VRM 1.0 bones and expressions', () => {
    const sk = readAvatarSkeleton(vrm1(REQUIRED_AT), 'tiny');
    expect(sk.bones.leftHand?.position).toEqual([0.7, 1.4, 0.01]);
    expect(sk.expressions).toEqual(['blink', 'aa', 'browRaise']);
    expect(sk.missingExpressions).toContain('browFurrow');
  });

  it('renames VRM 0.x thumbs, maps 0.x preset names and turns 0.x models around', () => {
    const bones = {
      ...REQUIRED_AT,
      leftThumbProximal: [0.72, 1.4, 0.03] as [number, number, number],
      leftThumbIntermediate: [0.75, 1.4, 0.05] as [number, number, number],
    };
    const names = Object.keys(bones);
    const file = tinyGltf(bones, {
      VRM: {
        humanoid: { humanBones: names.map((b, i) => ({ bone: b, node: i })) },
        blendShapeMaster: {
          blendShapeGroups: [
            { presetName: 'joy' },
            { presetName: 'blink_l' },
            { presetName: 'unknown', name: 'Puff' },
          ],
        },
      },
    });
    const sk = readAvatarSkeleton(file, 'tiny0');
    expect(sk.version).toBe('0.x');
    expect(sk.bones.leftThumbMetacarpal?.position).toEqual([-0.72, 1.4, -0.03]);
    expect(sk.bones.leftThumbProximal?.position).toEqual([-0.75, 1.4, -0.05]);
    expect(sk.expressions).toEqual(['happy', 'blinkLeft', 'Puff']);
  });

  it('names what is wrong with a broken or non-VRM file', () => {
    expect(() =>
      readAvatarSkeleton(new Uint8Array([0x67, 0x6c, 0x54, 0x46, 2, 0, 0, 0]), 'short'),
    ).toThrow(/short: 8 bytes is too short/);
    const { leftHand: _, ...noHand } = REQUIRED_AT;
    expect(() => readAvatarSkeleton(vrm1(noHand), 'handless')).toThrow(
      /handless: required humanoid bones missing: leftHand/,
    );
    expect(() => readAvatarSkeleton(tinyGltf(REQUIRED_AT, {}), 'plain')).toThrow(
      /plain: no VRMC_vrm .* or VRM .* extension/,
    );
    const bad = tinyGltf(REQUIRED_AT, {
      VRMC_vrm: { specVersion: '1.0', humanoid: { humanBones: { hips: { node: 99 } } } },
    });
    expect(() => readAvatarSkeleton(bad, 'bad')).toThrow(
      /bad: bone hips must be a node index in \[0, 16\), got 99/,
    );
  });
});
