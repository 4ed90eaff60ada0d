import { z } from 'zod';

/**
 * How a sign in the output was found:
 * - `sign`: the lexicon has the word (or phrase) as a keyword;
 * - `synonym`: WordNet gave a synonym or broader word that the lexicon has;
 * - `nearest`: the lexicon keyword closest in word-vector space, above the tuned threshold;
 * - `fingerspelled`: none of those; the gloss is `fs-` plus the letters;
 * - `model`: a learned text → gloss model produced it (no word alignment: `from` is the sentence).
 */
export const RESOLUTIONS = ['sign', 'synonym', 'nearest', 'fingerspelled', 'model'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

/**
 * Grammar carried on the face and head (see english/grammar.ts for the scheme); declared only
 * here: motion/nonmanual/spans.ts makes each one on the avatar.
 */
export const NON_MANUAL_TYPES = ['yn-question', 'wh-question', 'negation', 'topic'] as const;
export type NonManualType = (typeof NON_MANUAL_TYPES)[number];

/** Glosses that spell a word letter by letter start with this (fs-JOHN). */
export const FINGERSPELL_PREFIX = 'fs-';

export const T2gSignSchema = z
  .object({
    gloss: z.string().min(1).max(256),
    resolved: z.enum(RESOLUTIONS),
    /** The source word or words this sign comes from, as typed ("thank you", "$25", "3:30 pm"). */
    from: z.string().max(1024),
  })
  .strict();
export type T2gSign = z.infer<typeof T2gSignSchema>;

/** A non-manual marker over signs `start` (inclusive) to `end` (exclusive), indices into `signs`. */
export const NonManualSpanSchema = z
  .object({
    type: z.enum(NON_MANUAL_TYPES),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  })
  .strict()
  .refine((s) => s.start < s.end, { message: 'start must be below end (end is exclusive)' });
export type NonManualSpan = z.infer<typeof NonManualSpanSchema>;

/** Text → gloss for one input (any number of sentences): what the CLI prints with --json and the UI shows. */
export const T2gResultSchema = z
  .object({
    signs: z.array(T2gSignSchema),
    nonManual: z.array(NonManualSpanSchema),
  })
  .strict()
  .superRefine((r, ctx) => {
    r.nonManual.forEach((s, i) => {
      if (s.end > r.signs.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['nonManual', i, 'end'],
          message: `end ${s.end} is past the ${r.signs.length} signs (end is exclusive, at most signs.length)`,
        });
      }
    });
  });
export type T2gResult = z.infer<typeof T2gResultSchema>;

/** The glosses as one line, space-separated: the file mode's output and the eval hypothesis. */
export function glossLine(result: T2gResult): string {
  return result.signs.map((s) => s.gloss).join(' ');
}
