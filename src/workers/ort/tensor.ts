/**
 * Tensors as plain typed arrays, so nothing outside the backend depends on onnxruntime-node's
 * classes and tensors cross thread boundaries by transfer.
 */
export type TensorData = Float32Array | BigInt64Array | Int32Array | Uint8Array;
export type TensorType = 'float32' | 'int64' | 'int32' | 'bool' | 'uint8';

export interface TensorLike {
  readonly type: TensorType;
  readonly data: TensorData;
  readonly dims: readonly number[];
}

export const float32 = (data: Float32Array, dims: readonly number[]): TensorLike => ({
  type: 'float32',
  data,
  dims,
});
export const int64 = (data: BigInt64Array, dims: readonly number[]): TensorLike => ({
  type: 'int64',
  data,
  dims,
});
