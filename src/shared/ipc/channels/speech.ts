import { z } from 'zod';
import { invoke } from '../define';

export const SpeechEngineSchema = z
  .object({ id: z.string(), label: z.string(), available: z.boolean(), detail: z.string() })
  .strict();

/** 60 s of 48 kHz 16-bit mono, base64-encoded: the longest utterance the renderer may send. */
export const MAX_PCM_BASE64 = Math.ceil((60 * 48_000 * 2 * 4) / 3) + 4;

export const speechChannels = {
  'speech.status': invoke(
    z.object({}).strict(),
    z.object({ asr: z.array(SpeechEngineSchema), tts: SpeechEngineSchema }).strict(),
  ),
  /** Little-endian 16-bit mono PCM, base64 (JSON-safe for the host WebSocket too). */
  'speech.recognize': invoke(
    z
      .object({
        pcm16: z
          .string()
          .max(MAX_PCM_BASE64)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
        sampleRate: z.number().int().min(8000).max(48_000),
      })
      .strict(),
    z.object({ text: z.string(), engine: z.string(), ms: z.number() }).strict(),
  ),
  /** Speaks with espeak-ng in main (host mode); Electron uses the system voices in the page. */
  'speech.speak': invoke(
    z.object({ text: z.string().min(1).max(4000) }).strict(),
    z.object({ engine: z.string() }).strict(),
  ),
} as const;
