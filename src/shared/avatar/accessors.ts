/**
 * Reads glTF accessors out of a GLB's BIN chunk as plain float arrays (positions, joints,
 * weights, matrices): strided or packed views, integer components (normalized or not) and
 * sparse substitutions. Enough to measure an avatar's mesh; not a general glTF loader.
 */
import { invalidValueMessage } from '../errors/invalid';
import { isObject, type JsonObject } from './gltf-json';

const COMPONENT_BYTES: Readonly<Record<number, number>> = {
  5120: 1,
  5121: 1,
  5122: 2,
  5123: 2,
  5125: 4,
  5126: 4,
};
const TYPE_SIZE: Readonly<Record<string, number>> = {
  SCALAR: 1,
  VEC2: 2,
  VEC3: 3,
  VEC4: 4,
  MAT2: 4,
  MAT3: 9,
  MAT4: 16,
};
/** Largest value of each integer component type, for normalized accessors. */
const NORM_MAX: Readonly<Record<number, number>> = {
  5120: 127,
  5121: 255,
  5122: 32767,
  5123: 65535,
  5125: 4294967295,
};

export interface AccessorData {
  readonly count: number;
  readonly size: number;
  readonly values: Float64Array;
}

function at<T>(list: unknown, i: unknown, what: string): T {
  if (
    !Array.isArray(list) ||
    !Number.isInteger(i) ||
    (i as number) < 0 ||
    (i as number) >= list.length
  ) {
    throw new Error(`glTF: ${what} ${JSON.stringify(i)} is out of range`);
  }
  return list[i as number] as T;
}

function readComponent(view: DataView, offset: number, type: number): number {
  switch (type) {
    case 5126:
      return view.getFloat32(offset, true);
    case 5125:
      return view.getUint32(offset, true);
    case 5123:
      return view.getUint16(offset, true);
    case 5122:
      return view.getInt16(offset, true);
    case 5121:
      return view.getUint8(offset);
    case 5120:
      return view.getInt8(offset);
    default:
      throw new Error(
        invalidValueMessage('glTF: componentType', type, Object.keys(COMPONENT_BYTES)),
      );
  }
}

function readView(
  json: JsonObject,
  bin: Uint8Array,
  viewIndex: unknown,
  byteOffset: number,
  count: number,
  size: number,
  type: number,
  normalized: boolean,
): Float64Array {
  const bv = at<JsonObject>(json['bufferViews'], viewIndex, 'bufferView');
  if (bv['buffer'] !== 0)
    throw new Error(
      `glTF: bufferView uses buffer ${String(bv['buffer'])}; only the GLB BIN chunk (0) is read`,
    );
  const base = (typeof bv['byteOffset'] === 'number' ? bv['byteOffset'] : 0) + byteOffset;
  const componentBytes = COMPONENT_BYTES[type] ?? 4;
  const stride = typeof bv['byteStride'] === 'number' ? bv['byteStride'] : componentBytes * size;
  const view = new DataView(bin.buffer, bin.byteOffset, bin.byteLength);
  const out = new Float64Array(count * size);
  const scale = normalized ? 1 / (NORM_MAX[type] ?? 1) : 1;
  for (let i = 0; i < count; i++) {
    for (let c = 0; c < size; c++) {
      const offset = base + i * stride + c * componentBytes;
      if (offset + componentBytes > bin.byteLength)
        throw new Error(`glTF: accessor data runs past the BIN chunk (byte ${offset})`);
      out[i * size + c] = readComponent(view, offset, type) * scale;
    }
  }
  return out;
}

export function readAccessor(json: JsonObject, bin: Uint8Array, index: unknown): AccessorData {
  const acc = at<JsonObject>(json['accessors'], index, 'accessor');
  const count = Number(acc['count']);
  const size = TYPE_SIZE[String(acc['type'])];
  const type = Number(acc['componentType']);
  if (!Number.isInteger(count) || count < 0 || size === undefined) {
    throw new Error(
      `glTF: accessor ${String(index)} has count ${String(acc['count'])} / type ${String(acc['type'])}`,
    );
  }
  const normalized = acc['normalized'] === true;
  const byteOffset = typeof acc['byteOffset'] === 'number' ? acc['byteOffset'] : 0;
  const values =
    acc['bufferView'] === undefined
      ? new Float64Array(count * size)
      : readView(json, bin, acc['bufferView'], byteOffset, count, size, type, normalized);
  const sparse = acc['sparse'];
  if (isObject(sparse) && isObject(sparse['indices']) && isObject(sparse['values'])) {
    const n = Number(sparse['count']);
    const ind = sparse['indices'];
    const val = sparse['values'];
    const idx = readView(
      json,
      bin,
      ind['bufferView'],
      Number(ind['byteOffset'] ?? 0),
      n,
      1,
      Number(ind['componentType']),
      false,
    );
    const sub = readView(
      json,
      bin,
      val['bufferView'],
      Number(val['byteOffset'] ?? 0),
      n,
      size,
      type,
      normalized,
    );
    for (let k = 0; k < n; k++) {
      const i = idx[k] as number;
      for (let c = 0; c < size; c++) values[i * size + c] = sub[k * size + c] as number;
    }
  }
  return { count, size, values };
}
