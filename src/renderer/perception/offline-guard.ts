/**
 * @mediapipe/tasks-vision 1.1.0 sends usage logs (task type, timings, platform) to
 * https://odml.pa.googleapis.com/v1/log every minute and when a task closes, with no option to
 * turn it off. SignBridge promises that nothing leaves the machine, so the threads that run
 * tasks-vision get a `fetch` that refuses every origin but the app's own and the assets'. (The
 * app's Content-Security-Policy should say `connect-src 'self'` as well; this holds without it.)
 */
const GUARD = Symbol.for('signbridge.offlineFetchGuard');

interface GuardedScope {
  fetch: typeof fetch;
  location: { readonly href: string };
  [GUARD]?: Set<string>;
}

function hostKey(url: URL): string {
  // `URL.origin` is "null" for some custom schemes (Electron's app protocol): compare parts.
  return `${url.protocol}//${url.host}`;
}

/** Allows only the page's own origin and those of `allowUrls`; idempotent per thread. */
export function installOfflineFetchGuard(
  allowUrls: readonly string[],
  warn: (message: string) => void = console.warn,
): void {
  const scope = globalThis as unknown as GuardedScope;
  const here = new URL(scope.location.href);
  const allowed = scope[GUARD] ?? new Set<string>([hostKey(here)]);
  for (const u of allowUrls) allowed.add(hostKey(new URL(u, here)));
  if (scope[GUARD] !== undefined) return;
  scope[GUARD] = allowed;
  const original = scope.fetch.bind(globalThis);
  scope.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), here);
    if (url.protocol !== 'blob:' && url.protocol !== 'data:' && !allowed.has(hostKey(url))) {
      warn(`offline guard: blocked a request to ${url.href} (allowed: ${[...allowed].join(', ')})`);
      return Promise.reject(new TypeError(`offline: requests to ${url.origin} are not allowed`));
    }
    return original(input, init);
  };
}
