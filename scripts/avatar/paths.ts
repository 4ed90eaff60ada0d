/** Where the default avatar is written, relative to the project root. */
export const DEFAULT_AVATAR_FILE = 'models/avatars/signbridge-default.vrm';
