import { fb, writeInFront, type FbField, type FbNode } from './fb-writer';
import { readTfliteModel, type TfliteModelInfo } from './tflite-model';
import {
  BUFFER_ALIGNMENT,
  BUFFER_SLOT,
  BUILTIN_OPERATOR,
  MAX_DEPRECATED_BUILTIN_CODE,
  METADATA_ENTRY_NAME,
  METADATA_SLOT,
  MODEL_SLOT,
  OPERATOR_CODE_SLOT,
  OPERATOR_SLOT,
  SUBGRAPH_SLOT,
  TENSOR_SLOT,
  TENSOR_TYPE,
  TFLITE_IDENTIFIER,
  type BuiltinOperatorName,
} from './tflite-schema';

export interface NewTensor {
  readonly name: string;
  readonly type: keyof typeof TENSOR_TYPE;
  readonly shape: readonly number[];
  /** Values of a constant tensor (Int32Array for int32, Float32Array for float32). */
  readonly constant?: Int32Array | Float32Array;
}

export interface NewOperator {
  readonly op: BuiltinOperatorName;
  readonly inputs: readonly number[];
  readonly outputs: readonly number[];
  readonly options: { readonly type: number; readonly fields: readonly FbField[] };
}

/** Operators appended to the main subgraph; tensor indices continue after the model's own. */
export class GraphAppend {
  readonly tensors: NewTensor[] = [];
  readonly operators: NewOperator[] = [];
  outputs: number[];

  constructor(readonly model: TfliteModelInfo) {
    this.outputs = [...model.main.outputs];
  }

  tensor(t: NewTensor): number {
    const count = t.shape.reduce((a, b) => a * b, 1);
    const expected = t.type === 'int32' ? Int32Array : Float32Array;
    if (t.constant !== undefined && !(t.constant instanceof expected)) {
      throw new TypeError(
        `constant tensor ${t.name} is ${t.type} but its values are a ${t.constant.constructor.name}`,
      );
    }
    if (t.constant !== undefined && t.constant.length !== count) {
      throw new RangeError(
        `constant tensor ${t.name} has ${t.constant.length} values for shape [${t.shape}]`,
      );
    }
    this.tensors.push(t);
    return this.model.main.tensors.length + this.tensors.length - 1;
  }

  op(o: NewOperator): void {
    this.operators.push(o);
  }
}

export interface TfliteEdit {
  /** Stored as `TFLITE_METADATA` (replacing an earlier entry of that name). */
  readonly metadata: Uint8Array;
  readonly graph?: GraphAppend;
}

/** Little-endian bytes of a constant (TFLite buffers are little-endian). */
function constantBytes(values: Int32Array | Float32Array): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  const view = new DataView(out.buffer);
  if (values instanceof Int32Array) values.forEach((v, i) => view.setInt32(i * 4, v, true));
  else values.forEach((v, i) => view.setFloat32(i * 4, v, true));
  return out;
}

function existingOrNone(field: number | undefined, slot: number): FbField[] {
  return field === undefined ? [] : [{ slot, node: fb.existing(field) }];
}

/**
 * Returns a copy of a TFLite model with metadata added and, optionally, operators appended to
 * its main subgraph. The original bytes are kept as they are; the new root, vectors and objects
 * are written in front of them (see fb-writer.ts).
 */
export function editTfliteModel(
  model: Uint8Array,
  label: string,
  edit: TfliteEdit,
  info: TfliteModelInfo = readTfliteModel(model, label),
): Uint8Array {
  const graph = edit.graph;
  if (graph !== undefined && graph.model !== info) {
    // A GraphAppend numbers its tensors after one particular reading of the model.
    throw new Error(`${label}: the graph edit was built for a different model`);
  }
  if (graph !== undefined && info.fields.has(MODEL_SLOT.signatureDefs)) {
    throw new Error(`${label}: has signature defs, which changing the outputs would invalidate`);
  }

  const opcodes: FbNode[] = info.operatorCodes.map((c) => fb.existing(c.table));
  const opcodeIndex = new Map<number, number>(
    info.operatorCodes.map((c, i) => [c.builtinCode, i] as const).reverse(),
  );
  const buffers: FbNode[] = info.buffers.map((b) => fb.existing(b));
  const newBuffer = (data: Uint8Array): number => {
    buffers.push(fb.table([{ slot: BUFFER_SLOT.data, node: fb.bytes(data, BUFFER_ALIGNMENT) }]));
    return buffers.length - 1;
  };

  let main: FbNode = fb.existing(info.main.table);
  if (graph !== undefined) {
    const tensors = graph.tensors.map((t) =>
      fb.table([
        { slot: TENSOR_SLOT.shape, node: fb.ints(t.shape) },
        { slot: TENSOR_SLOT.type, scalar: 'i8', value: TENSOR_TYPE[t.type] },
        // Buffer 0 is the empty buffer every non-constant tensor points at.
        {
          slot: TENSOR_SLOT.buffer,
          scalar: 'u32',
          value: t.constant ? newBuffer(constantBytes(t.constant)) : 0,
        },
        { slot: TENSOR_SLOT.name, node: fb.string(t.name) },
      ]),
    );
    const operators = graph.operators.map((o) => {
      const code = BUILTIN_OPERATOR[o.op];
      let index = opcodeIndex.get(code);
      if (index === undefined) {
        index = opcodes.length;
        opcodeIndex.set(code, index);
        opcodes.push(
          fb.table([
            {
              slot: OPERATOR_CODE_SLOT.deprecatedBuiltinCode,
              scalar: 'i8',
              value: Math.min(code, MAX_DEPRECATED_BUILTIN_CODE),
            },
            { slot: OPERATOR_CODE_SLOT.version, scalar: 'i32', value: 1 },
            { slot: OPERATOR_CODE_SLOT.builtinCode, scalar: 'i32', value: code },
          ]),
        );
      }
      return fb.table([
        { slot: OPERATOR_SLOT.opcodeIndex, scalar: 'u32', value: index },
        { slot: OPERATOR_SLOT.inputs, node: fb.ints(o.inputs) },
        { slot: OPERATOR_SLOT.outputs, node: fb.ints(o.outputs) },
        { slot: OPERATOR_SLOT.builtinOptionsType, scalar: 'u8', value: o.options.type },
        { slot: OPERATOR_SLOT.builtinOptions, node: fb.table(o.options.fields) },
      ]);
    });
    const f = info.main.fields;
    main = fb.table([
      {
        slot: SUBGRAPH_SLOT.tensors,
        node: fb.tables([...info.main.tensors.map((t) => fb.existing(t)), ...tensors]),
      },
      ...existingOrNone(f.get(SUBGRAPH_SLOT.inputs), SUBGRAPH_SLOT.inputs),
      { slot: SUBGRAPH_SLOT.outputs, node: fb.ints(graph.outputs) },
      {
        slot: SUBGRAPH_SLOT.operators,
        node: fb.tables([...info.main.operators.map((o) => fb.existing(o)), ...operators]),
      },
      ...existingOrNone(f.get(SUBGRAPH_SLOT.name), SUBGRAPH_SLOT.name),
    ]);
  }

  const metadataBuffer = newBuffer(edit.metadata);
  const metadata = [
    ...info.metadata.filter((m) => m.name !== METADATA_ENTRY_NAME).map((m) => fb.existing(m.table)),
    fb.table([
      { slot: METADATA_SLOT.name, node: fb.string(METADATA_ENTRY_NAME) },
      { slot: METADATA_SLOT.buffer, scalar: 'u32', value: metadataBuffer },
    ]),
  ];
  const fields = info.fields;
  const root = fb.table([
    ...(info.version === null
      ? []
      : [{ slot: MODEL_SLOT.version, scalar: 'u32' as const, value: info.version }]),
    { slot: MODEL_SLOT.operatorCodes, node: fb.tables(opcodes) },
    {
      slot: MODEL_SLOT.subgraphs,
      node: fb.tables([main, ...info.subgraphs.slice(1).map((s) => fb.existing(s))]),
    },
    ...existingOrNone(fields.get(MODEL_SLOT.description), MODEL_SLOT.description),
    { slot: MODEL_SLOT.buffers, node: fb.tables(buffers) },
    ...existingOrNone(fields.get(MODEL_SLOT.metadataBuffer), MODEL_SLOT.metadataBuffer),
    { slot: MODEL_SLOT.metadata, node: fb.tables(metadata) },
    ...existingOrNone(fields.get(MODEL_SLOT.signatureDefs), MODEL_SLOT.signatureDefs),
  ]);
  return writeInFront(root, model, TFLITE_IDENTIFIER, BUFFER_ALIGNMENT);
}
