/**
 * Fuzzing the readers of untrusted files for a fixed time each: SiGML, .pose, pack manifests,
 * settings.json. Inputs tried and crashes are figures; any crash fails the run and its input is
 * kept under regressions/ (replayed by regressions.test.ts on every run).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FUZZ_MS, FUZZ_SEED, HANG_MS } from './budget';
import { record } from './report';
import { keepRegression, runTarget } from './fuzz/run-target';
import { TARGET_NAMES } from './fuzz/targets';

describe('fuzzing the file readers', () => {
  it.each(TARGET_NAMES)(
    '%s: no input crashes, hangs or kills the reader',
    async (name) => {
      const figures = await runTarget(name, FUZZ_SEED, FUZZ_MS);
      const kept = figures.crashes.map((c) => path.basename(keepRegression(name, c)));
      record({
        section: 'fuzz',
        name,
        ok: figures.crashes.length === 0,
        figures: {
          seconds: FUZZ_MS / 1000,
          tried: figures.tried,
          accepted: figures.accepted,
          rejected: figures.rejected,
          crashes: figures.crashes.length,
        },
      });
      const summary = figures.crashes.map((c, i) => `${kept[i]}: ${c.kind}: ${c.error}`);
      expect(summary).toEqual([]);
      expect(figures.tried).toBeGreaterThan(0);
    },
    FUZZ_MS + 4 * HANG_MS + 30_000,
  );
});
