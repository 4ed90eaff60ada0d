import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { LexiconEntryKeywords } from '../../../shared/text';

/** Where a pack keeps its keyword index (written by the lexicon tools of the sign-production side). */
export const LEXICON_INDEX_PATH = path.join('lexicon', 'index.json');

/**
 * Only the fields text→gloss needs. The full entry schema ({gloss, file, keywords, category,
 * description}) belongs to the lexicon; unknown fields pass through untouched.
 */
const EntrySchema = z.looseObject({
  gloss: z.string().min(1),
  keywords: z.array(z.string()).default([]),
  category: z.string().optional(),
});
const IndexSchema = z.union([
  z.array(EntrySchema),
  z.looseObject({ entries: z.array(EntrySchema) }).transform((o) => o.entries),
  z.looseObject({ signs: z.array(EntrySchema) }).transform((o) => o.signs),
]);

/** Reads `<packDir>/lexicon/index.json` into gloss ↔ keyword pairs. */
export function readLexiconKeywords(packDir: string): LexiconEntryKeywords[] {
  const file = path.join(packDir, LEXICON_INDEX_PATH);
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`lexicon index ${file}: ${e instanceof Error ? e.message : String(e)}`, {
      cause: e,
    });
  }
  const parsed = IndexSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(
      `lexicon index ${file}: expected an array of {gloss, keywords} entries (or {entries: [...]}): ` +
        parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    );
  }
  return parsed.data.map((e) => ({ gloss: e.gloss, keywords: e.keywords, category: e.category }));
}
