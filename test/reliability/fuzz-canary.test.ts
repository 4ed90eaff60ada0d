/**
 * The fuzz harness can fail: a target built to throw, hang and kill its thread at known cases
 * must come back with exactly those three crashes, each with its case number and kind.
 */
import { expect, it } from 'vitest';
import { FUZZ_SEED, HANG_MS } from './budget';
import { runTarget } from './fuzz/run-target';
import { CANARY } from './fuzz/targets';

it(
  'the fuzz harness reports a throw, a hang and a dead thread, and goes on after each',
  async () => {
    const figures = await runTarget('canary', FUZZ_SEED, HANG_MS + 2_000);
    const found = figures.crashes.map((c) => [c.n, c.kind]);
    expect(found.slice(0, 3)).toEqual([
      [CANARY.exception, 'exception'],
      [CANARY.hang, 'hang'],
      [CANARY.death, 'thread death'],
    ]);
    expect(figures.tried).toBeGreaterThan(CANARY.death);
  },
  4 * HANG_MS + 30_000,
);
