import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MIN_SUPPORT_WORDS,
  NEVER,
  calibrateSubstitution,
  fitThreshold,
  pairSplit,
  parseSubstitutionPairs,
  type ScoredPair,
} from '../../../src/shared/text/retrieval/calibrate';
import { splitOf, type Split } from '../../../src/shared/text/eval';
import { ROOT } from '../../helpers/shared';

let next = 0;
/** A pair of a fresh word (w0, w1, …), or of `word` when given. */
const pair = (score: number | undefined, keeps: boolean, word = `w${next++}`): ScoredPair => ({
  word,
  cls: 'noun',
  keyword: 'k',
  source: 'synonym',
  keeps,
  line: 0,
  score,
});

/** `n` distinct words that fall in `split`. */
function wordsIn(split: Split, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < n; i++) if (splitOf(`word${i}`) === split) out.push(`word${i}`);
  return out;
}

const fiveRight = (score: number) => [0, 1, 2, 3, 4].map(() => pair(score, true));

describe('substitution threshold calibration', () => {
  it('takes the lowest cosine at which 90% of the accepted pairs keep the meaning', () => {
    const pairs = [...fiveRight(0.9), pair(0.85, true), pair(0.8, false), pair(0.6, true)];
    expect(fitThreshold(pairs).threshold).toBe(0.85);
    expect(fitThreshold(pairs).precision).toBe(1);
  });

  it('turns a source off when no threshold keeps the meaning', () => {
    expect(
      fitThreshold([...fiveRight(0.9), ...fiveRight(0.5).map((p) => ({ ...p, keeps: false }))])
        .threshold,
    ).toBe(0.9);
    expect(fitThreshold([pair(0.9, false), pair(0.5, true)]).threshold).toBe(NEVER);
    expect(fitThreshold([pair(undefined, true)]).threshold).toBe(NEVER);
  });

  it(`trusts no threshold whose accepted pairs span fewer than ${MIN_SUPPORT_WORDS} words`, () => {
    // Two right candidates of one word, as horrible → AWFUL and horrible → TERRIBLE.
    const oneWord = [pair(0.92, true, 'horrible'), pair(0.92, true, 'horrible'), pair(0.9, false)];
    expect(fitThreshold(oneWord).threshold).toBe(NEVER);
  });

  it('fits on the calibration half only: the held-out pairs cannot move the threshold', () => {
    const cal = wordsIn('calibration', 8);
    const held = wordsIn('held-out', 8);
    const calibration = [
      ...cal.slice(0, 5).map((w) => pair(0.8, true, w)),
      ...cal.slice(5).map((w) => pair(0.6, false, w)),
    ];
    // Held-out pairs that would pull the fit down to 0.3 if the fit read them, and their opposite.
    const tempting = held.map((w) => pair(0.3, true, w));
    const repelling = held.map((w) => pair(0.95, false, w));
    const fit = (extra: ScoredPair[]) => calibrateSubstitution([...calibration, ...extra])[0];
    expect(fit([])?.fitted.threshold).toBe(0.8);
    expect(fit(tempting)?.fitted.threshold).toBe(0.8);
    expect(fit(repelling)?.fitted.threshold).toBe(0.8);
    expect(fit(tempting)?.fitted.pairs).toBe(calibration.length);
    // Reported on the held-out pairs at the calibration threshold.
    expect(fit(repelling)?.heldOut).toMatchObject({ pairs: 8, accepted: 8, correct: 0 });
    expect(fit(tempting)?.heldOut).toMatchObject({ pairs: 8, accepted: 0 });
  });

  it('splits the pairs by word, so each word lies in one half', () => {
    const a = pair(0.5, true, 'Refund');
    expect(pairSplit(a)).toBe(splitOf('refund'));
    const other: ScoredPair = { ...a, keyword: 'payment' };
    expect(pairSplit(other)).toBe(pairSplit(a));
  });

  it('parses the labelled pairs in the repository, naming a bad line', () => {
    const file = path.join(ROOT, 'test', 'fixtures', 't2g', 'substitution-pairs.tsv');
    const pairs = parseSubstitutionPairs(fs.readFileSync(file, 'utf8'), file);
    expect(pairs.length).toBeGreaterThanOrEqual(400);
    expect(pairs.some((p) => p.keeps) && pairs.some((p) => !p.keeps)).toBe(true);
    // Each source has at least 25 held-out pairs, both labels among them: enough to mean something.
    for (const source of ['synonym', 'hypernym', 'nearest'] as const) {
      const held = pairs.filter((p) => p.source === source && pairSplit(p) === 'held-out');
      expect(held.length, source).toBeGreaterThanOrEqual(25);
      expect(new Set(held.map((p) => p.keeps)).size, source).toBe(2);
    }
    const keys = pairs.map((p) => `${p.word}\t${p.keyword}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(() =>
      parseSubstitutionPairs(
        'word\tclass\tkeyword\tsource\tkeeps\nrefund\tnoun\tpayment\thypernym\tmaybe',
      ),
    ).toThrow(/pairs:2: keeps "maybe", expected yes or no/);
  });
});
