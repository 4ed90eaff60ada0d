export * from '../motion/rig/human-bones';
export * from './expressions';
export * from './glb';
export * from './humanoid';
export * from './skeleton';
export { readNodes, worldMatrices, composeTrs, multiplyMat4, type GltfNode } from './gltf-json';
export { measureBody } from './measure';
export { restVertices, type RestVertices } from './rest-mesh';
export { readAccessor, type AccessorData } from './accessors';
