/**
 * Which links may leave the app for the user's browser. shell.openExternal hands a URL to the
 * operating system, which runs whatever handles its scheme; a page that got script into the
 * window could otherwise open any URL or scheme (file:, custom protocol handlers). Only https
 * links to the sites below pass; the app itself links to nothing else.
 */

/** Origins a link may open in the browser: the licence texts packs name (CC BY, CC BY-NC-SA). */
export const EXTERNAL_LINK_ORIGINS: ReadonlySet<string> = new Set(['https://creativecommons.org']);

/** True when `url` is an https URL on an allowed origin, without credentials in it. */
export function externalLinkAllowed(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return (
    u.protocol === 'https:' &&
    u.username === '' &&
    u.password === '' &&
    EXTERNAL_LINK_ORIGINS.has(u.origin)
  );
}
