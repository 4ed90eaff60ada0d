import { describe, expect, it } from 'vitest';
import { affineModel, buildOnnxModel } from '../../../src/shared/onnx/builder';
import { readModelSignature } from '../../../src/shared/onnx/model-io';
import { ProtoError, ProtoReader, ProtoWriter } from '../../../src/shared/onnx/protobuf';

describe('protobuf', () => {
  it('round-trips varints, negative int64 and strings', () => {
    const bytes = new ProtoWriter().int(1, 300).int(2, -1).string(3, 'Grüße ✋').finish();
    const r = new ProtoReader(bytes);
    expect(r.tag()).toEqual({ field: 1, wire: 0 });
    expect(r.varint()).toBe(300);
    r.tag();
    expect(r.int64()).toBe(-1);
    r.tag();
    expect(r.string()).toBe('Grüße ✋');
    expect(r.done).toBe(true);
  });
});

describe('readModelSignature', () => {
  it('reads inputs and outputs with symbolic and fixed dims, leaving out initializers', () => {
    const sig = readModelSignature(affineModel(8, 2, 1));
    expect(sig.inputs).toEqual([{ name: 'x', type: 'float32', shape: ['batch', 8] }]);
    expect(sig.outputs).toEqual([{ name: 'y', type: 'float32', shape: ['batch', 8] }]);
    expect(sig.opsets).toEqual([{ domain: '', version: 17 }]);
  });

  it('reads several typed inputs', () => {
    const model = buildOnnxModel({
      inputs: [
        { name: 'tokens', type: 'int64', shape: ['batch', 'time'] },
        { name: 'mask', type: 'bool', shape: ['batch', 'time'] },
      ],
      outputs: [{ name: 'out', type: 'int64', shape: ['batch', 'time'] }],
      nodes: [{ op: 'Identity', inputs: ['tokens'], outputs: ['out'] }],
    });
    const sig = readModelSignature(model);
    expect(sig.inputs.map((i) => `${i.name}:${i.type}`)).toEqual(['tokens:int64', 'mask:bool']);
  });

  it('refuses truncated or non-ONNX bytes with a ProtoError naming the offset', () => {
    const model = affineModel(8, 2, 1);
    for (const cut of [1, 5, 20, model.length - 3]) {
      expect(() => readModelSignature(model.subarray(0, cut))).toThrow(ProtoError);
    }
    expect(() => readModelSignature(new TextEncoder().encode('{"not": "onnx"}'))).toThrow(
      /byte|ONNX/,
    );
  });
});
