import type { OnnxElementType } from '../modelpack/manifest';
import { ProtoWriter } from './protobuf';
import { ONNX_TYPE_CODES } from './types';

/**
 * Writes small ONNX models in plain TypeScript, so tests and benchmarks build the models they
 * run (docs/conventions.md #13) without Python or downloads. Covers what tiny models need: typed graph
 * inputs/outputs with symbolic dims, float initializers, and nodes with int/float/ints attributes.
 */
export interface TensorDecl {
  name: string;
  type: OnnxElementType;
  shape: (number | string)[];
}

export type AttrValue = number | number[] | { float: number } | string;

export interface NodeDecl {
  op: string;
  inputs: string[];
  outputs: string[];
  attrs?: Record<string, AttrValue>;
  name?: string;
}

export interface ModelDecl {
  inputs: TensorDecl[];
  outputs: TensorDecl[];
  nodes: NodeDecl[];
  initializers?: { name: string; dims: number[]; data: Float32Array | BigInt64Array }[];
  opset?: number;
  graphName?: string;
}

const ATTR_TYPE = { FLOAT: 1, INT: 2, STRING: 3, INTS: 7 } as const;
const DEFAULT_OPSET = 17;
const IR_VERSION = 8;

function valueInfo(t: TensorDecl): ProtoWriter {
  const shape = new ProtoWriter();
  for (const d of t.shape) {
    const dim = new ProtoWriter();
    if (typeof d === 'number') dim.int(1, d);
    else dim.string(2, d);
    shape.message(1, dim);
  }
  const tensorType = new ProtoWriter().int(1, ONNX_TYPE_CODES[t.type]).message(2, shape);
  const type = new ProtoWriter().message(1, tensorType);
  return new ProtoWriter().string(1, t.name).message(2, type);
}

function attribute(name: string, v: AttrValue): ProtoWriter {
  const a = new ProtoWriter().string(1, name);
  if (typeof v === 'number') a.int(3, v).int(20, ATTR_TYPE.INT);
  else if (typeof v === 'string') a.string(4, v).int(20, ATTR_TYPE.STRING);
  else if (Array.isArray(v)) {
    for (const x of v) a.int(8, x);
    a.int(20, ATTR_TYPE.INTS);
  } else a.float(2, v.float).int(20, ATTR_TYPE.FLOAT);
  return a;
}

export function buildOnnxModel(m: ModelDecl): Uint8Array {
  const graph = new ProtoWriter();
  m.nodes.forEach((n, i) => {
    const node = new ProtoWriter();
    for (const x of n.inputs) node.string(1, x);
    for (const x of n.outputs) node.string(2, x);
    node.string(3, n.name ?? `${n.op}_${i}`).string(4, n.op);
    for (const [k, v] of Object.entries(n.attrs ?? {})) node.message(5, attribute(k, v));
    graph.message(1, node);
  });
  graph.string(2, m.graphName ?? 'signbridge_test');
  for (const init of m.initializers ?? []) {
    const t = new ProtoWriter();
    for (const d of init.dims) t.int(1, d);
    t.int(2, init.data instanceof Float32Array ? ONNX_TYPE_CODES.float32 : ONNX_TYPE_CODES.int64);
    t.string(8, init.name);
    t.bytes(9, new Uint8Array(init.data.buffer, init.data.byteOffset, init.data.byteLength));
    graph.message(5, t);
  }
  for (const i of m.inputs) graph.message(11, valueInfo(i));
  for (const o of m.outputs) graph.message(12, valueInfo(o));
  const opset = new ProtoWriter().string(1, '').int(2, m.opset ?? DEFAULT_OPSET);
  return new ProtoWriter()
    .int(1, IR_VERSION)
    .string(2, 'signbridge')
    .message(7, graph)
    .message(8, opset)
    .finish();
}

/** y = x * scale + bias over a [batch, n] float input: the smallest model with real arithmetic. */
export function affineModel(n: number, scale: number, bias: number): Uint8Array {
  return buildOnnxModel({
    inputs: [{ name: 'x', type: 'float32', shape: ['batch', n] }],
    outputs: [{ name: 'y', type: 'float32', shape: ['batch', n] }],
    initializers: [
      { name: 'scale', dims: [1], data: Float32Array.of(scale) },
      { name: 'bias', dims: [1], data: Float32Array.of(bias) },
    ],
    nodes: [
      { op: 'Mul', inputs: ['x', 'scale'], outputs: ['xs'] },
      { op: 'Add', inputs: ['xs', 'bias'], outputs: ['y'] },
    ],
  });
}
