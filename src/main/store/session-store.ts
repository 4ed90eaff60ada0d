/**
 * The transcript, written as it happens: one JSON line per entry, appended whole and fsynced
 * before the call returns, so after a crash or `kill -9` every acknowledged entry is on disk.
 * A failed append (disk full) leaves nothing partial and throws a typed error; a torn tail left by
 * a crash is moved aside before the first append. Sessions are files named by start time; on
 * start-up the newest one is resumed, or (the app: `start: 'fresh'`) a new, empty one begins so
 * the next person never sees the previous one's words. Earlier sessions are kept on disk as the
 * retention policy says (retention.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { KindedError } from '../../shared/ipc/result';
import { NewEntrySchema, TranscriptEntrySchema } from '../../shared/transcript/entry';
import type { NewEntry, TranscriptEntry } from '../../shared/transcript/entry';
import type { Logger } from '../../node/logger';
import { appendWhole, nodeIo } from '../../node/fs/atomic-write';
import type { WriteIo } from '../../node/fs/atomic-write';
import type { TranscriptRetention } from '../../shared/settings/schema';
import { pruneTranscripts } from './retention';
import { repairTornTail } from './torn-tail';
import { saveError } from './write-error';

const EXT = '.jsonl';
const SESSION_ID = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(-\d+)?$/;
const ENTRY_ID = /^e(\d+)$/;

export interface SessionStoreOptions {
  /** The fs calls appends go through (tests inject a full disk). */
  readonly io?: WriteIo;
  /** 'resume' (default) continues the newest session; 'fresh' starts an empty one. */
  readonly start?: 'resume' | 'fresh';
  /** Deletes earlier sessions this policy does not keep, before the first session opens. */
  readonly retention?: TranscriptRetention;
  /** The clock retention measures ages by, ms since the epoch (tests). */
  readonly now?: () => number;
}

function isEntryLine(line: string): boolean {
  try {
    return TranscriptEntrySchema.safeParse(JSON.parse(line)).success;
  } catch {
    return false;
  }
}

export class SessionStore {
  private readonly dir: string;
  private sessionIdValue: string;
  private entries: TranscriptEntry[] = [];
  /**
   * The last entry number used: at least the lines in the file (readable or not) and the highest
   * id read, so ids never repeat even after torn lines are moved out of the file.
   */
  private lastSeq = 0;
  private fd: number | undefined;
  private readonly listeners = new Set<(e: TranscriptEntry) => void>();
  private readonly io: WriteIo;
  private readonly now: () => number;

  constructor(
    dataDir: string,
    private readonly logger: Logger,
    opts: SessionStoreOptions = {},
  ) {
    this.io = opts.io ?? nodeIo;
    this.dir = path.join(dataDir, 'transcripts');
    this.now = opts.now ?? Date.now;
    fs.mkdirSync(this.dir, { recursive: true });
    const latest = opts.start === 'fresh' ? undefined : this.sessionFiles().at(-1);
    this.sessionIdValue = latest ?? this.freshId();
    if (opts.retention !== undefined) this.applyRetention(opts.retention);
    this.entries = latest ? this.read(latest) : [];
  }

  /** Deletes the earlier sessions `policy` does not keep; never the one in progress. */
  applyRetention(policy: TranscriptRetention): string[] {
    return pruneTranscripts(this.dir, policy, {
      current: this.sessionIdValue,
      now: this.now(),
      logger: this.logger,
    }).deleted;
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
      id: `e${this.lastSeq + 1}`,
      t: e.t ?? Date.now(),
      durationMs: e.durationMs ?? 0,
    });
    const bytes = Buffer.from(`${JSON.stringify(entry)}\n`, 'utf8');
    try {
      appendWhole(this.openForAppend(), bytes, this.io);
    } catch (err) {
      // Reopening repairs the tail, should cutting back the failed write have failed too.
      this.dropFd();
      const error = saveError(
        { what: 'transcript entry', bytes: bytes.length, dir: this.dir },
        err,
      );
      this.logger.log('error', `transcript ${this.sessionIdValue}: ${error.message}`);
      throw error;
    }
    this.entries.push(entry);
    this.lastSeq++;
    for (const l of this.listeners) l(entry);
    return entry;
  }

  newSession(): string {
    this.close();
    this.sessionIdValue = this.freshId();
    this.entries = [];
    this.lastSeq = 0;
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

  /** Opens the session file for appending; the first time, cuts a torn tail off it. */
  private openForAppend(): number {
    if (this.fd !== undefined) return this.fd;
    const file = this.file(this.sessionIdValue);
    const fd = fs.openSync(file, 'a');
    try {
      if (this.io.size(fd) > 0) repairTornTail(fd, file, isEntryLine, this.io, this.logger);
    } catch (e) {
      fs.closeSync(fd);
      throw e;
    }
    this.fd = fd;
    return fd;
  }

  private dropFd(): void {
    const fd = this.fd;
    this.fd = undefined;
    try {
      if (fd !== undefined) fs.closeSync(fd);
    } catch {
      // Already failing: the write error is the one to report.
    }
  }

  private file(id: string): string {
    return path.join(this.dir, `${id}${EXT}`);
  }

  /** Session ids with a regular file; anything else named like one is skipped with a warning. */
  private sessionFiles(): string[] {
    const ids: string[] = [];
    for (const d of fs.readdirSync(this.dir, { withFileTypes: true })) {
      if (!d.name.endsWith(EXT) || !SESSION_ID.test(d.name.slice(0, -EXT.length))) continue;
      if (d.isFile()) ids.push(d.name.slice(0, -EXT.length));
      else
        this.logger.log(
          'warn',
          `transcripts: skipping ${path.join(this.dir, d.name)}: not a regular file (expected a session .jsonl file)`,
        );
    }
    return ids.sort();
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
      this.lastSeq++;
      try {
        const entry = TranscriptEntrySchema.parse(JSON.parse(line));
        const seq = Number(ENTRY_ID.exec(entry.id)?.[1] ?? 0);
        if (Number.isSafeInteger(seq)) this.lastSeq = Math.max(this.lastSeq, seq);
        out.push(entry);
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
