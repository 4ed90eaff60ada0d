/**
 * The app's own origin, app://signbridge/: serves the built renderer and the model assets the
 * renderer loads (avatars, MediaPipe bundles) with the same CSP as host mode. Only files under
 * those folders are reachable.
 */
import { net, protocol } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { mimeType, resolveStatic } from '../../node/http/static-files';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://signbridge`;

/** Must run before `app.whenReady()`. */
export function registerScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        stream: true,
        codeCache: true,
      },
    },
  ]);
}

export function serveApp(rendererDir: string, mounts: Readonly<Record<string, string>>): void {
  protocol.handle(APP_SCHEME, async (req) => {
    const url = new URL(req.url);
    if (url.host !== 'signbridge') return new Response('unknown host', { status: 404 });
    let file: string | undefined;
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (url.pathname.startsWith(`${prefix}/`))
        file = resolveStatic(dir, url.pathname.slice(prefix.length));
    }
    file ??= resolveStatic(rendererDir, url.pathname === '/' ? '/index.html' : url.pathname);
    if (file === undefined) return new Response(`not found: ${url.pathname}`, { status: 404 });
    const upstream = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers({
      'content-type': mimeType(file),
      'x-content-type-options': 'nosniff',
    });
    if (path.extname(file) === '.html')
      headers.set('content-security-policy', contentSecurityPolicy());
    return new Response(upstream.body, { status: 200, headers });
  });
}
