import { z } from 'zod';
import { invoke } from '../define';
import { ClipWireSchema } from '../clip-wire';
import { T2gResultSchema } from '../../text/result';

export const UnresolvedSchema = z.object({ gloss: z.string(), reason: z.string() }).strict();

export const SlpResultSchema = z
  .object({
    packId: z.string(),
    /** How each word became a sign (sign, synonym, nearest, fingerspelled, model). */
    t2g: T2gResultSchema,
    /** Glosses that could not be signed, with the reason; the rest are in the clip. */
    unresolved: z.array(UnresolvedSchema),
    /** Absent when nothing could be signed. */
    clip: ClipWireSchema.optional(),
    timings: z.object({ t2gMs: z.number(), synthMs: z.number() }).strict(),
  })
  .strict();
export type SlpResult = z.infer<typeof SlpResultSchema>;

export const AvatarSourceSchema = z
  .object({
    name: z.string(),
    kind: z.enum(['default', 'user']),
    /** Where the page fetches it from (the default avatar, served by the app itself). */
    url: z.string().optional(),
    /** The file's bytes (a user's avatar, read by main from the path in settings). */
    base64: z.string().optional(),
    /** Why the user's avatar could not be used, when main fell back to the default one. */
    problem: z.string().optional(),
  })
  .strict();
export type AvatarSource = z.infer<typeof AvatarSourceSchema>;

export const slpChannels = {
  /** Text → gloss → motion clip, with the speak pack from settings (or the one named). */
  'slp.say': invoke(
    z.object({ text: z.string().min(1).max(4000), packId: z.string().max(64).optional() }).strict(),
    SlpResultSchema,
  ),
  /** Which avatar file to load: the user's choice from settings, or the bundled default. */
  'avatar.get': invoke(z.object({}).strict(), AvatarSourceSchema),
} as const;
