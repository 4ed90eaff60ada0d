import { ATTENTION_PART_SIZES, type Refinement } from './face-refinement';
import { GraphAppend } from './tflite-edit';
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
 * The whole refinement is one lookup: concatenate every part into a flat vector, append the
 * iris z means (GATHER + MEAN), then GATHER the 1434 output values by a precomputed index table.
 */
const PART_NAMES = ['mesh', 'lips', 'left_eye', 'right_eye', 'left_iris', 'right_iris'] as const;
const FLAG_NAME = 'faceflag';
const MESH_DIMS = 3;
const PART_DIMS = 2;
export const REFINED_FACE_POINTS = 478;
const OUTPUT_VALUES = REFINED_FACE_POINTS * MESH_DIMS;
/** The task graph's tensors are [1, 1, 1, n]; concatenation runs along the last axis. */
const LAST_AXIS = 3;

interface LookupTable {
  readonly total: number;
  /** Per output value (point × 3 + dim): its position in the flat parts vector (+ means). */
  readonly index: Int32Array;
  /** Per iris mean: the flat positions of the z values it averages. */
  readonly averages: readonly (readonly number[])[];
}

function lookupTable(
  refinements: readonly Refinement[],
  partValues: readonly number[],
  label: string,
): LookupTable {
  const total = partValues.reduce((a, b) => a + b, 0);
  const index = new Int32Array(OUTPUT_VALUES).fill(-1);
  const averages: number[][] = [];
  let offset = 0;
  refinements.forEach((r, part) => {
    const dims = part === 0 ? MESH_DIMS : PART_DIMS;
    r.mapping.forEach((point, j) => {
      if (point < 0 || point >= REFINED_FACE_POINTS)
        throw new RangeError(`${label}: refinement maps to point ${point}`);
      const at = offset + j * dims;
      index[point * MESH_DIMS] = at;
      index[point * MESH_DIMS + 1] = at + 1;
      if (r.z.kind === 'copy') {
        if (dims !== MESH_DIMS)
          throw new Error(`${label}: part ${PART_NAMES[part]} has no z to copy`);
        index[point * MESH_DIMS + 2] = at + 2;
      } else if (r.z.kind === 'average') {
        index[point * MESH_DIMS + 2] = total + averages.length;
      }
    });
    if (r.z.kind === 'average')
      averages.push(r.z.indexes.map((p) => index[p * MESH_DIMS + 2] ?? -1));
    offset += partValues[part] ?? 0;
  });
  const missing = index.findIndex((i) => i < 0);
  if (missing >= 0)
    throw new Error(
      `${label}: refinement leaves point ${Math.floor(missing / 3)} without a source`,
    );
  if (averages.some((a) => a.includes(-1) || a.length !== averages[0]?.length)) {
    throw new Error(`${label}: iris z averages need equally many mesh points with a z each`);
  }
  return { total, index, averages };
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
  const partValues = ATTENTION_PART_SIZES.map((points, part) => {
    const shape = outputs[part]?.shape ?? [];
    const values = shape.reduce((a, b) => a * b, 1);
    const dims = part === 0 ? MESH_DIMS : PART_DIMS;
    if (shape.length !== 4 || values !== points * dims || shape[LAST_AXIS] !== values) {
      throw new Error(
        `${label}: output ${names[part]} has shape [${shape}], expected [1, 1, 1, ${points * dims}]`,
      );
    }
    return values;
  });
  const { total, index, averages } = lookupTable(refinements, partValues, label);
  const perAverage = averages[0]?.length ?? 0;

  const g = new GraphAppend(model);
  const i32 = (name: string, values: readonly number[], shape: readonly number[]): number =>
    g.tensor({ name, type: 'int32', shape, constant: Int32Array.from(values) });
  const f32 = (name: string, shape: readonly number[]): number =>
    g.tensor({ name, type: 'float32', shape });
  const concat = (axis: number) => ({
    type: BUILTIN_OPTIONS.concatenation.type,
    fields: [
      { slot: BUILTIN_OPTIONS.concatenation.slots.axis, scalar: 'i32' as const, value: axis },
    ],
  });
  const reshape = (shape: readonly number[]) => ({
    type: BUILTIN_OPTIONS.reshape.type,
    fields: [
      {
        slot: BUILTIN_OPTIONS.reshape.slots.newShape,
        node: { kind: 'ints' as const, values: shape },
      },
    ],
  });
  const gather = {
    type: BUILTIN_OPTIONS.gather.type,
    fields: [{ slot: BUILTIN_OPTIONS.gather.slots.axis, scalar: 'i32' as const, value: 0 }],
  };
  const mean = {
    type: BUILTIN_OPTIONS.reducer.type,
    fields: [{ slot: BUILTIN_OPTIONS.reducer.slots.keepDims, scalar: 'u8' as const, value: 0 }],
  };

  const parts4d = f32('signbridge/face_parts_4d', [1, 1, 1, total]);
  g.op({
    op: 'concatenation',
    inputs: outputs.slice(0, PART_NAMES.length).map((o) => o.index),
    outputs: [parts4d],
    options: concat(LAST_AXIS),
  });
  const parts = f32('signbridge/face_parts', [total]);
  g.op({
    op: 'reshape',
    inputs: [parts4d, i32('signbridge/face_parts_shape', [total], [1])],
    outputs: [parts],
    options: reshape([total]),
  });
  const irisZ = f32('signbridge/iris_contour_z', [averages.length, perAverage]);
  g.op({
    op: 'gather',
    inputs: [
      parts,
      i32('signbridge/iris_contour_index', averages.flat(), [averages.length, perAverage]),
    ],
    outputs: [irisZ],
    options: gather,
  });
  const irisMeanZ = f32('signbridge/iris_mean_z', [averages.length]);
  g.op({
    op: 'mean',
    inputs: [irisZ, i32('signbridge/iris_mean_axis', [1], [1])],
    outputs: [irisMeanZ],
    options: mean,
  });
  const extended = f32('signbridge/face_parts_with_iris_z', [total + averages.length]);
  g.op({
    op: 'concatenation',
    inputs: [parts, irisMeanZ],
    outputs: [extended],
    options: concat(0),
  });
  const flat = f32('signbridge/face_landmarks_flat', [OUTPUT_VALUES]);
  g.op({
    op: 'gather',
    inputs: [extended, i32('signbridge/face_landmarks_index', Array.from(index), [OUTPUT_VALUES])],
    outputs: [flat],
    options: gather,
  });
  const outShape = [1, 1, 1, OUTPUT_VALUES];
  const landmarks = f32('signbridge/face_landmarks_478', outShape);
  g.op({
    op: 'reshape',
    inputs: [flat, i32('signbridge/face_landmarks_shape', outShape, [4])],
    outputs: [landmarks],
    options: reshape(outShape),
  });
  const flag = outputs[PART_NAMES.length]?.index;
  if (flag === undefined) throw new Error(`${label}: no face flag output`);
  g.outputs = [landmarks, flag];
  return g;
}
