/**
 * The transcript, written as it happens: one JSON line per entry, appended and fsynced before
 * the call returns, so after a crash or `kill -9` every acknowledged entry is on disk. Sessions
 * are files named by start time; on start-up the newest one is resumed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { KindedError } from '../../shared/ipc/result';
import { NewEntrySchema, TranscriptEntrySchema } from '../../shared/transcript/entry';
import type { NewEntry, TranscriptEntry } from '../../shared/transcript/entry';
import type { Logger } from '../pool/logger';

const EXT = '.jsonl';
const SESSION_ID = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(-\d+)?$/;

export class SessionStore {
  private readonly dir: string;
  private sessionIdValue: string;
  private entries: TranscriptEntry[] = [];
  /** Lines in the session file, readable or not: entry ids never repeat. */
  private lineCount = 0;
  private fd: number | undefined;
  private readonly listeners = new Set<(e: TranscriptEntry) => void>();

  constructor(
    dataDir: string,
    private readonly logger: Logger,
  ) {
    this.dir = path.join(dataDir, 'transcripts');
    fs.mkdirSync(this.dir, { recursive: true });
    const latest = this.sessionFiles().at(-1);
    this.sessionIdValue = latest ?? this.freshId();
    this.entries = latest ? this.read(latest) : [];
  }

  get sessionId(): string {
    return this.sessionIdValue;
  }

  list(): TranscriptEntry[] {
    return [...this.entries];
  }

  append(input: NewEntry): TranscriptEntry {
    const parsed = NewEntrySchema.safeParse(input);
    if (!parsed.success)
      throw new KindedError('invalid-request', `invalid transcript entry: ${parsed.error.message}`);
    const e = parsed.data;
    const entry: TranscriptEntry = TranscriptEntrySchema.parse({
      ...e,
      id: `e${this.lineCount + 1}`,
      t: e.t ?? Date.now(),
      durationMs: e.durationMs ?? 0,
    });
    const line = `${JSON.stringify(entry)}\n`;
    this.fd ??= fs.openSync(this.file(this.sessionIdValue), 'a');
    fs.writeSync(this.fd, line);
    fs.fsyncSync(this.fd);
    this.entries.push(entry);
    this.lineCount++;
    for (const l of this.listeners) l(entry);
    return entry;
  }

  newSession(): string {
    this.close();
    this.sessionIdValue = this.freshId();
    this.entries = [];
    this.lineCount = 0;
    return this.sessionIdValue;
  }

  onAppend(listener: (e: TranscriptEntry) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }

  private file(id: string): string {
    return path.join(this.dir, `${id}${EXT}`);
  }

  private sessionFiles(): string[] {
    return fs
      .readdirSync(this.dir)
      .filter((f) => f.endsWith(EXT) && SESSION_ID.test(f.slice(0, -EXT.length)))
      .map((f) => f.slice(0, -EXT.length))
      .sort();
  }

  private freshId(): string {
    const base = new Date().toISOString().replace(/[:.]/g, '-');
    let id = base;
    for (let n = 1; fs.existsSync(this.file(id)) || id === this.sessionIdValue; n++)
      id = `${base}-${n}`;
    return id;
  }

  /** Reads a session; a line cut short by a crash mid-write is skipped with a warning. */
  private read(id: string): TranscriptEntry[] {
    const lines = fs.readFileSync(this.file(id), 'utf8').split('\n');
    const out: TranscriptEntry[] = [];
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      this.lineCount++;
      try {
        out.push(TranscriptEntrySchema.parse(JSON.parse(line)));
      } catch (e) {
        this.logger.log(
          'warn',
          `transcript ${id} line ${i + 1} is unreadable and was skipped: ${e instanceof Error ? e.message : String(e)}`,
        );
      }
    });
    return out;
  }
}
