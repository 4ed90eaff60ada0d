/**
 * Issue 18 (settings): a setting changes in memory only once it is on disk, a failed save leaves
 * no temporary file, corrupt files are all kept, and keys this version does not know survive.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/node/logger';
import { SettingsStore } from '../../../src/main/settings/settings-store';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings/schema';
import { KindedError } from '../../../src/shared/ipc/result';

const dirs: string[] = [];
function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-settings-'));
  dirs.push(d);
  return d;
}
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('SettingsStore saves', () => {
  it('keeps the old value in memory and leaves no .tmp when the save fails', () => {
    const dir = tmp();
    const s = new SettingsStore(dir, silentLogger);
    // The file cannot be replaced: a folder now has its name (rename fails with EISDIR).
    fs.mkdirSync(s.file);
    fs.writeFileSync(path.join(s.file, 'x'), '');
    let thrown: unknown;
    try {
      s.update({ highContrast: true });
    } catch (e) {
      thrown = e;
    }
    expect(s.get()).toEqual(DEFAULT_SETTINGS);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(thrown).toBeInstanceOf(KindedError);
    expect((thrown as KindedError).message).toMatch(/settings.*not saved/);
  });

  it('keeps every corrupt settings.json, not only the latest', () => {
    const dir = tmp();
    const file = path.join(dir, 'settings.json');
    fs.writeFileSync(file, '{ first');
    new SettingsStore(dir, silentLogger);
    fs.writeFileSync(file, '{ second');
    new SettingsStore(dir, silentLogger);
    const bad = fs
      .readdirSync(dir)
      .filter((f) => f.includes('.bad'))
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    expect(bad.sort()).toEqual(['{ first', '{ second']);
  });

  it('writes back keys it does not know (from a newer version) unchanged', () => {
    const dir = tmp();
    const file = path.join(dir, 'settings.json');
    const future = { layout: { panes: [1, 2] }, theme: 'dusk' };
    fs.writeFileSync(file, JSON.stringify({ highContrast: true, ...future }));
    const s = new SettingsStore(dir, silentLogger);
    s.update({ captionSize: 'large' });
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(saved).toMatchObject({ highContrast: true, captionSize: 'large', ...future });
    expect(s.get()).toEqual({ ...DEFAULT_SETTINGS, highContrast: true, captionSize: 'large' });
  });
});
