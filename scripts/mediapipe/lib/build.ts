import {
  BUNDLES,
  BUNDLE_MODELS,
  REFINEMENT_SOURCE,
  type BundleModel,
  type BundleName,
} from './bundles';
import { refineFaceMeshGraph } from './face-mesh-graph';
import { readFaceRefinements } from './face-refinement';
import type { HolisticPackage } from './holistic-package';
import { editTfliteModel } from './tflite-edit';
import { buildImageModelMetadata } from './tflite-metadata';
import { readTfliteModel } from './tflite-model';
import { writeStoredZip } from './zip-stored';

/** A `.tflite` from the legacy package, made ready for MediaPipe Tasks (metadata, face merge). */
export function buildBundleModel(
  pkg: HolisticPackage,
  entry: keyof typeof BUNDLE_MODELS,
): Uint8Array {
  const spec: BundleModel = BUNDLE_MODELS[entry];
  const model = pkg.read(spec.source);
  const info = readTfliteModel(model, spec.source);
  if (info.main.inputs.length !== 1) {
    throw new Error(
      `${spec.source}: expected one image input tensor, found ${info.main.inputs.length}`,
    );
  }
  const graph = spec.refineFaceMesh
    ? refineFaceMeshGraph(
        info,
        readFaceRefinements(pkg.read(REFINEMENT_SOURCE), REFINEMENT_SOURCE),
        spec.source,
      )
    : undefined;
  const outputs = graph?.outputs ?? info.main.outputs;
  const tensorName = (i: number): string =>
    info.main.tensorInfo[i]?.name ??
    graph?.tensors[i - info.main.tensors.length]?.name ??
    `output_${i}`;
  const metadata = buildImageModelMetadata({
    name: entry.replace(/\.tflite$/, ''),
    description: `${spec.source} from @mediapipe/holistic ${pkg.version}, prepared by SignBridge scripts/mediapipe`,
    normalization: spec.normalization,
    outputNames: outputs.map(tensorName),
  });
  return editTfliteModel(
    model,
    spec.source,
    graph === undefined ? { metadata } : { metadata, graph },
    info,
  );
}

/** The bytes of one task bundle; the same package gives the same bytes every time. */
export function buildBundle(pkg: HolisticPackage, bundle: BundleName): Uint8Array {
  return writeStoredZip(
    BUNDLES[bundle].map((name) => ({ name, data: buildBundleModel(pkg, name) })),
  );
}
