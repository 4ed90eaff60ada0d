import { Builder } from 'flatbuffers';

/**
 * Writes the TFLite model metadata FlatBuffer (metadata_schema.fbs, identifier `M001`) that
 * MediaPipe Tasks needs to feed an image to a float model: the input tensor is an RGB image,
 * normalized as (pixel - mean) / std. Field slots are documented in MEDIAPIPE_OFFLINE.md.
 */
export const METADATA_IDENTIFIER = 'M001';
/** Oldest metadata parser that reads everything written here. */
export const MIN_PARSER_VERSION = '1.0.0';

const MODEL_METADATA_SLOT = { name: 0, description: 1, subgraphMetadata: 3, minParserVersion: 7 };
const MODEL_METADATA_FIELDS = 8;
const SUBGRAPH_SLOT = { inputTensorMetadata: 2, outputTensorMetadata: 3 };
const SUBGRAPH_FIELDS = 7;
const TENSOR_SLOT = { name: 0, content: 3, processUnits: 4, stats: 5 };
const TENSOR_FIELDS = 7;
const CONTENT_SLOT = { propertiesType: 0, properties: 1 };
const CONTENT_FIELDS = 3;
const CONTENT_PROPERTIES = { imageProperties: 2 };
const IMAGE_PROPERTIES_SLOT = { colorSpace: 0 };
const COLOR_SPACE = { rgb: 1 };
const PROCESS_UNIT_SLOT = { optionsType: 0, options: 1 };
const PROCESS_UNIT_OPTIONS = { normalizationOptions: 1 };
const NORMALIZATION_SLOT = { mean: 0, std: 1 };
const STATS_SLOT = { max: 0, min: 1 };

/** 8-bit pixel values run from 0 to 255 before normalization. */
const PIXEL_MIN = 0;
const PIXEL_MAX = 255;

export interface ImageNormalization {
  readonly mean: number;
  readonly std: number;
}

export interface ImageModelMetadata {
  readonly name: string;
  readonly description: string;
  readonly normalization: ImageNormalization;
  /** One name per output tensor of the model's first subgraph, in order. */
  readonly outputNames: readonly string[];
}

function floatVector(b: Builder, values: readonly number[]): number {
  b.startVector(4, values.length, 4);
  for (let i = values.length - 1; i >= 0; i--) b.addFloat32(values[i] ?? 0);
  return b.endVector();
}

function offsetVector(b: Builder, offsets: readonly number[]): number {
  b.startVector(4, offsets.length, 4);
  for (let i = offsets.length - 1; i >= 0; i--) b.addOffset(offsets[i] ?? 0);
  return b.endVector();
}

function namedTensor(b: Builder, name: string): number {
  const nameAt = b.createString(name);
  b.startObject(TENSOR_FIELDS);
  b.addFieldOffset(TENSOR_SLOT.name, nameAt, 0);
  return b.endObject();
}

function imageInputTensor(b: Builder, { mean, std }: ImageNormalization): number {
  const nameAt = b.createString('image');
  b.startObject(1);
  b.addFieldInt8(IMAGE_PROPERTIES_SLOT.colorSpace, COLOR_SPACE.rgb, 0);
  const imageProperties = b.endObject();
  b.startObject(CONTENT_FIELDS);
  b.addFieldInt8(CONTENT_SLOT.propertiesType, CONTENT_PROPERTIES.imageProperties, 0);
  b.addFieldOffset(CONTENT_SLOT.properties, imageProperties, 0);
  const content = b.endObject();

  const meanAt = floatVector(b, [mean]);
  const stdAt = floatVector(b, [std]);
  b.startObject(2);
  b.addFieldOffset(NORMALIZATION_SLOT.mean, meanAt, 0);
  b.addFieldOffset(NORMALIZATION_SLOT.std, stdAt, 0);
  const normalization = b.endObject();
  b.startObject(2);
  b.addFieldInt8(PROCESS_UNIT_SLOT.optionsType, PROCESS_UNIT_OPTIONS.normalizationOptions, 0);
  b.addFieldOffset(PROCESS_UNIT_SLOT.options, normalization, 0);
  const processUnits = offsetVector(b, [b.endObject()]);

  // The range of the normalized tensor, so readers of the metadata see what the model expects.
  const maxAt = floatVector(b, [(PIXEL_MAX - mean) / std]);
  const minAt = floatVector(b, [(PIXEL_MIN - mean) / std]);
  b.startObject(2);
  b.addFieldOffset(STATS_SLOT.max, maxAt, 0);
  b.addFieldOffset(STATS_SLOT.min, minAt, 0);
  const stats = b.endObject();

  b.startObject(TENSOR_FIELDS);
  b.addFieldOffset(TENSOR_SLOT.name, nameAt, 0);
  b.addFieldOffset(TENSOR_SLOT.content, content, 0);
  b.addFieldOffset(TENSOR_SLOT.processUnits, processUnits, 0);
  b.addFieldOffset(TENSOR_SLOT.stats, stats, 0);
  return b.endObject();
}

export function buildImageModelMetadata(meta: ImageModelMetadata): Uint8Array {
  const b = new Builder(1024);
  const inputs = offsetVector(b, [imageInputTensor(b, meta.normalization)]);
  const outputs = offsetVector(
    b,
    meta.outputNames.map((name) => namedTensor(b, name)),
  );
  b.startObject(SUBGRAPH_FIELDS);
  b.addFieldOffset(SUBGRAPH_SLOT.inputTensorMetadata, inputs, 0);
  b.addFieldOffset(SUBGRAPH_SLOT.outputTensorMetadata, outputs, 0);
  const subgraphs = offsetVector(b, [b.endObject()]);

  const nameAt = b.createString(meta.name);
  const descriptionAt = b.createString(meta.description);
  const parserAt = b.createString(MIN_PARSER_VERSION);
  b.startObject(MODEL_METADATA_FIELDS);
  b.addFieldOffset(MODEL_METADATA_SLOT.name, nameAt, 0);
  b.addFieldOffset(MODEL_METADATA_SLOT.description, descriptionAt, 0);
  b.addFieldOffset(MODEL_METADATA_SLOT.subgraphMetadata, subgraphs, 0);
  b.addFieldOffset(MODEL_METADATA_SLOT.minParserVersion, parserAt, 0);
  b.finish(b.endObject(), METADATA_IDENTIFIER);
  return b.asUint8Array().slice();
}
