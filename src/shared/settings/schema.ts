import { z } from 'zod';

export const DEVICES = ['auto', 'cuda', 'dml', 'cpu'] as const;
export type DevicePreference = (typeof DEVICES)[number];

export const CAPTION_SIZES = ['small', 'medium', 'large', 'x-large'] as const;
export const SPEECH_OUTPUTS = ['off', 'system', 'espeak'] as const;

/** Signing speed multiplier bounds shared by the settings form and the avatar player. */
export const MIN_SIGNING_SPEED = 0.25;
export const MAX_SIGNING_SPEED = 2;

export const SettingsSchema = z
  .object({
    /** `deviceId` from enumerateDevices; empty = the system default camera. */
    cameraId: z.string().max(512).default(''),
    cameraWidth: z.number().int().min(160).max(3840).default(640),
    cameraHeight: z.number().int().min(120).max(2160).default(480),
    cameraFps: z.number().int().min(5).max(120).default(30),
    landmarkOverlay: z.boolean().default(true),
    /** Pack used for sign → text. */
    signPack: z.string().max(64).default('ase'),
    /** Pack used for text → sign. */
    speakPack: z.string().max(64).default('ase'),
    device: z.enum(DEVICES).default('auto'),
    /** Absolute path of a user VRM file; empty = the bundled default avatar. */
    avatarPath: z.string().max(4096).default(''),
    signingSpeed: z.number().min(MIN_SIGNING_SPEED).max(MAX_SIGNING_SPEED).default(1),
    captionSize: z.enum(CAPTION_SIZES).default('medium'),
    highContrast: z.boolean().default(false),
    speechOutput: z.enum(SPEECH_OUTPUTS).default('off'),
  })
  .strict();

export type Settings = z.infer<typeof SettingsSchema>;
export const SettingsPatchSchema = SettingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
