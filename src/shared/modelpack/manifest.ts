import { z } from 'zod';

export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_SCHEMA_VERSION = 1;

/** What a file in a pack is for; loaders look files up by role, never by name. */
export const FILE_ROLES = [
  'lexicon', // SiGML lexicon (one or more files)
  'lexicon-index', // JSON index: gloss → entry, keywords, descriptions
  'pose-clip', // a recorded .pose clip for one sign
  't2g-encoder', // text → gloss seq2seq encoder (ONNX)
  't2g-decoder', // text → gloss seq2seq decoder step (ONNX)
  't2g-vocab', // tokenizer / vocabularies for the seq2seq model (JSON)
  'slt-encoder',
  'slt-decoder',
  'slt-vocab',
  'corrector',
  'embeddings', // word vectors for retrieval (binary)
  'test-model', // tiny models used by tests and benchmarks
  'config',
] as const;
export type FileRole = (typeof FILE_ROLES)[number];

export const PACK_CAPABILITIES = ['slt', 'slp', 't2g'] as const;
export type PackCapability = (typeof PACK_CAPABILITIES)[number];

/** Text → gloss engines a pack can name; src/workers/slp/t2g/engine.ts holds one factory each. */
export const T2G_ENGINE_NAMES = ['seq2seq', 'english-rules'] as const;
export type T2gEngineName = (typeof T2G_ENGINE_NAMES)[number];

export const ONNX_ELEMENT_TYPES = [
  'float32',
  'float16',
  'float64',
  'int8',
  'uint8',
  'int16',
  'int32',
  'int64',
  'bool',
  'string',
] as const;
export type OnnxElementType = (typeof ONNX_ELEMENT_TYPES)[number];

/** A dimension is a fixed size or a symbolic name (e.g. "batch", "time"). */
export const DimSchema = z.union([z.number().int().nonnegative(), z.string().min(1).max(64)]);

export const TensorSpecSchema = z
  .object({
    name: z.string().min(1).max(256),
    type: z.enum(ONNX_ELEMENT_TYPES),
    shape: z.array(DimSchema).max(8),
  })
  .strict();
export type TensorSpec = z.infer<typeof TensorSpecSchema>;

const SHA256 = /^[0-9a-f]{64}$/;
/** A relative POSIX path inside the pack: no absolute paths, no `..`, no backslashes. */
const PACK_PATH = /^(?!\/)(?!.*(^|\/)\.\.(\/|$))[^\\\0]+$/;

export const PackFileSchema = z
  .object({
    path: z
      .string()
      .min(1)
      .max(512)
      .regex(PACK_PATH, 'a relative path inside the pack, without ".."'),
    role: z.enum(FILE_ROLES),
    sha256: z.string().regex(SHA256, '64 lowercase hex digits'),
    bytes: z.number().int().nonnegative().optional(),
    onnx: z
      .object({
        inputs: z.array(TensorSpecSchema).min(1),
        outputs: z.array(TensorSpecSchema).min(1),
      })
      .strict()
      .optional(),
  })
  .strict();
export type PackFile = z.infer<typeof PackFileSchema>;

/** ISO 639-3: three lowercase letters (ase = ASL, gsg = DGS, bfi = BSL). */
const ISO_639_3 = /^[a-z]{3}$/;
/** BCP 47, the common shapes: language, optional script, optional region or UN M.49 code. */
const BCP_47 = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/;
const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

/**
 * How a learned pack was made: the exact command and seed that rebuild it, and what it scored
 * (each figure says which data it was measured on). Further keys (corpus command, commit,
 * evaluation tables) are kept as written.
 */
export const TrainingProvenanceSchema = z
  .object({
    command: z.string().min(1).max(4000),
    seed: z.number().int(),
  })
  .catchall(z.unknown());

export const ManifestSchema = z
  .object({
    schema: z.literal(MANIFEST_SCHEMA_VERSION),
    id: z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9-]{0,63}$/,
        'lowercase letters, digits and dashes, starting with a letter or digit',
      ),
    name: z.string().min(1).max(200),
    signLanguage: z.string().regex(ISO_639_3, 'an ISO 639-3 code such as "ase"'),
    spokenLanguage: z.string().regex(BCP_47, 'a BCP 47 tag such as "en-US" or "de"'),
    version: z.string().regex(SEMVER, 'a semantic version such as "1.0.0"'),
    license: z.string().min(1).max(200),
    attribution: z.string().min(1).max(4000),
    /** False for packs derived from non-commercial data (e.g. CC BY-NC-SA corpora). */
    commercialUse: z.boolean(),
    /** Loaded at start-up without the user asking. */
    loadByDefault: z.boolean(),
    capabilities: z.array(z.enum(PACK_CAPABILITIES)).max(PACK_CAPABILITIES.length),
    /** The text → gloss engine; absent in packs written before it, see t2gEngineOf. */
    t2gEngine: z.enum(T2G_ENGINE_NAMES).optional(),
    description: z.string().max(4000).optional(),
    training: TrainingProvenanceSchema.optional(),
    files: z.array(PackFileSchema).min(1),
  })
  .strict()
  .superRefine((m, ctx) => {
    const seen = new Set<string>();
    m.files.forEach((f, i) => {
      if (seen.has(f.path)) {
        ctx.addIssue({
          code: 'custom',
          path: ['files', i, 'path'],
          message: `"${f.path}" is listed twice`,
        });
      }
      seen.add(f.path);
      if (f.path.endsWith('.onnx') && f.onnx === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['files', i, 'onnx'],
          message: `"${f.path}" is an ONNX file: list its inputs and outputs`,
        });
      }
    });
  });
export type Manifest = z.infer<typeof ManifestSchema>;
