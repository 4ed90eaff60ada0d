/**
 * `npm run serve -- --port N` (host mode) and `npm start` where the Electron binary is missing.
 * Prints the URL with its token; with --start, opens it in a Chromium app window when there is
 * a display, and exits when that window closes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppServices } from '../main/services/app-services';
import { appRoot, defaultUserDataDir, modelsDir, rendererDir } from '../node/paths';
import { consoleLogger } from '../node/logger';
import { outOfRangeMessage } from '../shared/errors/invalid';
import { openAppWindow } from '../node/chromium/open-browser';
import { startHost } from './server';

const USAGE = `usage: npm run serve -- [--port N] [--data-dir DIR] [--start]
  --port N        port on 127.0.0.1 (default 0: a free port)
  --data-dir DIR  settings and transcripts folder (default ${defaultUserDataDir()})
  --start         open the app in a Chromium window when a display is available
  --debug-tasks   enable the workers' debug tasks (tests only)`;

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        port: { type: 'string', default: '0' },
        'data-dir': { type: 'string' },
        start: { type: 'boolean', default: false },
        'debug-tasks': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values;
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    process.exit(2);
  }
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(outOfRangeMessage('--port', args.port, 0, 65535, 'an integer'));
    process.exit(2);
  }
  if (!fs.existsSync(path.join(rendererDir(), 'index.html'))) {
    console.error(
      `the renderer is not built (${rendererDir()} has no index.html): run npm run setup`,
    );
    process.exit(1);
  }
  const logger = consoleLogger('host');
  const dataDir = args['data-dir'] ? path.resolve(args['data-dir']) : defaultUserDataDir();
  const version = (
    JSON.parse(fs.readFileSync(path.join(appRoot(), 'package.json'), 'utf8')) as { version: string }
  ).version;
  const services = await AppServices.start({
    mode: 'host',
    dataDir,
    version,
    logger,
    debugTasks: args['debug-tasks'],
  });
  const host = await startHost({
    services,
    rendererDir: rendererDir(),
    mounts: {
      '/models/avatars': path.join(modelsDir(), 'avatars'),
      '/models/mediapipe': path.join(modelsDir(), 'mediapipe'),
    },
    port,
    logger,
  });
  console.log(`SignBridge ${version} host mode: ${host.url}`);
  console.log(`data folder: ${dataDir}`);

  let stopping = false;
  const stop = async (why: string) => {
    if (stopping) return;
    stopping = true;
    logger.log('info', `stopping (${why})`);
    await host.close();
    await services.dispose();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  if (args.start) {
    const win = openAppWindow(host.url, path.join(dataDir, 'chromium-profile'));
    if (win === undefined) {
      console.log(
        'no display or no Chromium found: open the URL above in a browser (Ctrl+C to stop)',
      );
    } else {
      console.log(`opened in ${win.binary} (app mode); close the window or press Ctrl+C to stop`);
      win.child.on('exit', () => void stop('window closed'));
    }
  }
}

main().catch((e: unknown) => {
  console.error(`host mode failed to start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
