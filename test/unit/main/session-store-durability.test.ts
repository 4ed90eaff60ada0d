/**
 * Issue 18 #3, #4: every acknowledged transcript entry is on disk as a whole record after a crash
 * mid-write (torn tail) or a full disk, and a failed append reaches the caller as a typed error.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/node/logger';
import type { Logger } from '../../../src/node/logger';
import { createDispatch } from '../../../src/main/services/router';
import type { Handlers } from '../../../src/main/services/router';
import { SessionStore } from '../../../src/main/store/session-store';
import type { WriteIo } from '../../../src/node/fs/atomic-write';
import { INVOKE_NAMES } from '../../../src/shared/ipc/contract';
import { KindedError } from '../../../src/shared/ipc/result';

const dirs: string[] = [];
function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-durable-'));
  dirs.push(d);
  return d;
}
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const sessionFile = (dir: string, id: string) => path.join(dir, 'transcripts', `${id}.jsonl`);
const texts = (s: SessionStore) => s.list().map((e) => e.text);
const tornFiles = (dir: string) =>
  fs
    .readdirSync(path.join(dir, 'transcripts'))
    .filter((f) => f.includes('.torn'))
    .sort();

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, log: (level, message) => lines.push(`${level} ${message}`) };
}

/** Every line of the file ends in a newline and parses: nothing for the next record to glue onto. */
function expectWholeRecords(file: string): void {
  const text = fs.readFileSync(file, 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  for (const line of text.slice(0, -1).split('\n')) expect(() => JSON.parse(line)).not.toThrow();
}

describe('SessionStore: torn tail (crash mid-write)', () => {
  it('moves a half-written last line aside before appending, so the next entry survives', () => {
    const dir = tmp();
    const a = new SessionStore(dir, silentLogger);
    a.append({ side: 'speaker', text: 'one' });
    a.close();
    const file = sessionFile(dir, a.sessionId);
    const torn = '{"id":"e2","t":1,"side":"spea';
    fs.appendFileSync(file, torn);

    const log = recordingLogger();
    const b = new SessionStore(dir, log);
    const two = b.append({ side: 'speaker', text: 'two' });
    b.close();
    expectWholeRecords(file);
    expect(texts(new SessionStore(dir, silentLogger))).toEqual(['one', 'two']);
    expect(tornFiles(dir)).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, 'transcripts', tornFiles(dir)[0] ?? ''), 'utf8')).toBe(
      torn,
    );
    expect(log.lines.some((l) => l.startsWith('warn') && l.includes('.torn'))).toBe(true);

    // Ids never repeat, not even the torn line's: a restart must not hand out e2's id again.
    const c = new SessionStore(dir, silentLogger);
    const three = c.append({ side: 'speaker', text: 'three' });
    expect(new Set(['e1', 'e2', two.id, three.id]).size).toBe(4);
  });

  it('keeps the first torn file when a second crash tears the tail again', () => {
    const dir = tmp();
    const a = new SessionStore(dir, silentLogger);
    a.append({ side: 'speaker', text: 'one' });
    a.close();
    const file = sessionFile(dir, a.sessionId);
    fs.appendFileSync(file, 'first torn');
    new SessionStore(dir, silentLogger).append({ side: 'speaker', text: 'two' });
    fs.appendFileSync(file, 'second torn');
    new SessionStore(dir, silentLogger).append({ side: 'speaker', text: 'three' });

    const kept = tornFiles(dir).map((f) =>
      fs.readFileSync(path.join(dir, 'transcripts', f), 'utf8'),
    );
    expect(kept.sort()).toEqual(['first torn', 'second torn']);
    expect(texts(new SessionStore(dir, silentLogger))).toEqual(['one', 'two', 'three']);
  });

  it('moves aside an unparsable last record (an old glued line) and keeps its bytes', () => {
    const dir = tmp();
    const a = new SessionStore(dir, silentLogger);
    a.append({ side: 'speaker', text: 'one' });
    a.close();
    const file = sessionFile(dir, a.sessionId);
    const glued =
      '{"id":"e2","t":1,"si{"id":"e3","t":2,"durationMs":0,"side":"speaker","text":"x"}';
    fs.appendFileSync(file, `${glued}\n`);
    new SessionStore(dir, silentLogger).append({ side: 'speaker', text: 'two' });
    expectWholeRecords(file);
    expect(tornFiles(dir)).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, 'transcripts', tornFiles(dir)[0] ?? ''), 'utf8')).toBe(
      `${glued}\n`,
    );
    expect(texts(new SessionStore(dir, silentLogger))).toEqual(['one', 'two']);
  });

  it('completes a last record that lacks only its newline instead of dropping it', () => {
    const dir = tmp();
    const a = new SessionStore(dir, silentLogger);
    a.append({ side: 'speaker', text: 'one' });
    a.close();
    const file = sessionFile(dir, a.sessionId);
    fs.appendFileSync(file, '{"id":"e2","t":1,"durationMs":0,"side":"speaker","text":"two"}');
    const b = new SessionStore(dir, silentLogger);
    expect(texts(b)).toEqual(['one', 'two']);
    b.append({ side: 'speaker', text: 'three' });
    expectWholeRecords(file);
    expect(tornFiles(dir)).toEqual([]);
    expect(texts(new SessionStore(dir, silentLogger))).toEqual(['one', 'two', 'three']);
  });
});

/** Node's own fs, except that once `room` is set the disk holds only that many more bytes. */
function fullDisk(): { io: WriteIo; room: number } {
  const disk = {
    room: Number.POSITIVE_INFINITY,
    io: {
      write(fd: number, bytes: Uint8Array, offset: number, length: number): number {
        if (disk.room <= 0)
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
            code: 'ENOSPC',
            errno: -28,
            syscall: 'write',
          });
        // Like a nearly full disk: writes what fits and reports fewer bytes than asked.
        const n = fs.writeSync(fd, bytes, offset, Math.min(length, disk.room));
        disk.room -= n;
        return n;
      },
      fsync: (fd: number) => fs.fsyncSync(fd),
      truncate: (fd: number, length: number) => fs.ftruncateSync(fd, length),
      size: (fd: number) => fs.fstatSync(fd).size,
    },
  };
  return disk;
}

describe('SessionStore: disk full', () => {
  it('acknowledges nothing partial, reports disk-full, keeps what was written', () => {
    const dir = tmp();
    const disk = fullDisk();
    const s = new SessionStore(dir, silentLogger, { io: disk.io });
    s.append({ side: 'speaker', text: 'one' });
    const file = sessionFile(dir, s.sessionId);
    const before = fs.readFileSync(file, 'utf8');

    disk.room = 10;
    let thrown: unknown;
    try {
      s.append({ side: 'speaker', text: 'two: this entry does not fit' });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(KindedError);
    expect((thrown as KindedError).kind).toBe('disk-full');
    expect((thrown as KindedError).message).toMatch(/disk full.*not saved.*\d+ bytes/);
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
    expect(texts(s)).toEqual(['one']);

    disk.room = Number.POSITIVE_INFINITY; // space freed
    s.append({ side: 'speaker', text: 'three' });
    expectWholeRecords(file);
    expect(texts(new SessionStore(dir, silentLogger))).toEqual(['one', 'three']);
  });

  it('reaches an IPC caller as a typed disk-full error, not a crash', async () => {
    const dir = tmp();
    const disk = fullDisk();
    const store = new SessionStore(dir, silentLogger, { io: disk.io });
    const handlers = Object.fromEntries(
      INVOKE_NAMES.map((n) => [n, () => ({})]),
    ) as unknown as Handlers;
    handlers['transcript.append'] = (e) => store.append(e);
    const dispatch = createDispatch(handlers, silentLogger);
    disk.room = 0;
    const r = await dispatch('transcript.append', { side: 'speaker', text: 'hello' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.kind).toBe('disk-full');
    expect(!r.ok && r.error.message).toMatch(/disk full/);
  });
});

describe('SessionStore: start-up', () => {
  it('skips a folder named like the newest session file, with a log line', () => {
    const dir = tmp();
    const a = new SessionStore(dir, silentLogger);
    a.append({ side: 'speaker', text: 'kept' });
    a.close();
    const folder = sessionFile(dir, '2999-01-01T00-00-00-000Z');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'x'), 'not a transcript');

    const log = recordingLogger();
    const b = new SessionStore(dir, log);
    expect(b.sessionId).toBe(a.sessionId);
    expect(texts(b)).toEqual(['kept']);
    expect(log.lines.some((l) => l.includes('2999-01-01T00-00-00-000Z.jsonl'))).toBe(true);
  });
});
