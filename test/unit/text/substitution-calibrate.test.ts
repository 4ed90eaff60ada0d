import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  NEVER,
  calibrateSubstitution,
  fitThreshold,
  parseSubstitutionPairs,
  type ScoredPair,
} from '../../../src/shared/text/retrieval/calibrate';
import { ROOT } from '../../helpers/shared';

const pair = (score: number | undefined, keeps: boolean, source = 'synonym'): ScoredPair => ({
  word: 'w',
  cls: 'noun',
  keyword: 'k',
  source: source as ScoredPair['source'],
  keeps,
  line: 0,
  score,
});

describe('substitution threshold calibration', () => {
  it('takes the lowest cosine at which 90% of the accepted pairs keep the meaning', () => {
    const pairs = [pair(0.9, true), pair(0.85, true), pair(0.8, false), pair(0.6, true)];
    expect(fitThreshold(pairs).threshold).toBe(0.85);
    expect(fitThreshold(pairs).precision).toBe(1);
  });

  it('turns a source off when no threshold keeps the meaning', () => {
    expect(fitThreshold([pair(0.9, false), pair(0.5, true)]).threshold).toBe(NEVER);
    expect(fitThreshold([pair(undefined, true)]).threshold).toBe(NEVER);
  });

  it('reports each source fitted on one half and measured on the other', () => {
    const cal = calibrateSubstitution([
      pair(0.9, true),
      pair(0.9, true),
      pair(0.3, false),
      pair(0.3, false),
    ]);
    const syn = cal.find((c) => c.source === 'synonym');
    expect(syn?.heldOut.map((h) => h.test.pairs)).toEqual([2, 2]);
  });

  it('parses the labelled pairs in the repository, naming a bad line', () => {
    const file = path.join(ROOT, 'test', 'fixtures', 't2g', 'substitution-pairs.tsv');
    const pairs = parseSubstitutionPairs(fs.readFileSync(file, 'utf8'), file);
    expect(pairs.length).toBeGreaterThanOrEqual(100);
    expect(pairs.some((p) => p.keeps) && pairs.some((p) => !p.keeps)).toBe(true);
    expect(() =>
      parseSubstitutionPairs(
        'word\tclass\tkeyword\tsource\tkeeps\nrefund\tnoun\tpayment\thypernym\tmaybe',
      ),
    ).toThrow(/pairs:2: keeps "maybe", expected yes or no/);
  });
});
