import { z } from 'zod';
import { GlossSchema, lexiconFileSchema } from './fields';
import { RecordingEntrySchema } from './recordings';

/** Name of a pack lexicon's index, beside its SiGML files (pack role `lexicon-index`). */
export const LEXICON_INDEX_FILE = 'index.json';
export const LEXICON_INDEX_SCHEMA_VERSION = 1;

/**
 * Gloss convention of the team's own lexicons (ASL gloss style): uppercase words joined by
 * hyphens, digits allowed ("THANK-YOU", "HOW-MUCH", "IX-3"). The schema itself accepts any
 * gloss without spaces, because imported lexicons keep their source's glosses ("ABOVE1^").
 */
export const CONVENTIONAL_GLOSS = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/;

/** ISO 639-3: three lowercase letters (ase = ASL, gsg = DGS, bfi = BSL). */
const ISO_639_3 = /^[a-z]{3}$/;
/** BCP 47, the common shapes: language, optional script, optional region or UN M.49 code. */
const BCP_47 = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/;
const ONE_LINE = /^[^\r\n]+$/;
const CATEGORY = /^[a-z][a-z0-9-]*$/;

/**
 * A keyword is a spoken-language lemma or phrase that maps to the sign: lowercase, trimmed,
 * single spaces ("thank you", "how much", "don't know").
 */
export const KeywordSchema = z
  .string()
  .min(1)
  .max(64)
  .refine((k) => k === k.toLowerCase(), 'lowercase (e.g. "thank you", not "Thank you")')
  .refine(
    (k) => k === k.trim() && !/\s{2,}|[\t\r\n]/.test(k),
    'trimmed, words separated by one space',
  );

export const LexiconEntrySchema = z
  .object({
    /** The sign's gloss: equal to the `gloss` attribute of its <hns_sign>. */
    gloss: GlossSchema,
    /** The SiGML file holding the sign, relative to the lexicon folder. */
    file: lexiconFileSchema('sigml'),
    keywords: z.array(KeywordSchema).min(1).max(32),
    category: z
      .string()
      .min(1)
      .max(64)
      .regex(CATEGORY, 'lowercase letters, digits and dashes, e.g. "time"'),
    /** One plain-language line describing the form (handshape, location, movement) for review by a signer. */
    description: z.string().min(10).max(400).regex(ONE_LINE, 'one line of text'),
  })
  .strict();
export type LexiconEntry = z.infer<typeof LexiconEntrySchema>;

export const LexiconIndexSchema = z
  .object({
    schemaVersion: z.literal(LEXICON_INDEX_SCHEMA_VERSION),
    signLanguage: z.string().regex(ISO_639_3, 'an ISO 639-3 code such as "ase"'),
    spokenLanguage: z.string().regex(BCP_47, 'a BCP 47 tag such as "en" or "en-US"'),
    description: z.string().max(2000).optional(),
    entries: z.array(LexiconEntrySchema).min(1),
    /** Recorded signs (recordings.ts): `slp` signs these glosses from the recording, not SiGML. */
    recordings: z.array(RecordingEntrySchema).optional(),
  })
  .strict()
  .superRefine((index, ctx) => {
    const seen = new Map<string, number>();
    index.entries.forEach((e, i) => {
      const first = seen.get(e.gloss);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['entries', i, 'gloss'],
          message: `gloss "${e.gloss}" is already entry ${first}; glosses are unique`,
        });
      } else seen.set(e.gloss, i);
      const keywords = new Set<string>();
      e.keywords.forEach((k, j) => {
        if (keywords.has(k)) {
          ctx.addIssue({
            code: 'custom',
            path: ['entries', i, 'keywords', j],
            message: `keyword "${k}" is listed twice for "${e.gloss}"`,
          });
        }
        keywords.add(k);
      });
    });
  });
export type LexiconIndex = z.infer<typeof LexiconIndexSchema>;
