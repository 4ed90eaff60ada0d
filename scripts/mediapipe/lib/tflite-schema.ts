/**
 * The parts of TFLite's schema.fbs (file identifier `TFL3`) that the bundle builder reads and
 * writes: table field slots (vtable order) and enum values.
 */
export const TFLITE_IDENTIFIER = 'TFL3';

export const MODEL_SLOT = {
  version: 0,
  operatorCodes: 1,
  subgraphs: 2,
  description: 3,
  buffers: 4,
  metadataBuffer: 5,
  metadata: 6,
  signatureDefs: 7,
} as const;
export const MODEL_SLOT_COUNT = 8;

export const SUBGRAPH_SLOT = { tensors: 0, inputs: 1, outputs: 2, operators: 3, name: 4 } as const;
export const SUBGRAPH_SLOT_COUNT = 5;
export const TENSOR_SLOT = { shape: 0, type: 1, buffer: 2, name: 3 } as const;
export const OPERATOR_SLOT = {
  opcodeIndex: 0,
  inputs: 1,
  outputs: 2,
  builtinOptionsType: 3,
  builtinOptions: 4,
} as const;
export const OPERATOR_CODE_SLOT = { deprecatedBuiltinCode: 0, version: 2, builtinCode: 3 } as const;
export const BUFFER_SLOT = { data: 0, offset: 1 } as const;
export const METADATA_SLOT = { name: 0, buffer: 1 } as const;

export const TENSOR_TYPE = { float32: 0, int32: 2 } as const;

export const BUILTIN_OPERATOR = {
  add: 0,
  concatenation: 2,
  fullyConnected: 9,
  mul: 18,
  reshape: 22,
} as const;
export type BuiltinOperatorName = keyof typeof BUILTIN_OPERATOR;
/** Codes above this live only in `builtin_code`; `deprecated_builtin_code` is a byte. */
export const MAX_DEPRECATED_BUILTIN_CODE = 127;

/** `BuiltinOptions` union members and their fields. */
export const BUILTIN_OPTIONS = {
  fullyConnected: { type: 8, slots: {} },
  concatenation: { type: 10, slots: { axis: 0 } },
  add: { type: 11, slots: {} },
  reshape: { type: 17, slots: { newShape: 0 } },
  mul: { type: 21, slots: {} },
} as const;

/** TFLite aligns buffer data to 16 bytes (`force_align: 16` in schema.fbs). */
export const BUFFER_ALIGNMENT = 16;

/** The name under which TFLite (and MediaPipe's metadata extractor) looks up model metadata. */
export const METADATA_ENTRY_NAME = 'TFLITE_METADATA';
