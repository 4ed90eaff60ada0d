/**
 * The face mesh refinement of MediaPipe's attention face model (face_landmark_with_attention:
 * a 468-point mesh plus lips, eyes and irises), read from the legacy Holistic WASM binary, where
 * it is compiled in as a serialized `LandmarksRefinementCalculatorOptions` protobuf. Reading it
 * from the installed package keeps the tables identical to what the legacy solution runs.
 *
 *   message LandmarksRefinementCalculatorOptions { repeated Refinement refinement = 1; }
 *   message Refinement { repeated int32 indexes_mapping = 1; optional ZRefinement z_refinement = 2; }
 *   message ZRefinement { oneof { None none = 1; Copy copy = 2; AssignAverage assign_average = 3; } }
 *   message AssignAverage { repeated int32 indexes_for_average = 1; }
 */
export type ZRefinement =
  | { readonly kind: 'none' }
  | { readonly kind: 'copy' }
  | { readonly kind: 'average'; readonly indexes: readonly number[] };

export interface Refinement {
  /** Output landmark index of each landmark of this part. */
  readonly mapping: readonly number[];
  readonly z: ZRefinement;
}

/** Mesh, lips, left eye, right eye, left iris, right iris: the attention model's landmark outputs. */
export const ATTENTION_PART_SIZES = [468, 80, 71, 71, 5, 5] as const;
const MESH_POINTS = ATTENTION_PART_SIZES[0];
const TAG_LENGTH_DELIMITED_1 = 0x0a;
const TAG_VARINT_1 = 0x08;
const TAG_LENGTH_DELIMITED_2 = 0x12;
const TAG_LENGTH_DELIMITED_3 = 0x1a;

function varint(bytes: Uint8Array, at: number): [value: number, next: number] {
  let value = 0;
  let shift = 0;
  for (let p = at; p < bytes.length && shift < 35; p++) {
    const b = bytes[p] ?? 0;
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if ((b & 0x80) === 0) return [value, p + 1];
  }
  throw new RangeError(`unterminated varint at byte ${at}`);
}

function encodeVarint(n: number): number[] {
  const out: number[] = [];
  for (let v = n; ; v = Math.floor(v / 128)) {
    if (v < 128) return [...out, v];
    out.push((v & 0x7f) | 0x80);
  }
}

function readRepeatedInts(bytes: Uint8Array, start: number, end: number, tag: number): number[] {
  const out: number[] = [];
  let p = start;
  while (p < end) {
    if (bytes[p] !== tag)
      throw new Error(`unexpected protobuf tag 0x${(bytes[p] ?? 0).toString(16)} at byte ${p}`);
    const [v, next] = varint(bytes, p + 1);
    out.push(v);
    p = next;
  }
  return out;
}

function readZ(bytes: Uint8Array, start: number, end: number): ZRefinement {
  const tag = bytes[start];
  const [length, body] = varint(bytes, start + 1);
  if (body + length !== end) throw new Error(`z_refinement at byte ${start} has trailing bytes`);
  if (tag === TAG_LENGTH_DELIMITED_1) return { kind: 'none' };
  if (tag === TAG_LENGTH_DELIMITED_2) return { kind: 'copy' };
  if (tag === TAG_LENGTH_DELIMITED_3)
    return { kind: 'average', indexes: readRepeatedInts(bytes, body, end, TAG_VARINT_1) };
  throw new Error(`unknown z_refinement tag 0x${(tag ?? 0).toString(16)} at byte ${start}`);
}

/** Reads one `Refinement` message starting at its tag; returns it and the position after it. */
function readRefinement(bytes: Uint8Array, at: number): [Refinement, number] {
  const [length, body] = varint(bytes, at + 1);
  const end = body + length;
  const mapping: number[] = [];
  let z: ZRefinement | null = null;
  let p = body;
  while (p < end) {
    if (bytes[p] === TAG_VARINT_1) {
      const [v, next] = varint(bytes, p + 1);
      mapping.push(v);
      p = next;
    } else if (bytes[p] === TAG_LENGTH_DELIMITED_2) {
      const [zLength, zBody] = varint(bytes, p + 1);
      z = readZ(bytes, zBody, zBody + zLength);
      p = zBody + zLength;
    } else {
      throw new Error(`unexpected protobuf tag 0x${(bytes[p] ?? 0).toString(16)} at byte ${p}`);
    }
  }
  if (z === null) throw new Error(`refinement at byte ${at} has no z_refinement`);
  return [{ mapping, z }, end];
}

/** Finds the attention model's refinement options in a legacy Holistic WASM binary. */
export function readFaceRefinements(wasm: Uint8Array, label: string): Refinement[] {
  // Anchor: the mesh part maps landmark i to i, written as 468 unpacked int32 fields.
  const anchor = Uint8Array.from(
    Array.from({ length: MESH_POINTS }, (_, i) => [TAG_VARINT_1, ...encodeVarint(i)]).flat(),
  );
  const found = Buffer.from(wasm.buffer, wasm.byteOffset, wasm.byteLength).indexOf(anchor);
  if (found < 0)
    throw new Error(
      `${label}: no face mesh refinement table found (unknown @mediapipe/holistic build)`,
    );
  // The Refinement message header (tag, length) sits just before its first field.
  let start = -1;
  for (let p = found - 2; p >= Math.max(0, found - 6) && start < 0; p--) {
    if (wasm[p] === TAG_LENGTH_DELIMITED_1 && varint(wasm, p + 1)[1] === found) start = p;
  }
  if (start < 0) {
    throw new Error(
      `${label}: the face mesh refinement table at byte ${found} is not inside a Refinement message`,
    );
  }
  const refinements: Refinement[] = [];
  let p = start;
  while (refinements.length < ATTENTION_PART_SIZES.length && wasm[p] === TAG_LENGTH_DELIMITED_1) {
    const [refinement, next] = readRefinement(wasm, p);
    refinements.push(refinement);
    p = next;
  }
  const sizes = refinements.map((r) => r.mapping.length);
  if (sizes.join() !== ATTENTION_PART_SIZES.join()) {
    throw new Error(
      `${label}: face refinement parts have ${sizes.join(', ')} points, expected ${ATTENTION_PART_SIZES.join(', ')}`,
    );
  }
  return refinements;
}
