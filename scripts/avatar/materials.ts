/**
 * Colours and toon materials (VRMC_materials_mtoon, with a plain PBR fallback). A dark top and
 * trousers make the light hands and face stand out, as signers dress for video.
 */
import type { GltfDocument, JsonObject } from './gltf/document';

type Rgb = readonly [number, number, number];

/** sRGB 0–255 → linear factors (glTF colour factors are linear). */
function srgb(r: number, g: number, b: number): Rgb {
  const lin = (c: number): number => {
    const x = c / 255;
    return Number((x <= 0.04045 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4)).toFixed(5));
  };
  return [lin(r), lin(g), lin(b)];
}

interface MaterialSpec {
  readonly name: string;
  readonly color: Rgb;
  /** MToon shade colour: what the surface turns to away from the light. */
  readonly shade: Rgb;
  /** Outline width in metres (0: none). Outlines keep fingers readable against the palm. */
  readonly outline: number;
  readonly outlineColor?: Rgb;
  /** Whether MToon rim light applies (soft edge glow on skin and cloth). */
  readonly rim?: boolean;
}

export const MATERIAL_SPECS: readonly MaterialSpec[] = [
  {
    name: 'skin',
    color: srgb(236, 190, 158),
    shade: srgb(206, 142, 120),
    outline: 0.0009,
    outlineColor: srgb(120, 70, 55),
    rim: true,
  },
  {
    name: 'top',
    color: srgb(38, 52, 78),
    shade: srgb(22, 28, 46),
    outline: 0.0012,
    outlineColor: srgb(12, 14, 22),
    rim: true,
  },
  {
    name: 'trousers',
    color: srgb(52, 54, 60),
    shade: srgb(30, 31, 36),
    outline: 0.0012,
    outlineColor: srgb(15, 15, 18),
  },
  {
    name: 'shoes',
    color: srgb(70, 48, 36),
    shade: srgb(40, 27, 20),
    outline: 0.001,
    outlineColor: srgb(20, 14, 10),
  },
  {
    name: 'hair',
    color: srgb(78, 50, 34),
    shade: srgb(44, 27, 19),
    outline: 0.0009,
    outlineColor: srgb(30, 18, 12),
    rim: true,
  },
  { name: 'brows', color: srgb(70, 45, 31), shade: srgb(52, 33, 23), outline: 0 },
  { name: 'eyeWhite', color: srgb(252, 250, 247), shade: srgb(222, 214, 212), outline: 0 },
  { name: 'iris', color: srgb(104, 66, 40), shade: srgb(80, 50, 30), outline: 0 },
  { name: 'pupil', color: srgb(28, 20, 18), shade: srgb(20, 14, 12), outline: 0 },
  { name: 'highlight', color: srgb(255, 255, 255), shade: srgb(255, 255, 255), outline: 0 },
  { name: 'lash', color: srgb(40, 27, 22), shade: srgb(30, 20, 16), outline: 0 },
  { name: 'lid', color: srgb(229, 177, 148), shade: srgb(200, 136, 116), outline: 0 },
  { name: 'lips', color: srgb(206, 120, 112), shade: srgb(176, 92, 88), outline: 0 },
  { name: 'mouth', color: srgb(105, 38, 44), shade: srgb(80, 28, 34), outline: 0 },
  { name: 'teeth', color: srgb(250, 248, 242), shade: srgb(220, 214, 206), outline: 0 },
  { name: 'tongue', color: srgb(214, 104, 108), shade: srgb(184, 80, 86), outline: 0 },
  { name: 'nails', color: srgb(244, 204, 190), shade: srgb(214, 160, 150), outline: 0 },
];

function mtoon(spec: MaterialSpec): JsonObject {
  const ext: JsonObject = {
    specVersion: '1.0',
    shadeColorFactor: [...spec.shade],
    shadingShiftFactor: -0.15,
    shadingToonyFactor: 0.75,
    giEqualizationFactor: 0.9,
  };
  if (spec.rim) {
    ext['parametricRimColorFactor'] = [0.18, 0.16, 0.15];
    ext['parametricRimFresnelPowerFactor'] = 4;
    ext['parametricRimLiftFactor'] = 0;
    ext['rimLightingMixFactor'] = 1;
  }
  if (spec.outline > 0) {
    ext['outlineWidthMode'] = 'worldCoordinates';
    ext['outlineWidthFactor'] = spec.outline;
    ext['outlineColorFactor'] = [...(spec.outlineColor ?? [0, 0, 0])];
    ext['outlineLightingMixFactor'] = 0.5;
  }
  return ext;
}

/** Adds every material; returns name → material index. */
export function writeMaterials(doc: GltfDocument): Map<string, number> {
  const index = new Map<string, number>();
  for (const spec of MATERIAL_SPECS) {
    index.set(spec.name, doc.json.materials.length);
    doc.json.materials.push({
      name: spec.name,
      pbrMetallicRoughness: {
        baseColorFactor: [...spec.color, 1],
        metallicFactor: 0,
        roughnessFactor: 0.85,
      },
      extensions: { VRMC_materials_mtoon: mtoon(spec) },
    });
  }
  return index;
}
