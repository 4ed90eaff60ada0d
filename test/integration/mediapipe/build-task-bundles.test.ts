import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { ByteBuffer } from 'flatbuffers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildMediapipeAssets,
  type MediapipeAssetsManifest,
} from '../../../scripts/mediapipe/build-task-bundles';
import {
  BUNDLES,
  BUNDLE_MODELS,
  type BundleModelName,
} from '../../../scripts/mediapipe/lib/bundles';
import { readFaceRefinements } from '../../../scripts/mediapipe/lib/face-refinement';
import { HolisticPackage } from '../../../scripts/mediapipe/lib/holistic-package';
import { readTfliteBuffer, readTfliteModel } from '../../../scripts/mediapipe/lib/tflite-model';
import { ROOT } from '../../helpers/shared';

const HOLISTIC_DIR = path.join(ROOT, 'node_modules', '@mediapipe', 'holistic');
const TASK = 'holistic_landmarker.task';

interface ZipEntryRead {
  name: string;
  method: number;
  dosDate: number;
  dataOffset: number;
  data: Uint8Array;
  crc: number;
}

/** An independent reader of the zip's central directory, so the test does not trust the writer. */
function readZip(bytes: Uint8Array): ZipEntryRead[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = bytes.length - 22;
  expect(view.getUint32(eocd, true)).toBe(0x06054b50);
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const entries: ZipEntryRead[] = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(p, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(p + 28, true);
    const extra = view.getUint16(p + 30, true);
    const comment = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const size = view.getUint32(p + 20, true);
    const dataOffset =
      local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      method: view.getUint16(p + 10, true),
      dosDate: view.getUint16(p + 14, true),
      crc: view.getUint32(p + 16, true),
      dataOffset,
      data: bytes.subarray(dataOffset, dataOffset + size),
    });
    p += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** mean/std and output count from the metadata FlatBuffer (metadata_schema.fbs slots). */
function readNormalization(metadata: Uint8Array): { mean: number; std: number; outputs: number } {
  const bb = new ByteBuffer(metadata);
  expect(bb.__has_identifier('M001')).toBe(true);
  const field = (table: number, slot: number): number => {
    const rel = bb.__offset(table, 4 + 2 * slot);
    if (rel === 0) throw new Error(`metadata field ${slot} missing`);
    return bb.__indirect(table + rel);
  };
  const first = (vector: number): number => vector + 4 + bb.readUint32(vector + 4);
  const root = bb.readUint32(0);
  const subgraph = first(field(root, 3));
  const input = first(field(subgraph, 2));
  const unit = first(field(input, 4));
  const options = field(unit, 1);
  const float = (vector: number): number => bb.readFloat32(vector + 4);
  return {
    mean: float(field(options, 0)),
    std: float(field(options, 1)),
    outputs: bb.readUint32(field(subgraph, 3)),
  };
}

describe('scripts/mediapipe/build-task-bundles', () => {
  let tmp: string;
  let manifests: MediapipeAssetsManifest[];
  let entries: ZipEntryRead[];
  let pkg: HolisticPackage;

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'signbridge-bundles-'));
    manifests = ['a', 'b'].map((d) => buildMediapipeAssets(path.join(tmp, d), () => undefined));
    entries = readZip(new Uint8Array(fs.readFileSync(path.join(tmp, 'a', TASK))));
    pkg = new HolisticPackage(HOLISTIC_DIR);
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('is reproducible: two builds give the same bytes', () => {
    const [a, b] = manifests;
    expect(a?.files.length).toBeGreaterThan(0);
    expect(a).toEqual(b);
    for (const f of a?.files ?? []) {
      const bytes = fs.readFileSync(path.join(tmp, 'a', ...f.path.split('/')));
      expect(bytes.length, f.path).toBe(f.bytes);
    }
    const onDisk = JSON.parse(
      fs.readFileSync(path.join(tmp, 'b', 'manifest.json'), 'utf8'),
    ) as MediapipeAssetsManifest;
    expect(onDisk).toEqual(a);
    expect(a?.packages['@mediapipe/tasks-vision']).toBe('1.1.0');
  });

  it('writes the task bundle as a stored zip with fixed names, dates and aligned entries', () => {
    expect(entries.map((e) => e.name)).toEqual([...BUNDLES[TASK]]);
    for (const e of entries) {
      expect(e.method, `${e.name} stored`).toBe(0);
      expect(e.dosDate, `${e.name} dated 1980-01-01`).toBe((1 << 5) | 1);
      expect(e.dataOffset % 64, `${e.name} aligned`).toBe(0);
      expect(crc32(e.data), `${e.name} crc`).toBe(e.crc);
    }
  });

  it('adds image metadata with the right normalization to each model and keeps the original bytes', () => {
    for (const e of entries) {
      const spec = BUNDLE_MODELS[e.name as BundleModelName];
      const model = readTfliteModel(e.data, e.name);
      const entry = model.metadata.find((m) => m.name === 'TFLITE_METADATA');
      if (entry === undefined) throw new Error(`${e.name} has no TFLITE_METADATA`);
      const norm = readNormalization(readTfliteBuffer(e.data, model, entry.buffer));
      expect({ mean: norm.mean, std: norm.std }, e.name).toEqual(spec.normalization);
      expect(norm.outputs, `${e.name} output metadata`).toBe(model.main.outputs.length);
      const original = pkg.read(spec.source);
      const at = Buffer.from(e.data).indexOf(Buffer.from(original));
      expect(at, `${e.name} holds ${spec.source} unchanged`).toBeGreaterThan(0);
      expect(at % 16, `${spec.source} keeps its 16-byte alignment`).toBe(0);
    }
  });

  it('merges the attention face model into one 478 × 3 landmarks tensor plus face presence', () => {
    const face = entries.find((e) => e.name === 'face_landmarks_detector.tflite');
    if (face === undefined) throw new Error('no face model in the bundle');
    const model = readTfliteModel(face.data, face.name);
    const outputs = model.main.outputs.map((i) => model.main.tensorInfo[i]);
    expect(outputs.map((o) => o?.shape)).toEqual([
      [1, 1, 1, 478 * 3],
      [1, 1, 1, 1],
    ]);
    expect(outputs[1]?.name).toBe('conv_faceflag');
    const refinements = readFaceRefinements(
      pkg.read('holistic_solution_simd_wasm_bin.wasm'),
      'wasm',
    );
    expect(refinements.map((r) => r.z.kind)).toEqual([
      'copy',
      'none',
      'none',
      'none',
      'average',
      'average',
    ]);
    expect(refinements[4]?.mapping).toEqual([468, 469, 470, 471, 472]);
  });

  it('names the file and what was expected when an input is wrong', () => {
    expect(() => readTfliteModel(new Uint8Array(64), 'zeros.tflite')).toThrow(
      /zeros\.tflite: not a TFLite model \(expected file identifier "TFL3"\)/,
    );
    expect(() => pkg.read('nope.tflite')).toThrow(
      /nope\.tflite is neither a file in .* nor packed in holistic_solution_packed_assets\.data \(packed: .*face_landmark\.tflite/,
    );
    expect(() => readFaceRefinements(new Uint8Array(4096), 'empty.wasm')).toThrow(
      /empty\.wasm: no face mesh refinement table found/,
    );
    expect(() => new HolisticPackage(path.join(tmp, 'nowhere'))).toThrow(
      /@mediapipe\/holistic not found at .*nowhere: run npm ci first/,
    );
  });
});
