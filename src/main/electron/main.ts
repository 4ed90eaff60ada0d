/**
 * Electron entry: one secure window on the app's own origin, services shared with host mode,
 * a single instance, and an orderly shutdown that drains worker calls in flight.
 */
import { app, BrowserWindow } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { consoleLogger } from '../../node/logger';
import { modelsDir, rendererDir, setResourcesDir } from '../../node/paths';
import { AppServices } from '../services/app-services';
import { wireIpc } from './ipc';
import { APP_ORIGIN, registerScheme, serveApp } from './protocol';
import { hardenContents, hardenSession } from './security';

const logger = consoleLogger('main');
registerScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void run();
}

async function run(): Promise<void> {
  if (app.isPackaged) setResourcesDir(process.resourcesPath);
  await app.whenReady();
  hardenSession();
  serveApp(rendererDir(), {
    '/models/avatars': path.join(modelsDir(), 'avatars'),
    '/models/mediapipe': path.join(modelsDir(), 'mediapipe'),
  });
  const services = await AppServices.start({
    mode: 'electron',
    dataDir: app.getPath('userData'),
    version: app.getVersion(),
    logger,
  });

  const here = path.dirname(fileURLToPath(import.meta.url));
  const preload = path.join(here, 'preload.cjs');
  if (!fs.existsSync(preload))
    throw new Error(`preload script missing at ${preload}: run npm run build`);
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    title: 'SignBridge',
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  hardenContents(win.webContents);
  const unwire = wireIpc(win, services);
  win.once('ready-to-show', () => win.show());
  app.on('second-instance', () => {
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  await win.loadURL(`${APP_ORIGIN}/index.html`);

  let quitting = false;
  app.on('before-quit', (ev) => {
    if (quitting) return;
    ev.preventDefault();
    quitting = true;
    unwire();
    void services.dispose().finally(() => app.exit(0));
  });
  app.on('window-all-closed', () => app.quit());
}
