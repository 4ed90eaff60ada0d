import { ByteBuffer } from 'flatbuffers';
import {
  BUFFER_SLOT,
  METADATA_SLOT,
  MODEL_SLOT,
  MODEL_SLOT_COUNT,
  OPERATOR_CODE_SLOT,
  SUBGRAPH_SLOT,
  SUBGRAPH_SLOT_COUNT,
  TENSOR_SLOT,
  TENSOR_TYPE,
  TFLITE_IDENTIFIER,
} from './tflite-schema';

/**
 * Reads what the bundle builder needs from a TFLite model FlatBuffer: where the root's fields
 * and the first subgraph's objects are (absolute positions, so an edit can point at them), and
 * the tensors' names, types and shapes.
 */
export interface TfliteTensorInfo {
  readonly name: string;
  readonly type: number;
  readonly shape: readonly number[];
}

export interface TfliteMetadataEntry {
  readonly name: string;
  readonly buffer: number;
  /** Absolute position of the `Metadata` table. */
  readonly table: number;
}

export interface TfliteSubgraphInfo {
  readonly table: number;
  /** Absolute position of each offset field's target, by slot. */
  readonly fields: ReadonlyMap<number, number>;
  readonly tensors: readonly number[];
  readonly operators: readonly number[];
  readonly tensorInfo: readonly TfliteTensorInfo[];
  readonly inputs: readonly number[];
  readonly outputs: readonly number[];
}

export interface TfliteModelInfo {
  readonly version: number | null;
  /** Absolute position of each offset-typed root field's target, by slot. */
  readonly fields: ReadonlyMap<number, number>;
  readonly operatorCodes: readonly { readonly table: number; readonly builtinCode: number }[];
  readonly subgraphs: readonly number[];
  /** Absolute positions of the `Buffer` tables, in index order. */
  readonly buffers: readonly number[];
  readonly metadata: readonly TfliteMetadataEntry[];
  /** The first (main) subgraph. */
  readonly main: TfliteSubgraphInfo;
}

/** Field reads on one FlatBuffer, in absolute positions. */
class Reader {
  readonly bb: ByteBuffer;
  constructor(bytes: Uint8Array) {
    this.bb = new ByteBuffer(bytes);
  }
  has(table: number, slot: number): boolean {
    return this.bb.__offset(table, 4 + 2 * slot) !== 0;
  }
  indirect(table: number, slot: number): number | null {
    const rel = this.bb.__offset(table, 4 + 2 * slot);
    return rel === 0 ? null : this.bb.__indirect(table + rel);
  }
  scalar(table: number, slot: number, read: (at: number) => number, fallback: number): number {
    const rel = this.bb.__offset(table, 4 + 2 * slot);
    return rel === 0 ? fallback : read(table + rel);
  }
  tables(vector: number | null): number[] {
    if (vector === null) return [];
    return Array.from({ length: this.bb.readUint32(vector) }, (_, i) => {
      const entry = vector + 4 + 4 * i;
      return entry + this.bb.readUint32(entry);
    });
  }
  ints(vector: number | null): number[] {
    if (vector === null) return [];
    return Array.from({ length: this.bb.readUint32(vector) }, (_, i) =>
      this.bb.readInt32(vector + 4 + 4 * i),
    );
  }
  string(at: number | null): string {
    if (at === null) return '';
    const bytes = this.bb.bytes();
    return new TextDecoder().decode(bytes.subarray(at + 4, at + 4 + this.bb.readUint32(at)));
  }
  fields(table: number, count: number): Map<number, number> {
    const out = new Map<number, number>();
    for (let slot = 0; slot < count; slot++) {
      const target = this.indirect(table, slot);
      if (target !== null) out.set(slot, target);
    }
    return out;
  }
}

function readSubgraph(r: Reader, table: number, label: string): TfliteSubgraphInfo {
  const fields = r.fields(table, SUBGRAPH_SLOT_COUNT);
  const tensors = r.tables(fields.get(SUBGRAPH_SLOT.tensors) ?? null);
  const tensorInfo = tensors.map((t) => ({
    name: r.string(r.indirect(t, TENSOR_SLOT.name)),
    type: r.scalar(t, TENSOR_SLOT.type, (at) => r.bb.readInt8(at), TENSOR_TYPE.float32),
    shape: r.ints(r.indirect(t, TENSOR_SLOT.shape)),
  }));
  const indices = (slot: number): number[] => {
    const list = r.ints(fields.get(slot) ?? null);
    for (const i of list) {
      if (i < 0 || i >= tensors.length)
        throw new RangeError(`${label}: tensor index ${i} is outside 0..${tensors.length - 1}`);
    }
    return list;
  };
  return {
    table,
    fields,
    tensors,
    tensorInfo,
    operators: r.tables(fields.get(SUBGRAPH_SLOT.operators) ?? null),
    inputs: indices(SUBGRAPH_SLOT.inputs),
    outputs: indices(SUBGRAPH_SLOT.outputs),
  };
}

export function readTfliteModel(bytes: Uint8Array, label: string): TfliteModelInfo {
  const r = new Reader(bytes);
  if (!r.bb.__has_identifier(TFLITE_IDENTIFIER)) {
    throw new Error(
      `${label}: not a TFLite model (expected file identifier "${TFLITE_IDENTIFIER}")`,
    );
  }
  const root = r.bb.readUint32(0);
  const fields = r.fields(root, MODEL_SLOT_COUNT);
  fields.delete(MODEL_SLOT.version);
  const buffers = r.tables(fields.get(MODEL_SLOT.buffers) ?? null);
  for (const [index, buffer] of buffers.entries()) {
    // Buffers stored outside the FlatBuffer use absolute file offsets, which an edit would break.
    if (r.has(buffer, BUFFER_SLOT.offset)) {
      throw new Error(
        `${label}: buffer ${index} is stored outside the FlatBuffer; only inline buffers are supported`,
      );
    }
  }
  const subgraphs = r.tables(fields.get(MODEL_SLOT.subgraphs) ?? null);
  const first = subgraphs[0];
  if (first === undefined) throw new Error(`${label}: the model has no subgraph`);
  return {
    version: r.has(root, MODEL_SLOT.version)
      ? r.scalar(root, MODEL_SLOT.version, (at) => r.bb.readUint32(at), 0)
      : null,
    fields,
    operatorCodes: r.tables(fields.get(MODEL_SLOT.operatorCodes) ?? null).map((table) => {
      const deprecated = r.scalar(
        table,
        OPERATOR_CODE_SLOT.deprecatedBuiltinCode,
        (at) => r.bb.readInt8(at),
        0,
      );
      const code = r.scalar(table, OPERATOR_CODE_SLOT.builtinCode, (at) => r.bb.readInt32(at), 0);
      return { table, builtinCode: Math.max(deprecated, code) };
    }),
    subgraphs,
    buffers,
    metadata: r.tables(fields.get(MODEL_SLOT.metadata) ?? null).map((table) => ({
      name: r.string(r.indirect(table, METADATA_SLOT.name)),
      buffer: r.scalar(table, METADATA_SLOT.buffer, (at) => r.bb.readUint32(at), 0),
      table,
    })),
    main: readSubgraph(r, first, label),
  };
}

/** The bytes of buffer `index` (its `data` vector), or an empty array when it has none. */
export function readTfliteBuffer(
  bytes: Uint8Array,
  model: TfliteModelInfo,
  index: number,
): Uint8Array {
  const r = new Reader(bytes);
  const table = model.buffers[index];
  if (table === undefined)
    throw new RangeError(`buffer index ${index} is outside 0..${model.buffers.length - 1}`);
  const data = r.indirect(table, BUFFER_SLOT.data);
  if (data === null) return new Uint8Array(0);
  return bytes.subarray(data + 4, data + 4 + r.bb.readUint32(data));
}
