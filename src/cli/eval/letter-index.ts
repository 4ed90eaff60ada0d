/**
 * The clips of a fingerspelling index.csv (spoken-to-signed-translation's dictionary layout:
 * path, spoken_language, signed_language, start, end, words, glosses, priority), read by the
 * header's column names so a reordered file still reads right.
 */
import fs from 'node:fs';
import path from 'node:path';
import { letterOf } from './letters';

export interface LetterClip {
  /** As written in the index (relative to the index's folder). */
  readonly path: string;
  readonly file: string;
  /** letterOf the glosses column (the words column when glosses is empty). */
  readonly label: string;
  /** The part of the clip to read, ms; `end` undefined = to the end. */
  readonly startMs: number;
  readonly endMs: number | undefined;
}

const REQUIRED = ['path', 'signed_language'] as const;

export function readLetterIndex(
  index: string,
  signLanguage: string,
): { clips: LetterClip[]; languages: string[] } {
  const lines = fs
    .readFileSync(index, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const header = (lines[0] ?? '').split(',').map((h) => h.trim());
  const col = (name: string) => header.indexOf(name);
  for (const name of REQUIRED)
    if (col(name) < 0)
      throw new Error(
        `${index}: no column "${name}" in its header (${header.join(', ')}); expected path, signed_language, glosses or words`,
      );
  if (col('glosses') < 0 && col('words') < 0)
    throw new Error(`${index}: neither a "glosses" nor a "words" column (${header.join(', ')})`);
  const languages = new Set<string>();
  const clips: LetterClip[] = [];
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    const cell = (name: string) => (col(name) < 0 ? '' : (cells[col(name)] ?? '').trim());
    const language = cell('signed_language');
    languages.add(language);
    if (language !== signLanguage) continue;
    const rel = cell('path');
    const start = Number(cell('start'));
    const end = Number(cell('end'));
    clips.push({
      path: rel,
      file: path.resolve(path.dirname(index), rel),
      label: letterOf(cell('glosses') || cell('words')),
      startMs: Number.isFinite(start) && start > 0 ? start : 0,
      endMs: Number.isFinite(end) && end > start ? end : undefined,
    });
  }
  return { clips, languages: [...languages].sort() };
}
