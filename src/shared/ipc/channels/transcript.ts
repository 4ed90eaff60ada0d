import { z } from 'zod';
import { event, invoke } from '../define';
import { NewEntrySchema, TranscriptEntrySchema } from '../../transcript/entry';
import { EXPORT_FORMATS } from '../../transcript/export';

export const transcriptChannels = {
  'transcript.list': invoke(
    z.object({}).strict(),
    z.object({ sessionId: z.string(), entries: z.array(TranscriptEntrySchema) }).strict(),
  ),
  'transcript.append': invoke(NewEntrySchema, TranscriptEntrySchema),
  /** Starts a new session file; the previous one stays on disk. */
  'transcript.newSession': invoke(
    z.object({}).strict(),
    z.object({ sessionId: z.string() }).strict(),
  ),
  'transcript.export': invoke(
    z.object({ format: z.enum(EXPORT_FORMATS) }).strict(),
    z.object({ filename: z.string(), mime: z.string(), content: z.string() }).strict(),
  ),
  'transcript.entry': event(TranscriptEntrySchema),
} as const;
