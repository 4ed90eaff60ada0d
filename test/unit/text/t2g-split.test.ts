import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGlossTestSet, splitHash, splitOf } from '../../../src/shared/text/eval';
import { ROOT } from '../../helpers/shared';

describe('calibration / held-out split of the t2g fixtures', () => {
  it('is the documented hash: FNV-1a then fmix32 of the trimmed, lower-cased text', () => {
    // Values from a separate Python implementation of the rule in docs/t2g-eval.md: a changed
    // rule would move fixture items between halves.
    expect(splitHash('')).toBe(0xab3e7c0b);
    expect(splitHash('refund')).toBe(2336195408);
    expect(splitHash('  Refund ')).toBe(splitHash('refund'));
    expect(splitHash('Wait  10 minutes.')).toBe(splitHash('wait 10 minutes.'));
    expect(splitOf('refund')).toBe('calibration');
  });

  it('splits many keys near evenly, not by spelling', () => {
    const keys = Array.from({ length: 2000 }, (_, i) => `item ${i}`);
    const held = keys.filter((k) => splitOf(k) === 'held-out').length;
    expect(held).toBeGreaterThan(900);
    expect(held).toBeLessThan(1100);
  });

  it('leaves a held-out half of the test set with every category in it', () => {
    const file = path.join(ROOT, 'test', 'fixtures', 't2g', 'everyday-ase.tsv');
    const items = parseGlossTestSet(fs.readFileSync(file, 'utf8'), file);
    const held = items.filter((i) => splitOf(i.english) === 'held-out');
    expect(held.length).toBeGreaterThanOrEqual(50);
    expect(new Set(held.map((i) => i.category))).toEqual(new Set(items.map((i) => i.category)));
  });
});
