/**
 * Assembles the default avatar: skeleton nodes, skin, meshes and the VRM extension, as GLB bytes.
 */
import {
  HUMAN_BONES,
  HUMAN_BONE_PARENT,
  PRESET_EXPRESSIONS,
  SIGNING_EXPRESSIONS,
  type HumanBoneName,
} from '../../src/shared/avatar';
import { leftArm } from './body/arms';
import { leftHand } from './body/hands';
import { leftLeg } from './body/legs';
import { neck, torso } from './body/torso';
import { mapPositions, mirrorPart, type Part } from './geometry/mesh';
import { GltfDocument } from './gltf/document';
import { writeSkinnedMesh } from './gltf/mesh-writer';
import { vrmExtension } from './gltf/vrm';
import { leftEar } from './head/ears';
import { hair, hairField, hiddenUnderHair } from './head/hair';
import { headOnly, headSkin, headSurface } from './head/head-skin';
import { EMPTY_EXPRESSIONS, FACE_STATES, animateSkin, faceFeatures } from './face';
import { writeMaterials } from './materials';
import { HEAD, REST, toHeadSpace } from './rig';

function bothSides(parts: Part[]): Part[] {
  return [...parts, ...parts.map((p) => mirrorPart(p, p.name.replace(/^left/, 'right')))];
}

function writeSkeleton(doc: GltfDocument): Map<HumanBoneName, number> {
  const nodes = new Map<HumanBoneName, number>();
  HUMAN_BONES.forEach((bone, i) => nodes.set(bone, i));
  for (const bone of HUMAN_BONES) {
    const parent = HUMAN_BONE_PARENT[bone];
    const p = REST[bone];
    const q = parent ? REST[parent] : ([0, 0, 0] as const);
    const children = HUMAN_BONES.filter((b) => HUMAN_BONE_PARENT[b] === bone).map(
      (b) => nodes.get(b) as number,
    );
    doc.json.nodes.push({
      name: bone,
      translation: [p[0] - q[0], p[1] - q[1], p[2] - q[2]].map((x) => Number(x.toFixed(6))),
      ...(children.length > 0 ? { children } : {}),
    });
  }
  return nodes;
}

/** Every VRM preset and every signing expression must exist: motion clips drive them all. */
function checkExpressionCoverage(names: readonly string[]): void {
  const missing = [...PRESET_EXPRESSIONS, ...SIGNING_EXPRESSIONS].filter((e) => !names.includes(e));
  if (missing.length > 0)
    throw new Error(`avatar: no face shape for expressions ${missing.join(', ')}`);
}

export interface BuiltAvatar {
  readonly glb: Uint8Array;
  readonly triangles: number;
}

export function buildAvatar(): BuiltAvatar {
  const doc = new GltfDocument();
  doc.json.extensionsUsed.push('VRMC_vrm', 'VRMC_materials_mtoon');
  const boneNodes = writeSkeleton(doc);
  const materials = writeMaterials(doc);
  const bodyParts = [...torso(), neck(), ...bothSides([...leftArm(), ...leftHand(), ...leftLeg()])];
  const surface = headSurface();
  const field = hairField(surface);
  const faceParts = [
    animateSkin(headSkin(surface, headOnly, hiddenUnderHair(field))),
    ...bothSides([leftEar()]),
    ...faceFeatures(),
  ].map((p) => mapPositions(p, toHeadSpace));
  const hairParts = [mapPositions(hair(surface, field), toHeadSpace)];
  const faceTargets = FACE_STATES.map(([name]) => name);
  checkExpressionCoverage([...faceTargets, ...EMPTY_EXPRESSIONS]);
  const meshes = [
    { name: 'Body', parts: bodyParts, targets: [] as string[] },
    { name: 'Face', parts: faceParts, targets: faceTargets },
    { name: 'Hair', parts: hairParts, targets: [] as string[] },
  ];
  const meshNodes: number[] = [];
  for (const m of meshes) {
    const mesh = writeSkinnedMesh(doc, {
      name: m.name,
      parts: m.parts,
      materials,
      joints: boneNodes,
      targets: m.targets,
    });
    meshNodes.push(doc.json.nodes.length);
    doc.json.nodes.push({ name: m.name, mesh, skin: 0 });
  }
  const ibm = new Float32Array(HUMAN_BONES.length * 16);
  HUMAN_BONES.forEach((bone, i) => {
    const p = REST[bone];
    ibm.set([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, -p[0], -p[1], -p[2], 1], i * 16);
  });
  doc.json.skins.push({
    name: 'Armature',
    inverseBindMatrices: doc.accessor(ibm, 'MAT4'),
    joints: HUMAN_BONES.map((b) => boneNodes.get(b) as number),
    skeleton: boneNodes.get('hips') as number,
  });
  doc.json.scenes.push({ name: 'Scene', nodes: [boneNodes.get('hips') as number, ...meshNodes] });
  doc.json.extensions['VRMC_vrm'] = vrmExtension({
    boneNodes,
    faceNode: meshNodes[1] as number,
    faceTargets,
    expressions: [
      ...faceTargets.map((name) => ({ name, targets: [name] })),
      ...EMPTY_EXPRESSIONS.map((name) => ({ name, targets: [] })),
    ],
    lookAtOffset: [0, toHeadSpace([0, HEAD.eyeY, 0])[1] - REST.head[1], 0.06],
  });
  const triangles = [...bodyParts, ...faceParts, ...hairParts].reduce(
    (s, p) => s + p.triangles.length / 3,
    0,
  );
  return { glb: doc.toGlb(), triangles };
}
