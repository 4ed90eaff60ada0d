/** glTF 2.0 enum values used by the writer. */
export const COMPONENT = {
  UNSIGNED_BYTE: 5121,
  UNSIGNED_SHORT: 5123,
  UNSIGNED_INT: 5125,
  FLOAT: 5126,
} as const;
export type ComponentType = (typeof COMPONENT)[keyof typeof COMPONENT];

export const TARGET = { ARRAY_BUFFER: 34962, ELEMENT_ARRAY_BUFFER: 34963 } as const;

export const TYPE_SIZE = { SCALAR: 1, VEC2: 2, VEC3: 3, VEC4: 4, MAT4: 16 } as const;
export type AccessorType = keyof typeof TYPE_SIZE;

export const MODE_TRIANGLES = 4;
