import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appRoot, setResourcesDir } from '../../../src/node/paths';
import { slpHandlers } from '../../../src/main/services/handlers/slp';
import type { SettingsStore } from '../../../src/main/settings/settings-store';
import type { SlpService } from '../../../src/main/slp/slp-service';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings/schema';

describe('avatar.get without the bundled avatar', () => {
  afterEach(() => setResourcesDir(appRoot()));

  it('says what is missing and what to do, in words for a user (no commands)', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-no-avatar-'));
    setResourcesDir(empty);
    const settings = { get: () => DEFAULT_SETTINGS } as unknown as SettingsStore;
    const h = slpHandlers({} as SlpService, settings);
    let message = '';
    try {
      await h['avatar.get']({});
    } catch (e) {
      message = e instanceof Error ? e.message : String(e);
    }
    expect(message).toContain(path.join(empty, 'models', 'avatars'));
    expect(message).toMatch(/Reinstall SignBridge/);
    expect(message).not.toMatch(/npm run/);
    fs.rmSync(empty, { recursive: true, force: true });
  });
});
