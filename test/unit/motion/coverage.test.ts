/** Issue 14 item 2: every non-empty SiGML sign animates, degraded where needed. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSigml } from '../../../src/shared/sigml';
import { lexiconCoverage, rareLexiconSigml, signingRate } from '../../../src/shared/motion/bench';
import { describeShared, sharedPath } from '../../helpers/shared';

const TARGET_PCT = 98;

describe('lexicon coverage', () => {
  it('animates every sign of a rare-element lexicon no code was tuned on, with warnings', () => {
    const c = lexiconCoverage(parseSigml(new TextEncoder().encode(rareLexiconSigml())));
    expect(c.failures).toEqual([]);
    expect(c.animated).toBe(c.nonEmpty);
    expect(c.degraded).toBeGreaterThan(0);
  });

  it('signing rate counts signs between the first start and the last end', () => {
    const tl = [0, 1, 2, 3].map((i) => ({
      gloss: `G${i}`,
      start: 1 + i * 0.5,
      end: 1.5 + i * 0.5,
      source: 't',
    }));
    expect(signingRate(tl)).toBeCloseTo(2, 6);
    expect(signingRate([])).toBe(0);
  });
});

const FILES = [
  'Dutch_SL_NGT.sigml',
  'German_SL_DGS.sigml',
  'hamnosys_bsl_version1.sigml',
  'asl_alphabet_sigml.sigml',
  'bsl_alphabet_sigml.sigml',
  'dgs_alphabet_sigml.sigml',
  'ngt_alphabet_sigml.sigml',
];

describeShared(
  'lexicon coverage of ../shared/data/sigml',
  FILES.map((f) => `data/sigml/${f}`),
  () => {
    it.each(FILES)(
      `%s: at least ${TARGET_PCT}% of non-empty signs animate`,
      (name) => {
        const c = lexiconCoverage(parseSigml(fs.readFileSync(sharedPath('data', 'sigml', name))));
        expect((100 * c.animated) / c.nonEmpty).toBeGreaterThanOrEqual(TARGET_PCT);
      },
      120_000,
    );
  },
);
