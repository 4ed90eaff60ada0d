import { z } from 'zod';
import { PACK_CAPABILITIES } from './manifest';

/** One thing wrong with a pack: which file, what the manifest says, what is on disk. */
export const PackProblemSchema = z
  .object({
    file: z.string(),
    expected: z.string(),
    actual: z.string(),
    message: z.string(),
  })
  .strict();
export type PackProblem = z.infer<typeof PackProblemSchema>;

export const PackReportSchema = z
  .object({
    id: z.string(),
    dir: z.string(),
    ok: z.boolean(),
    problems: z.array(PackProblemSchema),
    name: z.string().optional(),
    signLanguage: z.string().optional(),
    spokenLanguage: z.string().optional(),
    version: z.string().optional(),
    license: z.string().optional(),
    commercialUse: z.boolean().optional(),
    loadByDefault: z.boolean().optional(),
    capabilities: z.array(z.enum(PACK_CAPABILITIES)).optional(),
  })
  .strict();
export type PackReport = z.infer<typeof PackReportSchema>;
