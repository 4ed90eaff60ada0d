/**
 * The team's reviewable TSV files (test sets, labelled pairs): a header row naming the columns,
 * `#` comment lines and blank lines ignored, cells trimmed.
 */
export interface TsvRow {
  /** The row's cells, trimmed; as many as the line holds (the caller checks the count). */
  readonly cells: string[];
  /** 1-based line in the file, for messages. */
  readonly line: number;
}

/**
 * The data rows of `text` after its header row. Throws naming `name` and the line when the header
 * is not exactly `columns`, and when there is no header row at all.
 */
export function tsvRows(text: string, columns: readonly string[], name: string): TsvRow[] {
  const rows: TsvRow[] = [];
  let header = false;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const cells = raw.split('\t').map((c) => c.trim());
    if (!header) {
      if (cells.join('\t') !== columns.join('\t'))
        throw new Error(
          `${name}:${line}: header is ${JSON.stringify(cells)}, expected the tab-separated columns ${columns.join(', ')}`,
        );
      header = true;
      return;
    }
    rows.push({ cells, line });
  });
  if (!header) throw new Error(`${name}: no header row (${columns.join(', ')})`);
  return rows;
}
