/**
 * Window hardening: navigation and new windows denied, camera and microphone granted to the app's
 * own origin only, every other permission refused.
 */
import { session, shell } from 'electron';
import type { WebContents } from 'electron';
import { APP_ORIGIN } from './protocol';

const GRANTED = new Set(['media']);

function isAppUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return new URL(url).origin === APP_ORIGIN;
  } catch {
    return false;
  }
}

export function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, permission, callback, details) => {
    callback(GRANTED.has(permission) && isAppUrl(details.requestingUrl));
  });
  ses.setPermissionCheckHandler(
    (_wc, permission, requestingOrigin) =>
      GRANTED.has(permission) && requestingOrigin === APP_ORIGIN,
  );
}

export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (ev, url) => {
    if (!isAppUrl(url)) ev.preventDefault();
  });
  contents.on('will-redirect', (ev, url) => {
    if (!isAppUrl(url)) ev.preventDefault();
  });
  contents.on('will-attach-webview', (ev) => ev.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links to documentation open in the user's browser; nothing opens inside the app.
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** True when an IPC message comes from the app's own page in the given window. */
export function fromAppFrame(
  contents: WebContents,
  frameUrl: string | undefined,
  sender: WebContents,
): boolean {
  return sender === contents && isAppUrl(frameUrl);
}
