import { describe, expect, it } from 'vitest';
import { LOG_BURST, LOG_WINDOW_MS, limitedLogger } from '../../../src/host/log-limit';
import type { Logger } from '../../../src/node/logger';

function capture(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  return { logger: { log: (level, message) => lines.push(`${level} ${message}`) }, lines };
}

describe('per-connection log budget', () => {
  it('passes LOG_BURST lines per window, then reports how many it held back', () => {
    const { logger, lines } = capture();
    let now = 0;
    const log = limitedLogger(logger, 'client 1', () => now);
    for (let k = 0; k < 1000; k++) log.log('warn', `junk ${k}`);
    expect(lines).toHaveLength(LOG_BURST);
    expect(lines[0]).toBe('warn client 1: junk 0');
    now += LOG_WINDOW_MS;
    log.log('warn', 'junk after the window');
    expect(lines[LOG_BURST]).toMatch(/^warn client 1: 995 more warnings suppressed/);
    expect(lines[LOG_BURST + 1]).toBe('warn client 1: junk after the window');
  });

  it('reports what it held back when flushed, and nothing when it held back nothing', () => {
    const { logger, lines } = capture();
    const log = limitedLogger(logger, 'client 2', () => 0);
    log.flush();
    expect(lines).toEqual([]);
    for (let k = 0; k < LOG_BURST + 3; k++) log.log('warn', 'junk');
    log.flush();
    log.flush();
    expect(lines.filter((l) => /3 more warnings suppressed/.test(l))).toHaveLength(1);
  });
});
