/** Fields that a lexicon's SiGML entries and its recorded signs declare alike. */
import { z } from 'zod';

const NO_SPACE = /^\S+$/;

/** A sign's gloss: any gloss without spaces (imported lexicons keep their source's glosses). */
export const GlossSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(NO_SPACE, 'a gloss without spaces, e.g. "THANK-YOU"');

/**
 * A relative POSIX path to a `.<extension>` file inside the lexicon folder: no "..", no
 * backslashes, no leading slash.
 */
export function lexiconFileSchema(extension: string): z.ZodString {
  const pattern = new RegExp(`^(?!/)(?!.*(^|/)\\.\\.(/|$))[^\\\\\\0]+\\.${extension}$`);
  return z
    .string()
    .min(1)
    .max(256)
    .regex(pattern, `a relative path to a .${extension} file, without ".."`);
}
