/**
 * Chromium flags for tests on an offline machine without a GPU (Debian's Chromium; Playwright
 * cannot download browsers here). Free of vitest, so Playwright's e2e runner imports them too.
 */
export const CHROMIUM_PATH = process.env.SIGNBRIDGE_CHROMIUM ?? '/usr/bin/chromium';

/** Keep Chromium from reaching the network or nagging on an offline machine. */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
] as const;

/**
 * Headless Chromium 156 already gets WebGL2 from SwiftShader (ANGLE on SwiftShader Vulkan) on a
 * machine without a GPU; newer versions only fall back to it with this flag, so say it outright.
 */
export const WEBGL_FLAGS = ['--enable-unsafe-swiftshader'] as const;

/** Chromium's fake camera, playing a Y4M file (looping) to getUserMedia without a prompt. */
export function fakeCameraFlags(y4mFile: string): string[] {
  return [
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${y4mFile}`,
  ];
}
