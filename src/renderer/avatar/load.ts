/**
 * Loads any VRM 0.x/1.0 file as a SigningAvatar. Works in the renderer and in Node (tests,
 * benchmarks): it parses bytes, never fetches.
 */
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { VRMLoaderPlugin, VRMUtils, type VRM } from '@pixiv/three-vrm';
import {
  FINGERS,
  SIDES,
  fingerBones,
  readAvatarSkeleton,
  type AvatarSkeleton,
} from '../../shared/avatar';
import { SigningAvatar } from './signing-avatar';

const FACE_GROUPS: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    'brows and eyes (questions, negation)',
    [
      'browRaise',
      'browFurrow',
      'browRaiseLeft',
      'browRaiseRight',
      'blink',
      'squint',
      'eyeWide',
      'squintLeft',
      'squintRight',
      'eyeWideLeft',
      'eyeWideRight',
    ],
  ],
  [
    'mouth shapes (mouthing, mouth gestures)',
    ['aa', 'ih', 'ou', 'ee', 'oh', 'cheekPuff', 'mouthPucker', 'tongueOut'],
  ],
  ['eye gaze', ['lookUp', 'lookDown', 'lookLeft', 'lookRight']],
];

/** What a viewer loses on an avatar that lacks bones or expressions, one line per gap. */
export function describeGaps(skeleton: AvatarSkeleton): string[] {
  const notes: string[] = [];
  const missing = new Set<string>(skeleton.missingBones);
  const lacking = (bones: readonly string[]): string[] => bones.filter((b) => missing.has(b));
  for (const finger of FINGERS) {
    const bones = SIDES.flatMap((side) => fingerBones(side, finger));
    const gone = lacking(bones);
    const name = finger.toLowerCase();
    if (gone.length === bones.length) {
      notes.push(
        `${skeleton.name}: no ${name} bones (${gone.join(', ')}): handshapes show without the ${name}`,
      );
    } else if (gone.length > 0) {
      notes.push(`${skeleton.name}: lacks ${gone.join(', ')}: those ${name} joints stay straight`);
    }
  }
  const other = lacking([
    'neck',
    'chest',
    'upperChest',
    'leftShoulder',
    'rightShoulder',
    'leftEye',
    'rightEye',
  ]);
  if (other.length > 0) {
    notes.push(
      `${skeleton.name}: no ${other.join(', ')} bones: their rotations are skipped (eye gaze then uses expressions only)`,
    );
  }
  for (const [what, names] of FACE_GROUPS) {
    const gone = names.filter((n) => skeleton.missingExpressions.includes(n));
    if (gone.length === names.length)
      notes.push(`${skeleton.name}: no ${what}: the face stays neutral for them`);
    else if (gone.length > 0) notes.push(`${skeleton.name}: lacks ${gone.join(', ')}`);
  }
  return notes;
}

function parseVrm(bytes: ArrayBuffer, name: string): Promise<VRM> {
  const loader = new GLTFLoader();
  loader.register((parser) => new VRMLoaderPlugin(parser));
  return new Promise((resolve, reject) => {
    loader.parse(
      bytes,
      '',
      (gltf) => {
        const vrm = gltf.userData['vrm'] as VRM | undefined;
        if (vrm) resolve(vrm);
        else
          reject(new Error(`${name}: loaded as glTF, but three-vrm found no VRM humanoid in it`));
      },
      (e: unknown) =>
        reject(
          new Error(
            `${name}: not a loadable VRM/glTF: ${e instanceof Error ? e.message : String(e)}`,
          ),
        ),
    );
  });
}

export async function loadAvatar(bytes: ArrayBuffer, name: string): Promise<SigningAvatar> {
  const skeleton = readAvatarSkeleton(bytes, name);
  const vrm = await parseVrm(bytes, name);
  // VRM 0.x faces −Z: turn it to face +Z like VRM 1.0, so one camera and one clip fit all.
  VRMUtils.rotateVRM0(vrm);
  // Skinned meshes animate outside their rest bounds; culling them would blink the avatar.
  vrm.scene.traverse((o) => {
    o.frustumCulled = false;
  });
  vrm.scene.updateMatrixWorld(true);
  vrm.update(0);
  return new SigningAvatar(name, vrm, skeleton, describeGaps(skeleton));
}
