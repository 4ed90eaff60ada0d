import { describe, expect, it } from 'vitest';
import { EnglishGenerator } from '../../../../src/shared/synth/sentences/english-generator';
import { SentenceLexicon } from '../../../../src/shared/synth/sentences/lexicon';
import { verbForms } from '../../../../src/shared/synth/sentences/verb-forms';
import { aseEntries } from './support';

describe('phrasebook and vocabulary against the ASL lexicon', () => {
  it('resolves every phrase row (a typo in a keyword or slot would drop a row silently)', () => {
    const gen = new EnglishGenerator(new SentenceLexicon(aseEntries()));
    expect(gen.unusablePhrases).toEqual([]);
    expect(gen.templates.length).toBeGreaterThan(400);
  });

  it('inflects English verbs', () => {
    expect(verbForms('study')).toMatchObject({ s: 'studies', past: 'studied', ing: 'studying' });
    expect(verbForms('run/ran/run')).toMatchObject({ s: 'runs', past: 'ran', ing: 'running' });
    expect(verbForms('wake up/woke up/woken up')).toMatchObject({
      s: 'wakes up',
      ing: 'waking up',
    });
    expect(verbForms('dance')).toMatchObject({ s: 'dances', past: 'danced', ing: 'dancing' });
    expect(verbForms('watch')).toMatchObject({ s: 'watches', past: 'watched' });
    expect(verbForms('have/had/had')).toMatchObject({ s: 'has' });
  });
});
