/**
 * Opens host mode in a Chromium app window (no tabs or address bar), the closest thing to the
 * Electron window on a machine without the Electron binary. Returns undefined when there is no
 * display or no Chromium, so the caller prints the URL instead.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export function findChromium(): string | undefined {
  const fromEnv = process.env.SIGNBRIDGE_CHROMIUM;
  if (fromEnv && fs.existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((c) => fs.existsSync(c));
}

export function hasDisplay(): boolean {
  if (process.platform === 'win32' || process.platform === 'darwin') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

export function openAppWindow(
  url: string,
  profileDir: string,
): { child: ChildProcess; binary: string } | undefined {
  const binary = findChromium();
  if (binary === undefined || !hasDisplay()) return undefined;
  fs.mkdirSync(profileDir, { recursive: true });
  const args = [
    `--app=${url}`,
    `--user-data-dir=${path.resolve(profileDir)}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--window-size=1280,800',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox'); // Chromium refuses to run as root otherwise
  const child = spawn(binary, args, { stdio: 'ignore' });
  return { child, binary };
}
