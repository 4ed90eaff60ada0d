/**
 * Reads the JSON part of a glTF 2.0 asset, binary (GLB, which `.vrm` files are) or text. Only
 * the JSON is needed to find the humanoid: bone rest transforms live in the node list.
 */
import { decodeUtf8 } from '../util/utf8';

export const GLB_MAGIC = 0x46546c67; // 'glTF'
export const GLB_CHUNK_JSON = 0x4e4f534a; // 'JSON'
export const GLB_CHUNK_BIN = 0x004e4942; // 'BIN\0'
export const GLB_HEADER_BYTES = 12;
export const GLB_CHUNK_HEADER_BYTES = 8;

export interface GlbChunks {
  readonly version: number;
  readonly json: unknown;
  /** The BIN chunk, when there is one (a view into the input, not a copy). */
  readonly bin: Uint8Array | null;
}

/** Splits a GLB container into its parsed JSON and its BIN chunk; throws naming what is wrong. */
export function readGlb(input: ArrayBuffer | Uint8Array, what = 'asset'): GlbChunks {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < GLB_HEADER_BYTES + GLB_CHUNK_HEADER_BYTES) {
    throw new Error(`${what}: ${bytes.byteLength} bytes is too short for a GLB (needs ≥ 20)`);
  }
  const magic = view.getUint32(0, true);
  if (magic !== GLB_MAGIC) {
    throw new Error(`${what}: magic 0x${magic.toString(16)} is not a GLB ('glTF' = 0x46546c67)`);
  }
  const version = view.getUint32(4, true);
  if (version !== 2) throw new Error(`${what}: GLB version ${version} is not supported (only 2)`);
  const length = view.getUint32(8, true);
  if (length > bytes.byteLength) {
    throw new Error(`${what}: header length ${length} exceeds the ${bytes.byteLength} bytes given`);
  }
  let json: unknown = undefined;
  let bin: Uint8Array | null = null;
  let offset = GLB_HEADER_BYTES;
  while (offset + GLB_CHUNK_HEADER_BYTES <= length) {
    const chunkLength = view.getUint32(offset, true);
    const chunkType = view.getUint32(offset + 4, true);
    const start = offset + GLB_CHUNK_HEADER_BYTES;
    if (start + chunkLength > length) {
      throw new Error(`${what}: chunk at byte ${offset} (${chunkLength} bytes) overruns the file`);
    }
    const data = bytes.subarray(start, start + chunkLength);
    if (chunkType === GLB_CHUNK_JSON && json === undefined)
      json = parseJson(data, `${what}: JSON chunk`);
    else if (chunkType === GLB_CHUNK_BIN && bin === null) bin = data;
    offset = start + chunkLength;
  }
  if (json === undefined) throw new Error(`${what}: GLB has no JSON chunk`);
  return { version, json, bin };
}

/** JSON of a glTF asset given as GLB bytes or as `.gltf` text bytes. */
export function readGltfJson(input: ArrayBuffer | Uint8Array, what = 'asset'): unknown {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const isGlb =
    bytes.byteLength >= 4 &&
    new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true) === GLB_MAGIC;
  return isGlb ? readGlb(bytes, what).json : parseJson(bytes, what);
}

/** Strict: a user's VRM with bad bytes is an error naming it, not a name with wrong characters. */
function parseJson(bytes: Uint8Array, what: string): unknown {
  // A BOM is allowed before glTF JSON by some exporters; JSON.parse rejects it.
  return JSON.parse(decodeUtf8(bytes, what).replace(/^\uFEFF/, ''));
}
