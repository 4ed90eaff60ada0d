import type { TensorSpec } from '../modelpack/manifest';
import { ProtoError, ProtoReader, WIRE } from './protobuf';
import { elementTypeFromCode } from './types';

/** A graph input or output as found in the file; the type may be one packs cannot declare. */
export interface GraphTensor {
  readonly name: string;
  readonly type: TensorSpec['type'] | `unknown(${number})`;
  readonly shape: (number | string)[];
}

export interface ModelSignature {
  readonly irVersion: number;
  readonly opsets: { domain: string; version: number }[];
  readonly inputs: GraphTensor[];
  readonly outputs: GraphTensor[];
}

// Field numbers from onnx.proto.
const MODEL = { IR_VERSION: 1, OPSET_IMPORT: 8, GRAPH: 7 } as const;
const GRAPH = { INITIALIZER: 5, INPUT: 11, OUTPUT: 12 } as const;

function readValueInfo(r: ProtoReader): GraphTensor {
  let name = '';
  let type: GraphTensor['type'] = 'unknown(0)';
  const shape: (number | string)[] = [];
  while (!r.done) {
    const { field, wire } = r.tag();
    if (field === 1 && wire === WIRE.LEN) name = r.string();
    else if (field === 2 && wire === WIRE.LEN) {
      const typeProto = r.sub();
      while (!typeProto.done) {
        const t = typeProto.tag();
        if (t.field !== 1 || t.wire !== WIRE.LEN) {
          typeProto.skip(t.wire);
          continue;
        }
        const tensor = typeProto.sub();
        while (!tensor.done) {
          const f = tensor.tag();
          if (f.field === 1 && f.wire === WIRE.VARINT) type = elementTypeFromCode(tensor.varint());
          else if (f.field === 2 && f.wire === WIRE.LEN) {
            const shapeProto = tensor.sub();
            while (!shapeProto.done) {
              const d = shapeProto.tag();
              if (d.field !== 1 || d.wire !== WIRE.LEN) {
                shapeProto.skip(d.wire);
                continue;
              }
              const dim = shapeProto.sub();
              let value: number | string = '?';
              while (!dim.done) {
                const x = dim.tag();
                if (x.field === 1 && x.wire === WIRE.VARINT) value = dim.int64();
                else if (x.field === 2 && x.wire === WIRE.LEN) value = dim.string();
                else dim.skip(x.wire);
              }
              shape.push(value);
            }
          } else tensor.skip(f.wire);
        }
      }
    } else r.skip(wire);
  }
  return { name, type, shape };
}

function readInitializerName(r: ProtoReader): string {
  while (!r.done) {
    const { field, wire } = r.tag();
    if (field === 8 && wire === WIRE.LEN) return r.string();
    r.skip(wire);
  }
  return '';
}

/**
 * Reads a model's inputs and outputs straight from the protobuf, without onnxruntime, so a pack
 * can be checked against its manifest before any session opens. Initializers listed as graph
 * inputs (old exporters do this) are not real inputs and are left out.
 */
export function readModelSignature(bytes: Uint8Array): ModelSignature {
  const r = new ProtoReader(bytes);
  let irVersion = 0;
  const opsets: { domain: string; version: number }[] = [];
  let inputs: GraphTensor[] = [];
  const outputs: GraphTensor[] = [];
  let sawGraph = false;
  while (!r.done) {
    const { field, wire } = r.tag();
    if (field === MODEL.IR_VERSION && wire === WIRE.VARINT) irVersion = r.varint();
    else if (field === MODEL.OPSET_IMPORT && wire === WIRE.LEN) {
      const o = r.sub();
      let domain = '';
      let version = 0;
      while (!o.done) {
        const t = o.tag();
        if (t.field === 1 && t.wire === WIRE.LEN) domain = o.string();
        else if (t.field === 2 && t.wire === WIRE.VARINT) version = o.varint();
        else o.skip(t.wire);
      }
      opsets.push({ domain, version });
    } else if (field === MODEL.GRAPH && wire === WIRE.LEN) {
      sawGraph = true;
      const g = r.sub();
      const initializers = new Set<string>();
      const rawInputs: GraphTensor[] = [];
      while (!g.done) {
        const t = g.tag();
        if (t.field === GRAPH.INPUT && t.wire === WIRE.LEN) rawInputs.push(readValueInfo(g.sub()));
        else if (t.field === GRAPH.OUTPUT && t.wire === WIRE.LEN)
          outputs.push(readValueInfo(g.sub()));
        else if (t.field === GRAPH.INITIALIZER && t.wire === WIRE.LEN)
          initializers.add(readInitializerName(g.sub()));
        else g.skip(t.wire);
      }
      inputs = rawInputs.filter((i) => !initializers.has(i.name));
    } else r.skip(wire);
  }
  if (!sawGraph || irVersion === 0) {
    throw new ProtoError(
      `not an ONNX model (ir_version ${irVersion}, ${sawGraph ? 'has' : 'no'} graph)`,
      0,
    );
  }
  return { irVersion, opsets, inputs, outputs };
}
