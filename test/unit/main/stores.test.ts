import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/node/logger';
import { SettingsStore } from '../../../src/main/settings/settings-store';
import { SessionStore } from '../../../src/main/store/session-store';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings/schema';

const dirs: string[] = [];
function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-store-'));
  dirs.push(d);
  return d;
}
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('SettingsStore', () => {
  it('persists updates across instances', () => {
    const dir = tmp();
    new SettingsStore(dir, silentLogger).update({ highContrast: true, signingSpeed: 0.5 });
    const again = new SettingsStore(dir, silentLogger).get();
    expect(again.highContrast).toBe(true);
    expect(again.signingSpeed).toBe(0.5);
  });

  it('changes only the fields a partial update names', () => {
    const s = new SettingsStore(tmp(), silentLogger);
    s.update({ highContrast: true });
    s.update({ captionSize: 'x-large' });
    expect(s.get()).toEqual({ ...DEFAULT_SETTINGS, highContrast: true, captionSize: 'x-large' });
  });

  it('refuses invalid updates and keeps the previous value', () => {
    const s = new SettingsStore(tmp(), silentLogger);
    expect(() => s.update({ signingSpeed: 7 })).toThrow(/signingSpeed/);
    expect(s.get().signingSpeed).toBe(DEFAULT_SETTINGS.signingSpeed);
  });

  it('keeps valid values from a file with one bad value, and survives a non-JSON file', () => {
    const dir = tmp();
    fs.writeFileSync(
      path.join(dir, 'settings.json'),
      JSON.stringify({ highContrast: true, signingSpeed: 'fast', future: 1 }),
    );
    const s = new SettingsStore(dir, silentLogger).get();
    expect(s.highContrast).toBe(true);
    expect(s.signingSpeed).toBe(DEFAULT_SETTINGS.signingSpeed);
    fs.writeFileSync(path.join(dir, 'settings.json'), '{ truncated');
    expect(new SettingsStore(dir, silentLogger).get()).toEqual(DEFAULT_SETTINGS);
    expect(fs.existsSync(path.join(dir, 'settings.json.bad'))).toBe(true);
  });
});

describe('SessionStore', () => {
  it('writes each entry before returning and resumes the latest session', () => {
    const dir = tmp();
    const a = new SessionStore(dir, silentLogger);
    a.append({ side: 'speaker', text: 'hello' });
    a.append({ side: 'signer', text: 'hi there', confidence: 0.9 });
    // No close(): a crash right after append must lose nothing.
    const b = new SessionStore(dir, silentLogger);
    expect(b.sessionId).toBe(a.sessionId);
    expect(b.list().map((e) => e.text)).toEqual(['hello', 'hi there']);
  });

  it('skips a line cut short by a crash and keeps ids unique', () => {
    const dir = tmp();
    const a = new SessionStore(dir, silentLogger);
    a.append({ side: 'speaker', text: 'one' });
    a.close();
    const file = path.join(dir, 'transcripts', `${a.sessionId}.jsonl`);
    fs.appendFileSync(file, '{"id":"e2","t":1,"side":"spea');
    const b = new SessionStore(dir, silentLogger);
    expect(b.list().map((e) => e.text)).toEqual(['one']);
    const next = b.append({ side: 'speaker', text: 'two' });
    expect(next.id).not.toBe('e1');
  });

  it('starts a new session without touching the old one', () => {
    const dir = tmp();
    const s = new SessionStore(dir, silentLogger);
    s.append({ side: 'speaker', text: 'first' });
    const old = s.sessionId;
    const fresh = s.newSession();
    expect(fresh).not.toBe(old);
    expect(s.list()).toEqual([]);
    s.append({ side: 'speaker', text: 'second' });
    expect(fs.readdirSync(path.join(dir, 'transcripts')).length).toBe(2);
  });

  it('refuses an invalid entry', () => {
    const s = new SessionStore(tmp(), silentLogger);
    expect(() => s.append({ side: 'speaker', text: '' })).toThrow(/invalid transcript entry/);
  });
});
