import type { OnnxElementType } from '../modelpack/manifest';

/** ONNX TensorProto.DataType codes for the element types packs may declare. */
export const ONNX_TYPE_CODES: Record<OnnxElementType, number> = {
  float32: 1,
  uint8: 2,
  int8: 3,
  int16: 5,
  int32: 6,
  int64: 7,
  string: 8,
  bool: 9,
  float16: 10,
  float64: 11,
};

export function elementTypeFromCode(code: number): OnnxElementType | `unknown(${number})` {
  for (const [name, c] of Object.entries(ONNX_TYPE_CODES))
    if (c === code) return name as OnnxElementType;
  return `unknown(${code})`;
}
