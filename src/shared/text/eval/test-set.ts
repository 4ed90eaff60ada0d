/**
 * A text → gloss test set: English sentences with reference glosses written by the team, each
 * tagged with a category (numbers, times, negation, …) and the setting it comes from. Stored as
 * TSV so reviewers can read and edit it: `category  setting  english  reference`, a header row,
 * `#` comment lines and blank lines ignored.
 */
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
  let header = false;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const cells = raw.split('\t').map((c) => c.trim());
    if (!header) {
      if (cells.join('\t') !== COLUMNS.join('\t'))
        throw new Error(
          `${name}:${line}: header is ${JSON.stringify(cells)}, expected the tab-separated columns ${COLUMNS.join(', ')}`,
        );
      header = true;
      return;
    }
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
  });
  if (!header) throw new Error(`${name}: no header row (${COLUMNS.join(', ')})`);
  return items;
}
