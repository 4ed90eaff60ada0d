import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { focusGlosses } from '../../../src/cli/synth/pack-lexicon';
import { planCorpus } from '../../../src/shared/synth/plan';
import { sentenceGenerator } from '../../../src/shared/synth/sentences';
import { aseEntries } from './sentences/support';

/** SHA-256 of the ASL plan below as the code gave it before spelling corpora existed. */
const ASE_PLAN_SHA256 = '130a153eb14c320d9f3f7b63448bed06dd3a376376f804006505bab8055d1b75';

describe('corpus plan', () => {
  it('is unchanged for a lexicon with word signs (the ASL pack)', () => {
    const entries = aseEntries();
    const gen = sentenceGenerator(entries, { spokenLanguage: 'en' });
    const plan = planCorpus(gen, focusGlosses(entries), 1200, 20260);
    const sha = createHash('sha256').update(JSON.stringify(plan)).digest('hex');
    expect(sha).toBe(ASE_PLAN_SHA256);
  });
});
