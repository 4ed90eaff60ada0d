/** Reading transcript session files as a user would find them on disk after a fault. */
import fs from 'node:fs';
import path from 'node:path';

export const transcriptsDir = (dataDir: string) => path.join(dataDir, 'transcripts');

export function sessionFiles(dataDir: string): string[] {
  const dir = transcriptsDir(dataDir);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => path.join(dir, f));
}

export interface OnDisk {
  /** Texts of the whole records, in file order. */
  readonly texts: string[];
  /** Bytes after the last newline: a record the fault cut short. */
  readonly tornBytes: number;
  /** Newline-terminated lines that do not parse: must be 0, the store writes whole records. */
  readonly badLines: number;
}

export function readSession(file: string): OnDisk {
  const text = fs.readFileSync(file, 'utf8');
  const end = text.lastIndexOf('\n') + 1;
  const texts: string[] = [];
  let badLines = 0;
  for (const line of text.slice(0, end).split('\n')) {
    if (line.trim() === '') continue;
    try {
      texts.push((JSON.parse(line) as { text: string }).text);
    } catch {
      badLines++;
    }
  }
  return { texts, tornBytes: Buffer.byteLength(text.slice(end)), badLines };
}

/** Acknowledged texts missing from the disk, and whether those present keep their order. */
export function compare(acked: readonly string[], onDisk: readonly string[]) {
  const present = new Set(onDisk);
  const lost = acked.filter((t) => !present.has(t)).length;
  const order = onDisk.filter((t) => acked.includes(t));
  return { lost, inOrder: order.every((t, i) => t === acked[i]) };
}
