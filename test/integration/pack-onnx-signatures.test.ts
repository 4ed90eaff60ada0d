import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverPackDirs } from '../../src/node/packs/registry';
import { verifyPackDir } from '../../src/node/packs/verify';
import { affineModel } from '../../src/shared/onnx/builder';
import type { TensorSpec } from '../../src/shared/modelpack/manifest';
import { readModelSignature } from '../../src/shared/onnx/model-io';
import { OrtSession } from '../../src/workers/ort/backend';
import type { IoSpec } from '../../src/workers/ort/backend';
import { ROOT } from '../helpers/shared';

// Issue 18, reference agreement: the pack checker compares each ONNX file with the inputs and
// outputs its manifest declares, read by our own protobuf reader. Here onnxruntime itself
// (InferenceSession inputNames with inputMetadata/outputMetadata, through OrtSession) is the reference, for every shipped model.

/** What onnxruntime reports for a model's inputs and outputs (the one onnxruntime module's view). */
async function ortSignature(
  bytes: Uint8Array,
): Promise<{ inputs: TensorSpec[]; outputs: TensorSpec[] }> {
  const session = await OrtSession.open(bytes, { device: 'cpu', warmup: false });
  try {
    const specs = (ts: readonly IoSpec[]): TensorSpec[] =>
      ts.map((t) => ({ name: t.name, type: t.type as TensorSpec['type'], shape: [...t.shape] }));
    return { inputs: specs(session.inputs), outputs: specs(session.outputs) };
  } finally {
    await session.dispose();
  }
}

const shipped = discoverPackDirs(path.join(ROOT, 'models')).flatMap((dir) => {
  const { manifest } = verifyPackDir(dir);
  return (manifest?.files ?? [])
    .filter((f) => f.onnx !== undefined)
    .map((f) => ({
      id: manifest?.id ?? dir,
      file: path.join(dir, f.path),
      rel: f.path,
      onnx: f.onnx,
    }));
});

describe('pack ONNX signatures against onnxruntime', () => {
  it('the shipped packs have ONNX models to check', () => {
    expect(shipped.length).toBeGreaterThan(0);
  });

  it.each(shipped.map((s) => [`${s.id}/${s.rel}`, s] as const))(
    '%s: manifest = our reader = onnxruntime',
    async (_name, s) => {
      const bytes = new Uint8Array(fs.readFileSync(s.file));
      const reference = await ortSignature(bytes);
      expect(s.onnx).toEqual(reference);
      const ours = readModelSignature(bytes);
      expect({ inputs: ours.inputs, outputs: ours.outputs }).toEqual(reference);
    },
    60_000,
  );

  it('a model built by the test, with a symbolic batch dimension, agrees too', async () => {
    const bytes = affineModel(4, 2, 1);
    const ours = readModelSignature(bytes);
    expect({ inputs: ours.inputs, outputs: ours.outputs }).toEqual(await ortSignature(bytes));
  });
});
