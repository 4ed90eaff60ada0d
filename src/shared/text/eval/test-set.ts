/**
 * A text → gloss test set: English sentences with reference glosses written by the team, each
 * tagged with a category (numbers, times, negation, …) and the setting it comes from. Stored as
 * TSV so reviewers can read and edit it: `category  setting  english  reference`, a header row,
 * `#` comment lines and blank lines ignored.
 */
import { tsvRows } from '../tsv';

export interface GlossTestItem {
  readonly category: string;
  readonly setting: string;
  readonly english: string;
  /** Space-separated reference glosses. */
  readonly reference: string;
  /** 1-based line in the file, for messages. */
  readonly line: number;
}

const COLUMNS = ['category', 'setting', 'english', 'reference'] as const;
/** Categories and settings are lowercase words joined by hyphens ("questions-yn"). */
const TAG = /^[a-z][a-z0-9-]*$/;

/** Parses the TSV; throws naming the file, the line and what was wrong. */
export function parseGlossTestSet(text: string, name = 'test set'): GlossTestItem[] {
  const items: GlossTestItem[] = [];
  for (const { cells, line } of tsvRows(text, COLUMNS, name)) {
    if (cells.length !== COLUMNS.length)
      throw new Error(
        `${name}:${line}: ${cells.length} tab-separated cells, expected ${COLUMNS.length} (${COLUMNS.join(', ')})`,
      );
    const [category = '', setting = '', english = '', reference = ''] = cells;
    for (const [what, v] of [
      ['category', category],
      ['setting', setting],
    ] as const) {
      if (!TAG.test(v))
        throw new Error(
          `${name}:${line}: ${what} ${JSON.stringify(v)} is not lowercase words joined by hyphens`,
        );
    }
    if (english === '' || reference === '')
      throw new Error(`${name}:${line}: the English sentence and the reference must not be empty`);
    items.push({ category, setting, english, reference, line });
  }
  return items;
}
