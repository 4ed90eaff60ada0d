/**
 * Every input that ever crashed a reader, replayed on every run: kept under regressions/ as
 * `<target>-<case>-<kind>.bin` by the fuzzers (the WebSocket ones are replayed by ws-fuzz).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HANG_MS } from './budget';
import { REGRESSIONS_DIR } from './fuzz/run-target';
import { TARGET_NAMES, makeTarget } from './fuzz/targets';
import type { TargetName } from './fuzz/targets';
import { ROOT } from '../helpers/shared';

const cases = fs.existsSync(REGRESSIONS_DIR)
  ? fs
      .readdirSync(REGRESSIONS_DIR)
      .filter((f) => f.endsWith('.bin'))
      .sort()
      .flatMap((f) => {
        const target = TARGET_NAMES.find((t) => f.startsWith(`${t}-`));
        return target === undefined ? [] : [{ file: f, target }];
      })
  : [];

describe('regression inputs from earlier fuzzing', () => {
  const targets = new Map<TargetName, ReturnType<typeof makeTarget>>();
  const target = (name: TargetName) => {
    const t = targets.get(name) ?? makeTarget(name, ROOT);
    targets.set(name, t);
    return t;
  };
  afterAll(() => targets.forEach((t) => t.dispose?.()));

  it('keeps some', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('$file is read without a crash or a hang', ({ file, target: name }) => {
    const input = new Uint8Array(fs.readFileSync(path.join(REGRESSIONS_DIR, file)));
    const started = performance.now();
    expect(['accepted', 'rejected']).toContain(target(name).run(input));
    expect(performance.now() - started).toBeLessThan(HANG_MS);
  });
});
