/**
 * A log budget per connection: a client sending junk in a loop gets a few lines, then a count,
 * so the log stays readable and its growth bounded whatever one page does.
 */
import type { Logger, LogLevel } from '../node/logger';

/** Lines one connection may log per window; the rest are counted. */
export const LOG_BURST = 5;
/** Length of that window, in ms. */
export const LOG_WINDOW_MS = 60_000;

export interface LimitedLogger extends Logger {
  /** Logs how many lines were suppressed since the last report, if any (at close). */
  flush(): void;
}

/** A logger that prefixes `label` and passes at most LOG_BURST lines per LOG_WINDOW_MS. */
export function limitedLogger(
  logger: Logger,
  label: string,
  now: () => number = Date.now,
): LimitedLogger {
  let windowStart = now();
  let used = 0;
  let suppressed = 0;
  const flush = () => {
    if (suppressed === 0) return;
    logger.log(
      'warn',
      `${label}: ${suppressed} more warnings suppressed (at most ${LOG_BURST} per ${LOG_WINDOW_MS / 1000} s per connection)`,
    );
    suppressed = 0;
  };
  return {
    log(level: LogLevel, message: string) {
      const t = now();
      if (t - windowStart >= LOG_WINDOW_MS) {
        flush();
        windowStart = t;
        used = 0;
      }
      if (used < LOG_BURST) {
        used++;
        logger.log(level, `${label}: ${message}`);
      } else {
        suppressed++;
      }
    },
    flush,
  };
}
