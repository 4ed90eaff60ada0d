/**
 * Settings persisted as JSON in the user data folder, validated on load and on every update.
 * A setting changes in memory only once it is on disk. A file that is not JSON is kept aside
 * (settings.json.bad, then .bad.2, ...); an invalid value falls back alone; keys this version
 * does not know (a newer version's) are written back unchanged.
 */
import fs from 'node:fs';
import path from 'node:path';
import { KindedError } from '../../shared/ipc/result';
import {
  DEFAULT_SETTINGS,
  SettingsPatchSchema,
  SettingsSchema,
} from '../../shared/settings/schema';
import type { Settings, SettingsPatch } from '../../shared/settings/schema';
import type { Logger } from '../../node/logger';
import { unusedPath, writeFileAtomic } from '../../node/fs/atomic-write';
import { saveError } from '../store/write-error';

export class SettingsStore {
  private current: Settings;
  /** Keys in the file that this version does not know, kept so a save does not drop them. */
  private unknown: Record<string, unknown> = {};
  private readonly listeners = new Set<(s: Settings) => void>();
  readonly file: string;

  constructor(
    dataDir: string,
    private readonly logger: Logger,
  ) {
    this.file = path.join(dataDir, 'settings.json');
    this.current = this.load();
  }

  get(): Settings {
    return this.current;
  }

  update(patch: SettingsPatch): Settings {
    const parsed = SettingsPatchSchema.safeParse(patch);
    if (!parsed.success)
      throw new KindedError('invalid-request', `invalid settings: ${parsed.error.message}`);
    const next = SettingsSchema.parse({ ...this.current, ...parsed.data });
    const text = `${JSON.stringify({ ...next, ...this.unknown }, null, 2)}\n`;
    try {
      writeFileAtomic(this.file, text);
    } catch (e) {
      const dir = path.dirname(this.file);
      throw saveError({ what: 'settings', bytes: Buffer.byteLength(text), dir }, e);
    }
    this.current = next;
    for (const l of this.listeners) l(this.current);
    return this.current;
  }

  onChange(listener: (s: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private load(): Settings {
    if (!fs.existsSync(this.file)) return DEFAULT_SETTINGS;
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(this.file, 'utf8'));
    } catch (e) {
      // Every corrupt file is kept: the second must not replace the first copy.
      const bad = unusedPath(`${this.file}.bad`);
      fs.renameSync(this.file, bad);
      this.logger.log(
        'warn',
        `settings file is not JSON (${e instanceof Error ? e.message : String(e)}): kept as ${bad}, using defaults`,
      );
      return DEFAULT_SETTINGS;
    }
    // Keep every valid value; an invalid one falls back alone; an unknown one is kept as it is.
    const picked: Record<string, unknown> = {};
    const unknown: [string, unknown][] = [];
    const shape = SettingsSchema.shape as Record<
      string,
      { safeParse(v: unknown): { success: boolean } }
    >;
    const fields = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {};
    for (const [k, v] of Object.entries(fields)) {
      if (!Object.hasOwn(shape, k)) unknown.push([k, v]);
      else if (shape[k]?.safeParse(v).success) picked[k] = v;
      else this.logger.log('warn', `settings: ignoring ${k}=${JSON.stringify(v)} (invalid value)`);
    }
    if (unknown.length > 0)
      this.logger.log(
        'info',
        `settings: keeping unknown keys ${unknown.map(([k]) => k).join(', ')} as they are (from a newer version?)`,
      );
    // fromEntries defines own properties: a "__proto__" key stays data, never a prototype.
    this.unknown = Object.fromEntries(unknown);
    return SettingsSchema.parse({ ...DEFAULT_SETTINGS, ...picked });
  }
}
