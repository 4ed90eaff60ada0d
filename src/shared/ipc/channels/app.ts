import { z } from 'zod';
import { event, invoke } from '../define';
import { DEVICES, SettingsPatchSchema, SettingsSchema } from '../../settings/schema';

export const ENGINES = ['landmarks', 'slt', 'slp', 't2g', 'asr', 'tts'] as const;
export type EngineName = (typeof ENGINES)[number];

export const EngineStatusSchema = z
  .object({
    engine: z.enum(ENGINES),
    available: z.boolean(),
    /** What runs (e.g. "onnxruntime cpu"), or why it is not available. */
    detail: z.string().max(2000),
  })
  .strict();
export type EngineStatus = z.infer<typeof EngineStatusSchema>;

export const InferenceStatusSchema = z
  .object({
    requested: z.enum(DEVICES),
    /** Execution providers actually in use, in priority order. */
    providers: z.array(z.string().max(32)).max(8),
    /** Why a requested provider was not used; empty when none fell back. */
    fallbackReason: z.string().max(2000),
  })
  .strict();
export type InferenceStatus = z.infer<typeof InferenceStatusSchema>;

export const AppInfoSchema = z
  .object({
    name: z.string(),
    version: z.string(),
    mode: z.enum(['electron', 'host']),
    platform: z.string(),
    dataDir: z.string(),
    inference: InferenceStatusSchema,
    engines: z.array(EngineStatusSchema),
  })
  .strict();
export type AppInfo = z.infer<typeof AppInfoSchema>;

const Empty = z.object({}).strict();

export const appChannels = {
  'app.info': invoke(Empty, AppInfoSchema),
  'settings.get': invoke(Empty, SettingsSchema),
  'settings.update': invoke(SettingsPatchSchema, SettingsSchema),
  'settings.changed': event(SettingsSchema),
  'engines.changed': event(z.array(EngineStatusSchema)),
} as const;
