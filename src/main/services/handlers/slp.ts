import fs from 'node:fs';
import path from 'node:path';
import { KindedError } from '../../../shared/ipc/result';
import type { SettingsStore } from '../../settings/settings-store';
import { chooseAvatar, DEFAULT_AVATAR } from '../../slp/avatar-file';
import type { SlpService } from '../../slp/slp-service';
import type { Handlers } from '../router';

/** Where the renderer fetches the bundled avatar: host mode and the app:// protocol mount it. */
export const DEFAULT_AVATAR_URL = `models/avatars/${DEFAULT_AVATAR}`;

export function slpHandlers(
  slp: SlpService,
  settings: SettingsStore,
): Pick<Handlers, 'slp.say' | 'avatar.get'> {
  return {
    'slp.say': ({ text, packId }) => slp.say(text, packId),
    'avatar.get': () => {
      const choice = chooseAvatar(settings.get().avatarPath);
      if (!fs.existsSync(choice.path)) {
        // Shown in the player: words for a user; the command is for a source checkout.
        throw new KindedError(
          'not-found',
          `the signing avatar is not installed (${choice.path} is missing). Reinstall SignBridge, or choose a VRM avatar in Settings. From a source checkout, the set-up command builds it.`,
        );
      }
      const problem = choice.problem ? { problem: choice.problem } : {};
      if (choice.kind === 'default')
        return { name: DEFAULT_AVATAR, kind: 'default', url: DEFAULT_AVATAR_URL, ...problem };
      return {
        name: path.basename(choice.path),
        kind: 'user',
        base64: fs.readFileSync(choice.path).toString('base64'),
      };
    },
  };
}
