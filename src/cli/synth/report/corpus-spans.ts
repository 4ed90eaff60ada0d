import fs from 'node:fs/promises';
import path from 'node:path';

/** A gloss that is fingerspelled (docs/corpus.md, `slp`: `fs-` prefix). */
const FINGERSPELLED = /^fs-/i;

/**
 * Fingerspelled frame spans per pose file name (`<id>.pose`), from the corpus's corpus.jsonl;
 * an empty map when the folder has none (e.g. a folder of `slp` outputs).
 */
export async function fingerspellingSpans(
  corpusDir: string,
): Promise<Map<string, [number, number][]>> {
  const spans = new Map<string, [number, number][]>();
  let text: string;
  try {
    text = await fs.readFile(path.join(corpusDir, 'corpus.jsonl'), 'utf8');
  } catch {
    return spans;
  }
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let rec: { id?: unknown; glosses?: unknown };
    try {
      rec = JSON.parse(line) as typeof rec;
    } catch (e) {
      throw new Error(
        `corpus.jsonl line ${i + 1} is not JSON (${(e as Error).message}); expected one record per line`,
        { cause: e },
      );
    }
    if (typeof rec.id !== 'string' || !Array.isArray(rec.glosses)) return;
    const fsSpans = (rec.glosses as { gloss?: unknown; start?: unknown; end?: unknown }[])
      .filter(
        (g) =>
          typeof g.gloss === 'string' &&
          FINGERSPELLED.test(g.gloss) &&
          typeof g.start === 'number' &&
          typeof g.end === 'number',
      )
      .map((g) => [g.start as number, g.end as number] as [number, number]);
    if (fsSpans.length > 0) spans.set(`${rec.id}.pose`, fsSpans);
  });
  return spans;
}
