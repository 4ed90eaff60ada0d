/**
 * A minimal glTF 2.0 document builder: one binary buffer, tightly packed buffer views, accessors
 * with min/max, sparse accessors for morph targets. Output is deterministic for equal input.
 */
import { COMPONENT, TARGET, TYPE_SIZE, type AccessorType, type ComponentType } from './constants';

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

type TypedArray = Float32Array | Uint32Array | Uint16Array | Uint8Array;

function componentOf(data: TypedArray): ComponentType {
  if (data instanceof Float32Array) return COMPONENT.FLOAT;
  if (data instanceof Uint32Array) return COMPONENT.UNSIGNED_INT;
  if (data instanceof Uint16Array) return COMPONENT.UNSIGNED_SHORT;
  return COMPONENT.UNSIGNED_BYTE;
}

function bytesOf(data: TypedArray): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** Per-component min and max of `count` elements of `size` components. */
export function minMax(data: ArrayLike<number>, size: number): { min: number[]; max: number[] } {
  const min = new Array<number>(size).fill(Number.POSITIVE_INFINITY);
  const max = new Array<number>(size).fill(Number.NEGATIVE_INFINITY);
  for (let i = 0; i < data.length; i++) {
    const c = i % size;
    const x = data[i] as number;
    if (x < (min[c] as number)) min[c] = x;
    if (x > (max[c] as number)) max[c] = x;
  }
  return { min, max };
}

export class GltfDocument {
  readonly json: {
    asset: JsonObject;
    scene: number;
    scenes: JsonObject[];
    nodes: JsonObject[];
    meshes: JsonObject[];
    materials: JsonObject[];
    skins: JsonObject[];
    accessors: JsonObject[];
    bufferViews: JsonObject[];
    buffers: JsonObject[];
    extensionsUsed: string[];
    extensions: JsonObject;
  } = {
    asset: { version: '2.0', generator: 'SignBridge scripts/avatar/build-avatar.ts' },
    scene: 0,
    scenes: [],
    nodes: [],
    meshes: [],
    materials: [],
    skins: [],
    accessors: [],
    bufferViews: [],
    buffers: [],
    extensionsUsed: [],
    extensions: {},
  };
  private readonly chunks: Uint8Array[] = [];
  private byteLength = 0;

  bufferView(data: TypedArray, target?: number): number {
    const pad = (4 - (this.byteLength % 4)) % 4;
    if (pad > 0) {
      this.chunks.push(new Uint8Array(pad));
      this.byteLength += pad;
    }
    const view: JsonObject = {
      buffer: 0,
      byteOffset: this.byteLength,
      byteLength: data.byteLength,
    };
    if (target !== undefined) view['target'] = target;
    this.chunks.push(bytesOf(data));
    this.byteLength += data.byteLength;
    this.json.bufferViews.push(view);
    return this.json.bufferViews.length - 1;
  }

  /** A dense accessor; `bounds` adds min/max (required on POSITION and IBM-free attributes). */
  accessor(
    data: TypedArray,
    type: AccessorType,
    opts: { bounds?: boolean; indices?: boolean; normalized?: boolean } = {},
  ): number {
    const size = TYPE_SIZE[type];
    if (data.length % size !== 0)
      throw new Error(`accessor: ${data.length} values is not a multiple of ${type} (${size})`);
    const target =
      type === 'MAT4'
        ? undefined
        : opts.indices
          ? TARGET.ELEMENT_ARRAY_BUFFER
          : TARGET.ARRAY_BUFFER;
    const acc: JsonObject = {
      bufferView: this.bufferView(data, target),
      componentType: componentOf(data),
      count: data.length / size,
      type,
    };
    if (opts.normalized) acc['normalized'] = true;
    if (opts.bounds) Object.assign(acc, minMax(data, size));
    this.json.accessors.push(acc);
    return this.json.accessors.length - 1;
  }

  /**
   * A sparse VEC3 float accessor over `dense` (zeros elsewhere): morph targets move a few
   * vertices each, so only those are stored. min/max describe the dense values.
   */
  sparseVec3(dense: Float32Array, epsilon: number): number {
    const count = dense.length / 3;
    const idx: number[] = [];
    for (let i = 0; i < count; i++) {
      if (
        Math.abs(dense[i * 3] as number) > epsilon ||
        Math.abs(dense[i * 3 + 1] as number) > epsilon ||
        Math.abs(dense[i * 3 + 2] as number) > epsilon
      ) {
        idx.push(i);
      }
    }
    const acc: JsonObject = { componentType: COMPONENT.FLOAT, count, type: 'VEC3' };
    const kept = new Float32Array(count * 3);
    const values = new Float32Array(idx.length * 3);
    idx.forEach((v, k) => {
      for (let c = 0; c < 3; c++) {
        values[k * 3 + c] = dense[v * 3 + c] as number;
        kept[v * 3 + c] = dense[v * 3 + c] as number;
      }
    });
    Object.assign(acc, minMax(kept, 3));
    if (idx.length > 0) {
      acc['sparse'] = {
        count: idx.length,
        indices: {
          bufferView: this.bufferView(Uint32Array.from(idx)),
          componentType: COMPONENT.UNSIGNED_INT,
        },
        values: { bufferView: this.bufferView(values) },
      };
    }
    this.json.accessors.push(acc);
    return this.json.accessors.length - 1;
  }

  /** The GLB container: 12-byte header, JSON chunk (space padded), BIN chunk (zero padded). */
  toGlb(): Uint8Array {
    const binPad = (4 - (this.byteLength % 4)) % 4;
    const binLength = this.byteLength + binPad;
    this.json.buffers = [{ byteLength: binLength }];
    const jsonText = new TextEncoder().encode(JSON.stringify(this.json));
    const jsonPad = (4 - (jsonText.byteLength % 4)) % 4;
    const jsonLength = jsonText.byteLength + jsonPad;
    const total = 12 + 8 + jsonLength + 8 + binLength;
    const out = new Uint8Array(total);
    const view = new DataView(out.buffer);
    view.setUint32(0, 0x46546c67, true);
    view.setUint32(4, 2, true);
    view.setUint32(8, total, true);
    view.setUint32(12, jsonLength, true);
    view.setUint32(16, 0x4e4f534a, true);
    out.set(jsonText, 20);
    out.fill(0x20, 20 + jsonText.byteLength, 20 + jsonLength);
    let o = 20 + jsonLength;
    view.setUint32(o, binLength, true);
    view.setUint32(o + 4, 0x004e4942, true);
    o += 8;
    for (const c of this.chunks) {
      out.set(c, o);
      o += c.byteLength;
    }
    return out;
  }
}
