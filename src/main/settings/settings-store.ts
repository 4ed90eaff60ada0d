/**
 * Settings persisted as JSON in the user data folder, validated on load and on every update.
 * A file that is not JSON is kept aside (settings.json.bad); an invalid value falls back alone.
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
import type { Logger } from '../pool/logger';
import { writeFileAtomic } from '../store/atomic-write';

export class SettingsStore {
  private current: Settings;
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
    this.current = SettingsSchema.parse({ ...this.current, ...parsed.data });
    writeFileAtomic(this.file, `${JSON.stringify(this.current, null, 2)}\n`);
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
      const bad = `${this.file}.bad`;
      fs.renameSync(this.file, bad);
      this.logger.log(
        'warn',
        `settings file is not JSON (${e instanceof Error ? e.message : String(e)}): kept as ${bad}, using defaults`,
      );
      return DEFAULT_SETTINGS;
    }
    // Keep every valid value; an invalid or unknown one (e.g. from a newer version) falls back alone.
    const picked: Record<string, unknown> = {};
    const shape = SettingsSchema.shape as Record<
      string,
      { safeParse(v: unknown): { success: boolean } }
    >;
    for (const [k, v] of Object.entries(typeof raw === 'object' && raw !== null ? raw : {})) {
      if (shape[k]?.safeParse(v).success) picked[k] = v;
      else
        this.logger.log(
          'warn',
          `settings: ignoring ${k}=${JSON.stringify(v)} (${k in shape ? 'invalid value' : 'unknown key'})`,
        );
    }
    return SettingsSchema.parse({ ...DEFAULT_SETTINGS, ...picked });
  }
}
