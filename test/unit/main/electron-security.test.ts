import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

// Issue 18 (Electron checklist): any https link a page opened went to shell.openExternal, and
// navigation of subframes (will-frame-navigate) was not handled.
const openExternal = vi.fn((_url: string) => Promise.resolve());
vi.mock('electron', () => ({
  shell: { openExternal },
  session: {},
  net: {},
  protocol: {},
}));

const { hardenContents } = await import('../../../src/main/electron/security');
const { APP_ORIGIN } = await import('../../../src/main/electron/protocol');
type WebContents = Parameters<typeof hardenContents>[0];

/** A WebContents stand-in: its events, and the window-open handler it was given. */
function contents(): { wc: WebContents; events: EventEmitter; open: (url: string) => unknown } {
  const events = new EventEmitter();
  let handler: ((d: { url: string }) => unknown) | undefined;
  const wc = Object.assign(events, {
    setWindowOpenHandler: (h: (d: { url: string }) => unknown) => (handler = h),
  }) as unknown as WebContents;
  hardenContents(wc);
  return { wc, events, open: (url) => handler?.({ url }) };
}

describe('Electron window hardening', () => {
  it('opens only allow-listed https links in the browser, and never a window', () => {
    const { open } = contents();
    const tried = [
      'https://evil.example/phish',
      'http://creativecommons.org/licenses/by/4.0/',
      'https://user:pw@creativecommons.org/',
      'file:///etc/passwd',
      'ms-settings:privacy',
      'https://creativecommons.org.evil.example/',
    ];
    for (const url of tried) expect(open(url)).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
    expect(open('https://creativecommons.org/licenses/by/4.0/')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://creativecommons.org/licenses/by/4.0/']]);
  });

  it('keeps every frame on the app origin (will-frame-navigate)', () => {
    const { events } = contents();
    expect(events.listenerCount('will-frame-navigate')).toBe(1);
    const navigate = (url: string, isMainFrame: boolean) => {
      const ev = { url, isMainFrame, preventDefault: vi.fn() };
      events.emit('will-frame-navigate', ev);
      return ev.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('https://evil.example/', false)).toBe(true);
    expect(navigate('https://evil.example/', true)).toBe(true);
    expect(navigate(`${APP_ORIGIN}/index.html`, false)).toBe(false);
  });
});

describe('the app origin check', () => {
  it('accepts IPC from the app page (app: has an opaque origin in Node, so not URL.origin)', async () => {
    const { fromAppFrame } = await import('../../../src/main/electron/security');
    const wc = {} as WebContents;
    expect(fromAppFrame(wc, `${APP_ORIGIN}/index.html`, wc)).toBe(true);
    expect(fromAppFrame(wc, 'app://other/index.html', wc)).toBe(false);
    expect(fromAppFrame(wc, 'https://signbridge/index.html', wc)).toBe(false);
    expect(fromAppFrame(wc, `${APP_ORIGIN}/index.html`, {} as WebContents)).toBe(false);
  });
});
