/**
 * Issue 14 item 7: every start is a fresh conversation, and earlier ones are kept on disk as the
 * retention setting says; a bad entry in the folder is skipped with a log line, never a crash.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Logger } from '../../../src/node/logger';
import { silentLogger } from '../../../src/node/logger';
import { pruneTranscripts, RETENTION_30_DAYS_MS } from '../../../src/main/store/retention';
import { SessionStore } from '../../../src/main/store/session-store';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A fixed clock: file times are set relative to it. */
const NOW = Date.UTC(2031, 5, 1);

const dirs: string[] = [];
function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-retention-'));
  dirs.push(d);
  return d;
}
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, log: (level, message) => lines.push(`${level} ${message}`) };
}

const line = (text: string) =>
  `${JSON.stringify({ id: 'e1', t: 1, durationMs: 0, side: 'speaker', text })}\n`;

/** Writes `name` into `dir` with its modification time `ageDays` before NOW. */
function file(dir: string, name: string, ageDays: number, text = line('hello')): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  const t = new Date(NOW - ageDays * DAY_MS);
  fs.utimesSync(p, t, t);
  return p;
}

const OLD = '2031-04-01T10-00-00-000Z';
const RECENT = '2031-05-30T10-00-00-000Z';
const CURRENT = '2031-06-01T00-00-00-000Z';

describe('pruneTranscripts', () => {
  it("'30-days' deletes what is older, with its torn tails, and keeps the rest", () => {
    const dir = tmp();
    const old = file(dir, `${OLD}.jsonl`, 45);
    const oldTorn = file(dir, `${OLD}.jsonl.torn`, 45, 'torn');
    const oldTorn2 = file(dir, `${OLD}.jsonl.torn.2`, 44, 'torn');
    const recent = file(dir, `${RECENT}.jsonl`, 2);
    const foreign = file(dir, 'notes.txt', 400, 'not ours');
    const r = pruneTranscripts(dir, '30-days', {
      current: CURRENT,
      now: NOW,
      logger: silentLogger,
    });
    expect(r.deleted).toEqual([OLD]);
    for (const p of [old, oldTorn, oldTorn2]) expect(fs.existsSync(p)).toBe(false);
    expect(fs.existsSync(recent)).toBe(true);
    expect(fs.existsSync(foreign)).toBe(true);
  });

  it('ages a conversation by its newest file: one written to yesterday is kept', () => {
    const dir = tmp();
    // Began long ago (an old torn tail), written to yesterday.
    file(dir, `${OLD}.jsonl.torn`, 60, 'torn');
    const session = file(dir, `${OLD}.jsonl`, 1);
    pruneTranscripts(dir, '30-days', { current: CURRENT, now: NOW, logger: silentLogger });
    expect(fs.existsSync(session)).toBe(true);
    expect(fs.readdirSync(dir)).toHaveLength(2);
  });

  it('keeps a conversation exactly 30 days old and deletes one a minute older', () => {
    const dir = tmp();
    const edge = file(dir, `${RECENT}.jsonl`, RETENTION_30_DAYS_MS / DAY_MS);
    const past = file(dir, `${OLD}.jsonl`, RETENTION_30_DAYS_MS / DAY_MS + 1 / (24 * 60));
    pruneTranscripts(dir, '30-days', { current: CURRENT, now: NOW, logger: silentLogger });
    expect(fs.existsSync(edge)).toBe(true);
    expect(fs.existsSync(past)).toBe(false);
  });

  it("'none' deletes every earlier conversation, even one stamped in the future; never the current one", () => {
    const dir = tmp();
    file(dir, `${OLD}.jsonl`, 45);
    file(dir, `${RECENT}.jsonl`, -3);
    const current = file(dir, `${CURRENT}.jsonl`, 0);
    const r = pruneTranscripts(dir, 'none', { current: CURRENT, now: NOW, logger: silentLogger });
    expect(r.deleted.sort()).toEqual([OLD, RECENT]);
    expect(fs.readdirSync(dir)).toEqual([path.basename(current)]);
  });

  it("'all' deletes nothing", () => {
    const dir = tmp();
    file(dir, `${OLD}.jsonl`, 4000);
    expect(
      pruneTranscripts(dir, 'all', { current: CURRENT, now: NOW, logger: silentLogger }).deleted,
    ).toEqual([]);
    expect(fs.readdirSync(dir)).toHaveLength(1);
  });

  it('skips a folder named like a session with a log line, and still prunes the rest', () => {
    const dir = tmp();
    const folder = path.join(dir, `${RECENT}.jsonl`);
    fs.mkdirSync(folder);
    const old = file(dir, `${OLD}.jsonl`, 45);
    const log = recordingLogger();
    const r = pruneTranscripts(dir, 'none', { current: CURRENT, now: NOW, logger: log });
    expect(r.skipped).toEqual([folder]);
    expect(fs.existsSync(folder)).toBe(true);
    expect(fs.existsSync(old)).toBe(false);
    expect(log.lines.some((l) => l.startsWith('warn') && l.includes(folder))).toBe(true);
  });

  it('logs and returns when the folder cannot be read', () => {
    const log = recordingLogger();
    const missing = path.join(tmp(), 'nope');
    const r = pruneTranscripts(missing, 'none', { current: CURRENT, now: NOW, logger: log });
    expect(r).toEqual({ deleted: [], skipped: [missing] });
    expect(log.lines[0]).toMatch(/warn .*cannot be read/);
  });
});

describe('SessionStore: a fresh conversation at every start', () => {
  it("start 'fresh' shows nothing of the previous session and leaves its file alone", () => {
    const dataDir = tmp();
    const a = new SessionStore(dataDir, silentLogger);
    a.append({ side: 'speaker', text: 'the previous customer' });
    a.close();
    const previous = path.join(dataDir, 'transcripts', `${a.sessionId}.jsonl`);
    const before = fs.readFileSync(previous, 'utf8');

    const b = new SessionStore(dataDir, silentLogger, { start: 'fresh' });
    expect(b.sessionId).not.toBe(a.sessionId);
    expect(b.list()).toEqual([]);
    b.append({ side: 'speaker', text: 'the next customer' });
    expect(b.list().map((e) => e.text)).toEqual(['the next customer']);
    expect(fs.readFileSync(previous, 'utf8')).toBe(before);
  });

  it('does not read earlier files at all, so a corrupt one cannot stop a fresh start', () => {
    const dataDir = tmp();
    const transcripts = path.join(dataDir, 'transcripts');
    fs.mkdirSync(transcripts);
    fs.writeFileSync(path.join(transcripts, `${RECENT}.jsonl`), '\u0000\u0001 not json {{{');
    const log = recordingLogger();
    const s = new SessionStore(dataDir, log, { start: 'fresh' });
    expect(s.list()).toEqual([]);
    expect(log.lines).toEqual([]);
  });

  it('applies the retention policy when it starts, sparing the new session', () => {
    const dataDir = tmp();
    const transcripts = path.join(dataDir, 'transcripts');
    fs.mkdirSync(transcripts);
    file(transcripts, `${OLD}.jsonl`, 45);
    const recent = file(transcripts, `${RECENT}.jsonl`, 2);
    const s = new SessionStore(dataDir, silentLogger, {
      start: 'fresh',
      retention: '30-days',
      now: () => NOW,
    });
    expect(fs.readdirSync(transcripts)).toEqual([path.basename(recent)]);
    s.append({ side: 'speaker', text: 'now' });
    expect(s.applyRetention('none')).toEqual([RECENT]);
    expect(fs.readdirSync(transcripts)).toEqual([`${s.sessionId}.jsonl`]);
    expect(s.list().map((e) => e.text)).toEqual(['now']);
  });
});
