/**
 * Sign → text captions, main → renderer. The SLT service pushes a `partial` caption while the
 * signer is still signing (it may change), then one `final` per utterance; main appends the final
 * to the transcript before it sends the event, so a final on screen is a final on disk.
 */
import { z } from 'zod';
import { event, invoke } from '../define';
import { MAX_ENTRY_TEXT } from '../../transcript/entry';

export const CAPTION_KINDS = ['partial', 'final'] as const;
export type CaptionKind = (typeof CAPTION_KINDS)[number];

export const SltCaptionSchema = z
  .object({
    kind: z.enum(CAPTION_KINDS),
    /** Ties a partial to the final that replaces it; unique per utterance. */
    utteranceId: z.string().min(1).max(64),
    /** Empty only for a partial (signing seen, no words yet). */
    text: z.string().max(MAX_ENTRY_TEXT),
    glosses: z.array(z.string().min(1).max(128)).max(512),
    /** Model confidence in [0, 1]. */
    confidence: z.number().min(0).max(1),
    /** Milliseconds since the Unix epoch when the utterance started (as transcript entries). */
    t: z.number().finite().nonnegative(),
    /** The utterance was cut off (camera stopped, signer left the frame) before it ended. */
    interrupted: z.boolean().optional(),
  })
  .strict()
  .refine((c) => c.kind === 'partial' || c.text.trim() !== '', {
    message: 'a final caption needs text: send nothing when the model recognized nothing',
    path: ['text'],
  });
export type SltCaption = z.infer<typeof SltCaptionSchema>;
export type FinalCaption = SltCaption & { readonly kind: 'final' };

export const sltChannels = {
  'slt.caption': event(SltCaptionSchema),
  /**
   * Test hook: main publishes the caption as the SLT service would. Refused unless the app runs
   * with --debug-tasks, so the untrusted renderer can never write sign captions.
   */
  'debug.sltCaption': invoke(
    SltCaptionSchema,
    z.object({ entryId: z.string().optional() }).strict(),
  ),
} as const;
