/**
 * Which avatar file the app signs with: the user's VRM from settings when it is readable,
 * otherwise the bundled default (with the reason the user's one was not used).
 */
import fs from 'node:fs';
import path from 'node:path';
import { modelsDir } from '../../node/paths';

export const DEFAULT_AVATAR = 'signbridge-default.vrm';
/** Largest avatar file accepted: VRoid exports are ~17 MB, detailed ones reach 50 MB. */
export const MAX_AVATAR_BYTES = 64 * 1024 * 1024;

export interface AvatarChoice {
  readonly kind: 'default' | 'user';
  readonly path: string;
  readonly problem?: string;
}

export function defaultAvatarPath(): string {
  return path.join(modelsDir(), 'avatars', DEFAULT_AVATAR);
}

export function chooseAvatar(userPath: string): AvatarChoice {
  const fallback = (problem?: string): AvatarChoice => ({
    kind: 'default',
    path: defaultAvatarPath(),
    ...(problem ? { problem } : {}),
  });
  if (userPath.trim() === '') return fallback();
  if (!/\.(vrm|glb)$/i.test(userPath)) return fallback(`${userPath} is not a .vrm or .glb file`);
  try {
    const st = fs.statSync(userPath);
    if (!st.isFile()) return fallback(`${userPath} is not a file`);
    if (st.size > MAX_AVATAR_BYTES)
      return fallback(
        `${userPath} is ${(st.size / 2 ** 20).toFixed(0)} MB: at most ${MAX_AVATAR_BYTES / 2 ** 20} MB`,
      );
  } catch {
    return fallback(`${userPath} does not exist`);
  }
  return { kind: 'user', path: userPath };
}
