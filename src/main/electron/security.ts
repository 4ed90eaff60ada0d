/**
 * Window hardening: navigation (of any frame) and new windows denied, links opened in the browser
 * only from an allow-list, camera and microphone granted to the app's own origin only, every
 * other permission refused.
 */
import { session, shell } from 'electron';
import type { WebContents } from 'electron';
import { externalLinkAllowed } from './external-links';
import { APP_ORIGIN } from './protocol';

const GRANTED = new Set(['media']);

const APP = new URL(APP_ORIGIN);

function isAppUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    // Not URL.origin: by the URL standard (and Node's URL) a non-special scheme such as app:
    // has the opaque origin "null", which never equals APP_ORIGIN.
    const u = new URL(url);
    return u.protocol === APP.protocol && u.host === APP.host;
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
  // will-navigate sees only the main frame; will-frame-navigate also sees subframes (an iframe
  // a page managed to insert), so every frame stays on the app's origin.
  contents.on('will-frame-navigate', (ev) => {
    if (!isAppUrl(ev.url)) ev.preventDefault();
  });
  contents.on('will-redirect', (ev, url) => {
    if (!isAppUrl(url)) ev.preventDefault();
  });
  contents.on('will-attach-webview', (ev) => ev.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Allowed links open in the user's browser (external-links.ts); nothing opens in the app.
    if (externalLinkAllowed(url)) void shell.openExternal(url);
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
