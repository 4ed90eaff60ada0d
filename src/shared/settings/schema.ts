import { z } from 'zod';

export const DEVICES = ['auto', 'cuda', 'dml', 'cpu'] as const;
export type DevicePreference = (typeof DEVICES)[number];

export const CAPTION_SIZES = ['small', 'medium', 'large', 'x-large'] as const;
export const SPEECH_OUTPUTS = ['off', 'system', 'espeak'] as const;
/**
 * How long earlier conversations stay on disk, enforced when the app starts and when the setting
 * changes. The conversation in progress is always written, so a crash loses nothing.
 */
export const TRANSCRIPT_RETENTIONS = ['none', '30-days', 'all'] as const;
export type TranscriptRetention = (typeof TRANSCRIPT_RETENTIONS)[number];

/** Signing speed multiplier bounds shared by the settings form and the avatar player. */
export const MIN_SIGNING_SPEED = 0.25;
export const MAX_SIGNING_SPEED = 2;

/**
 * The validators, without defaults: zod 4 applies a field's default even inside `.partial()`,
 * which would turn every partial update into a reset of all other settings.
 */
const fields = {
  /** `deviceId` from enumerateDevices; empty = the system default camera. */
  cameraId: z.string().max(512),
  cameraWidth: z.number().int().min(160).max(3840),
  cameraHeight: z.number().int().min(120).max(2160),
  cameraFps: z.number().int().min(5).max(120),
  landmarkOverlay: z.boolean(),
  /** Pack used for sign → text. */
  signPack: z.string().max(64),
  /** Pack used for text → sign. */
  speakPack: z.string().max(64),
  device: z.enum(DEVICES),
  /** Absolute path of a user VRM file; empty = the bundled default avatar. */
  avatarPath: z.string().max(4096),
  signingSpeed: z.number().min(MIN_SIGNING_SPEED).max(MAX_SIGNING_SPEED),
  captionSize: z.enum(CAPTION_SIZES),
  highContrast: z.boolean(),
  speechOutput: z.enum(SPEECH_OUTPUTS),
  transcriptRetention: z.enum(TRANSCRIPT_RETENTIONS),
  /** Shows engine status, frame rates and latencies: for whoever sets the machine up. */
  diagnostics: z.boolean(),
};

export const SettingsSchema = z.object(fields).strict();
export type Settings = z.infer<typeof SettingsSchema>;
export const SettingsPatchSchema = z.object(fields).partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = {
  cameraId: '',
  cameraWidth: 640,
  cameraHeight: 480,
  cameraFps: 30,
  landmarkOverlay: true,
  signPack: 'ase-slt',
  speakPack: 'ase',
  device: 'auto',
  avatarPath: '',
  signingSpeed: 1,
  captionSize: 'medium',
  highContrast: false,
  speechOutput: 'off',
  transcriptRetention: '30-days',
  diagnostics: false,
};
