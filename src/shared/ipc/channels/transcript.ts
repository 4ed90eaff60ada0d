import { z } from 'zod';
import { event, invoke } from '../define';
import { NewEntrySchema, TranscriptEntrySchema } from '../../transcript/entry';
import { EXPORT_FORMATS } from '../../transcript/export';
import { MAX_REPLY_TEXT } from '../../transcript/reply';

/**
 * What the renderer may append. Sign captions come from the model through main (the renderer is
 * untrusted and must not put words in the signer's mouth), and the signer's written replies keep
 * the reply box's bound even when a page bypasses its `maxlength`.
 */
export const RendererEntrySchema = NewEntrySchema.superRefine((e, ctx) => {
  if (e.source === 'sign') {
    ctx.addIssue({
      code: 'custom',
      path: ['source'],
      message: 'sign captions are appended by main only: use typed, quick-reply or speech',
    });
  }
  const reply = e.side === 'signer' && (e.source === 'typed' || e.source === 'quick-reply');
  if (reply && e.text.length > MAX_REPLY_TEXT) {
    ctx.addIssue({
      code: 'custom',
      path: ['text'],
      message: `a signer reply is ${e.text.length} characters: at most ${MAX_REPLY_TEXT} are allowed`,
    });
  }
});

const SessionStartedSchema = z.object({ sessionId: z.string() }).strict();

export const transcriptChannels = {
  'transcript.list': invoke(
    z.object({}).strict(),
    z.object({ sessionId: z.string(), entries: z.array(TranscriptEntrySchema) }).strict(),
  ),
  'transcript.append': invoke(RendererEntrySchema, TranscriptEntrySchema),
  /** Starts a new session file; the previous one stays on disk as long as retention keeps it. */
  'transcript.newSession': invoke(z.object({}).strict(), SessionStartedSchema),
  'transcript.export': invoke(
    z.object({ format: z.enum(EXPORT_FORMATS) }).strict(),
    z.object({ filename: z.string(), mime: z.string(), content: z.string() }).strict(),
  ),
  'transcript.entry': event(TranscriptEntrySchema),
  /** A new conversation began (from any window): every window clears what it shows. */
  'transcript.session': event(SessionStartedSchema),
} as const;
