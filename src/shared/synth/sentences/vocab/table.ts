import type { Setting } from '../types';

/**
 * Vocabulary is written as small text tables (one row per word, columns split by '|') so a
 * linguist can read and extend it; rows whose keyword the pack's lexicon lacks are skipped.
 */
export function rows(table: string): string[][] {
  return table
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => l.split('|').map((c) => c.trim()));
}

/** "a,b" → ['a', 'b']; '' → []. */
export function alts(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const SETTING_LETTERS: Readonly<Record<string, Setting>> = {
  c: 'counter',
  h: 'home',
  k: 'classroom',
};

/** "ch" → counter and home; '' → every setting. */
export function settingsOf(cell: string | undefined): ReadonlySet<Setting> {
  const letters = (cell ?? '').replace(/[^chk]/g, '');
  const chosen = (letters === '' ? 'chk' : letters).split('').map((l) => SETTING_LETTERS[l]);
  return new Set(chosen.filter((s): s is Setting => s !== undefined));
}
