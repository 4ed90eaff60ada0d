import { ATTENTION_PART_SIZES, type Refinement } from './face-refinement';
import { GraphAppend, type NewOperator } from './tflite-edit';
import type { TfliteModelInfo } from './tflite-model';
import { BUILTIN_OPTIONS } from './tflite-schema';

/**
 * Why the face model is edited: MediaPipe Tasks' face landmarks graph reads ONE landmarks tensor
 * as 478 points (TensorsToLandmarks with num_landmarks 478, dimensions = size / 478). The plain
 * face_landmark.tflite gives 468 × 3 = 1404 values, which that reads as 478 × 2: a scrambled
 * mesh with z = 0. So the bundle uses the attention model and appends, inside the model, the
 * refinement the legacy graph does outside it: lips and eyes overwrite the mesh's x, y; the
 * irises become points 468..477 with z = the mean z of their eye contour. The result is one
 * [1, 1, 1, 1434] tensor (478 × 3), then the face-presence tensor, as the task graph expects.
 *
 * Only operators that tasks-vision's WebGL backend also runs are used (it has no GATHER): the
 * scatter of lip and eye points onto the mesh and the iris z means are FULLY_CONNECTED layers
 * with 0/1 (and 1/16) weights; channels are picked with 1-wide FULLY_CONNECTED layers.
 */
const PART_NAMES = ['mesh', 'lips', 'left_eye', 'right_eye', 'left_iris', 'right_iris'] as const;
const FLAG_NAME = 'faceflag';
const MESH = 0;
const REFINED_PARTS = [1, 2, 3] as const;
const IRIS_PARTS = [4, 5] as const;
const MESH_DIMS = 3;
const PART_DIMS = 2;
export const REFINED_FACE_POINTS = 478;
const MESH_POINTS = ATTENTION_PART_SIZES[MESH];
const IRIS_POINTS = REFINED_FACE_POINTS - MESH_POINTS;
const OUTPUT_VALUES = REFINED_FACE_POINTS * MESH_DIMS;

interface MergeWeights {
  /** [MESH_POINTS, partPoints]: 1 where a lip/eye point replaces a mesh point's x, y. */
  readonly scatter: Float32Array;
  /** [1, MESH_POINTS]: 1 where the mesh keeps its own x, y. */
  readonly keep: Float32Array;
  /** [IRIS_POINTS, MESH_POINTS]: each iris point's z as the mean of its eye contour's z. */
  readonly irisZ: Float32Array;
  readonly partPoints: number;
}

/** Turns the legacy refinement table into the weights of the merge, checking its shape. */
function mergeWeights(refinements: readonly Refinement[], label: string): MergeWeights {
  const fail = (what: string): never => {
    throw new Error(`${label}: unexpected face refinement: ${what}`);
  };
  const mesh = refinements[MESH];
  if (mesh?.z.kind !== 'copy' || mesh.mapping.some((p, i) => p !== i))
    fail('the mesh part is not an identity copy');
  const partPoints = REFINED_PARTS.reduce((n, k) => n + (refinements[k]?.mapping.length ?? 0), 0);
  const scatter = new Float32Array(MESH_POINTS * partPoints);
  const keep = new Float32Array(MESH_POINTS).fill(1);
  const source = new Int32Array(MESH_POINTS).fill(-1);
  let column = 0;
  for (const k of REFINED_PARTS) {
    const r = refinements[k];
    if (r?.z.kind !== 'none') fail(`${PART_NAMES[k]} changes z`);
    for (const point of r?.mapping ?? []) {
      if (point < 0 || point >= MESH_POINTS) fail(`${PART_NAMES[k]} maps to point ${point}`);
      source[point] = column++; // a later part overrides an earlier one, as in the legacy graph
    }
  }
  source.forEach((col, point) => {
    if (col < 0) return;
    scatter[point * partPoints + col] = 1;
    keep[point] = 0;
  });
  const irisZ = new Float32Array(IRIS_POINTS * MESH_POINTS);
  let irisPoint = 0;
  for (const k of IRIS_PARTS) {
    const r = refinements[k];
    if (r?.z.kind !== 'average') fail(`${PART_NAMES[k]} does not average z`);
    const contour = r?.z.kind === 'average' ? r.z.indexes : [];
    for (const point of r?.mapping ?? []) {
      if (point !== MESH_POINTS + irisPoint)
        fail(`${PART_NAMES[k]} maps to point ${point}, not ${MESH_POINTS + irisPoint}`);
      for (const c of contour) irisZ[irisPoint * MESH_POINTS + c] = 1 / contour.length;
      irisPoint++;
    }
  }
  return { scatter, keep, irisZ, partPoints };
}

export function refineFaceMeshGraph(
  model: TfliteModelInfo,
  refinements: readonly Refinement[],
  label: string,
): GraphAppend {
  const outputs = model.main.outputs.map((i) => ({ index: i, ...model.main.tensorInfo[i] }));
  const names = outputs.map((o) => o.name ?? '');
  const expected = [...PART_NAMES, FLAG_NAME];
  if (names.length !== expected.length || !expected.every((n, i) => names[i]?.includes(n))) {
    throw new Error(
      `${label}: outputs are ${names.join(', ')}; expected names containing ${expected.join(', ')}`,
    );
  }
  ATTENTION_PART_SIZES.forEach((points, part) => {
    const shape = outputs[part]?.shape ?? [];
    const values = points * (part === MESH ? MESH_DIMS : PART_DIMS);
    if (shape.join() !== [1, 1, 1, values].join()) {
      throw new Error(
        `${label}: output ${names[part]} has shape [${shape}], expected [1, 1, 1, ${values}]`,
      );
    }
  });
  const w = mergeWeights(refinements, label);
  const g = new GraphAppend(model);
  const tensor = (name: string, shape: number[], constant?: Float32Array | Int32Array): number =>
    g.tensor({
      name: `signbridge/${name}`,
      type: constant instanceof Int32Array ? 'int32' : 'float32',
      shape,
      ...(constant ? { constant } : {}),
    });
  const op = (o: NewOperator): number => {
    g.op(o);
    return o.outputs[0] ?? -1;
  };
  const reshape = (input: number, shape: number[], name: string): number =>
    op({
      op: 'reshape',
      inputs: [input, tensor(`${name}_shape`, [shape.length], Int32Array.from(shape))],
      outputs: [tensor(name, shape)],
      options: {
        type: BUILTIN_OPTIONS.reshape.type,
        fields: [
          { slot: BUILTIN_OPTIONS.reshape.slots.newShape, node: { kind: 'ints', values: shape } },
        ],
      },
    });
  const concat = (inputs: number[], axis: number, shape: number[], name: string): number =>
    op({
      op: 'concatenation',
      inputs,
      outputs: [tensor(name, shape)],
      options: {
        type: BUILTIN_OPTIONS.concatenation.type,
        fields: [{ slot: BUILTIN_OPTIONS.concatenation.slots.axis, scalar: 'i32', value: axis }],
      },
    });
  /** input [rows, in] × weights [out, in]ᵀ → [rows, out]; no bias (-1). */
  const dense = (input: number, weights: number, shape: number[], name: string): number =>
    op({
      op: 'fullyConnected',
      inputs: [input, weights, -1],
      outputs: [tensor(name, shape)],
      options: { type: BUILTIN_OPTIONS.fullyConnected.type, fields: [] },
    });
  const elementwise = (
    kind: 'add' | 'mul',
    a: number,
    b: number,
    shape: number[],
    name: string,
  ): number =>
    op({
      op: kind,
      inputs: [a, b],
      outputs: [tensor(name, shape)],
      options: { type: BUILTIN_OPTIONS[kind].type, fields: [] },
    });
  /** Channel c of a [points, dims] tensor as a [1, points] row. */
  const channel = (
    input: number,
    points: number,
    dims: number,
    c: number,
    name: string,
  ): number => {
    const pick = tensor(
      `${name}_pick`,
      [1, dims],
      Float32Array.from({ length: dims }, (_, i) => (i === c ? 1 : 0)),
    );
    return reshape(dense(input, pick, [points, 1], `${name}_column`), [1, points], name);
  };

  const out = (k: number): number => outputs[k]?.index ?? -1;
  const part = (k: number): number =>
    reshape(out(k), [ATTENTION_PART_SIZES[k] ?? 0, PART_DIMS], `${PART_NAMES[k]}_points`);

  const mesh = reshape(out(MESH), [MESH_POINTS, MESH_DIMS], 'mesh_points');
  const meshXyz = [0, 1, 2].map((c) =>
    channel(mesh, MESH_POINTS, MESH_DIMS, c, `mesh_${'xyz'[c]}`),
  );
  const meshAxis = (c: number): number => meshXyz[c] ?? -1;
  const parts = concat(REFINED_PARTS.map(part), 0, [w.partPoints, PART_DIMS], 'lip_eye_points');
  const irises = concat(IRIS_PARTS.map(part), 0, [IRIS_POINTS, PART_DIMS], 'iris_points');
  const scatter = tensor('lip_eye_scatter', [MESH_POINTS, w.partPoints], w.scatter);
  const keep = tensor('mesh_keep', [1, MESH_POINTS], w.keep);
  const columns = [0, 1].map((c) => {
    const axis = 'xy'[c];
    const refined = dense(
      channel(parts, w.partPoints, PART_DIMS, c, `lip_eye_${axis}`),
      scatter,
      [1, MESH_POINTS],
      `scattered_${axis}`,
    );
    const kept = elementwise('mul', meshAxis(c), keep, [1, MESH_POINTS], `kept_${axis}`);
    const merged = elementwise('add', kept, refined, [1, MESH_POINTS], `refined_${axis}`);
    const iris = channel(irises, IRIS_POINTS, PART_DIMS, c, `iris_${axis}`);
    return concat([merged, iris], 1, [1, REFINED_FACE_POINTS], `face_${axis}`);
  });
  const irisZ = dense(
    meshAxis(2),
    tensor('iris_z_mean', [IRIS_POINTS, MESH_POINTS], w.irisZ),
    [1, IRIS_POINTS],
    'iris_z',
  );
  columns.push(concat([meshAxis(2), irisZ], 1, [1, REFINED_FACE_POINTS], 'face_z'));
  const pointColumns = columns.map((c, i) =>
    reshape(c, [REFINED_FACE_POINTS, 1], `face_${'xyz'[i]}_column`),
  );
  const points = concat(pointColumns, 1, [REFINED_FACE_POINTS, MESH_DIMS], 'face_points');
  g.outputs = [
    reshape(points, [1, 1, 1, OUTPUT_VALUES], 'face_landmarks_478'),
    out(PART_NAMES.length),
  ];
  return g;
}
