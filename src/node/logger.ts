/** Severity of a log line, from main, host, CLI and (forwarded) workers alike. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  log(level: LogLevel, message: string): void;
}

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Logs to stderr (stdout belongs to `--json` output), prefixed with time and source. */
export function consoleLogger(source: string, minLevel: LogLevel = 'info'): Logger {
  return {
    log(level, message) {
      if (LEVELS[level] < LEVELS[minLevel]) return;
      process.stderr.write(
        `${new Date().toISOString()} ${level.padEnd(5)} [${source}] ${message}\n`,
      );
    },
  };
}

export const silentLogger: Logger = { log() {} };
