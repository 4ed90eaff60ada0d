/** Chromium flags for an offline machine, plus the fake camera fed from a Y4M file. */
export const CHROMIUM = process.env.SIGNBRIDGE_CHROMIUM ?? '/usr/bin/chromium';

export function chromiumArgs(fakeCameraY4m?: string): string[] {
  return [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--enable-unsafe-swiftshader',
    ...(fakeCameraY4m
      ? [
          '--use-fake-ui-for-media-stream',
          '--use-fake-device-for-media-stream',
          `--use-file-for-fake-video-capture=${fakeCameraY4m}`,
        ]
      : []),
  ];
}
