import { z } from 'zod';

export const SIDES = ['signer', 'speaker', 'system'] as const;
export type Side = (typeof SIDES)[number];

/** Longest text one transcript entry may hold; longer input is refused, not truncated. */
export const MAX_ENTRY_TEXT = 4000;

/**
 * How an entry was produced. `typed` and `quick-reply` are the signer's own written replies,
 * `sign` a caption the sign → text model made (appended by main only), `speech` a spoken
 * message. Entries written before this field existed have none: readers treat them as unknown.
 */
export const ENTRY_SOURCES = ['typed', 'quick-reply', 'sign', 'speech'] as const;
export type EntrySource = (typeof ENTRY_SOURCES)[number];

export const TranscriptEntrySchema = z
  .object({
    id: z.string().min(1).max(64),
    /** Milliseconds since the Unix epoch when the utterance started. */
    t: z.number().finite().nonnegative(),
    /** Duration in ms (0 when unknown): used for subtitle export timing. */
    durationMs: z.number().finite().nonnegative(),
    side: z.enum(SIDES),
    text: z.string().min(1).max(MAX_ENTRY_TEXT),
    /** Model confidence in [0, 1] for signer captions; absent for typed text. */
    confidence: z.number().min(0).max(1).optional(),
    /** The gloss sequence the avatar signed, for speaker entries. */
    glosses: z.array(z.string().max(128)).max(512).optional(),
    /** How the entry was produced; absent in transcripts from before the field existed. */
    source: z.enum(ENTRY_SOURCES).optional(),
    /** A sign caption whose utterance was cut off before the signer finished. */
    interrupted: z.boolean().optional(),
  })
  .strict();
export type TranscriptEntry = z.infer<typeof TranscriptEntrySchema>;

export const NewEntrySchema = TranscriptEntrySchema.omit({
  id: true,
  t: true,
  durationMs: true,
}).extend({
  t: z.number().finite().nonnegative().optional(),
  durationMs: z.number().finite().nonnegative().optional(),
});
export type NewEntry = z.infer<typeof NewEntrySchema>;
