/**
 * Recorded signs: a gloss signed by a person, as a Holistic `.pose` clip (pose-format). A pack
 * lists them in its lexicon index (`recordings`, files with role `pose-clip`); `cli slp
 * --recordings` reads an index.csv in the layout of spoken-to-signed-translation's dictionaries
 * (path, spoken_language, signed_language, start, end, words, glosses, priority; start and end in
 * milliseconds) in place. Motion retargets them (src/shared/motion/retarget).
 */
import { z } from 'zod';
import { GlossSchema, lexiconFileSchema } from './fields';

export const RecordingEntrySchema = z
  .object({
    gloss: GlossSchema,
    /** The clip, relative to the lexicon folder. */
    file: lexiconFileSchema('pose'),
    /** The sign's span inside the clip, seconds (default: all of it). */
    start: z.number().min(0).optional(),
    end: z.number().positive().optional(),
  })
  .strict()
  .refine((r) => r.start === undefined || r.end === undefined || r.end > r.start, {
    message: 'end must be after start',
    path: ['end'],
  });
export type RecordingEntry = z.infer<typeof RecordingEntrySchema>;

const CSV_COLUMNS = ['path', 'signed_language', 'start', 'end', 'glosses'] as const;
const MS_PER_SECOND = 1000;

/**
 * The rows of an index.csv for one sign language (rows of other languages are skipped), as
 * recording entries; a file's path stays relative to the index. Throws, naming the file, the line
 * and the column, on a missing column or a bad number.
 */
export function parseRecordingIndexCsv(
  text: string,
  name: string,
  signLanguage: string,
): RecordingEntry[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split(',').map((h) => h.trim());
  const col = Object.fromEntries(
    CSV_COLUMNS.map((c) => {
      const i = header.indexOf(c);
      if (i < 0)
        throw new Error(
          `${name}: no "${c}" column; expected a header with ${CSV_COLUMNS.join(', ')} (found: ${header.join(', ') || 'nothing'})`,
        );
      return [c, i];
    }),
  ) as Record<(typeof CSV_COLUMNS)[number], number>;
  const out: RecordingEntry[] = [];
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    const cells = line.split(',');
    if (cells[col.signed_language]?.trim() !== signLanguage) return;
    const ms = (c: 'start' | 'end'): number | undefined => {
      const raw = cells[col[c]]?.trim() ?? '';
      if (raw === '') return undefined;
      const v = Number(raw);
      if (!Number.isFinite(v) || v < 0)
        throw new Error(`${name}:${i + 2}: ${c} is "${raw}"; expected milliseconds ≥ 0`);
      return v / MS_PER_SECOND;
    };
    const gloss = (cells[col.glosses] ?? '').trim().toUpperCase();
    const file = (cells[col.path] ?? '').trim();
    const end = ms('end');
    const parsed = RecordingEntrySchema.safeParse({
      gloss,
      file,
      start: ms('start'),
      end: end === 0 ? undefined : end,
    });
    if (!parsed.success)
      throw new Error(
        `${name}:${i + 2}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`,
      );
    out.push(parsed.data);
  });
  return out;
}
