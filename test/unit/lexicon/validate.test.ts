import { describe, expect, it } from 'vitest';
import {
  ambiguousKeywords,
  keywordMap,
  LexiconIndexSchema,
  validateLexiconIndex,
  type LexiconIndex,
} from '../../../src/shared/lexicon';

const INDEX: LexiconIndex = LexiconIndexSchema.parse({
  schemaVersion: 1,
  signLanguage: 'ase',
  spokenLanguage: 'en',
  entries: [
    {
      gloss: 'HELLO',
      file: 'greetings.sigml',
      keywords: ['hello', 'hi'],
      category: 'greetings',
      description: 'Salute from the forehead.',
    },
    {
      gloss: 'I',
      file: 'alphabet.sigml',
      keywords: ['i'],
      category: 'alphabet',
      description: 'Little finger up from a fist.',
    },
    {
      gloss: 'ME',
      file: 'pronouns.sigml',
      keywords: ['me', 'i'],
      category: 'pronouns',
      description: 'Index finger touches the chest.',
    },
  ],
});

describe('validateLexiconIndex', () => {
  it('finds nothing when entries and signs correspond', () => {
    const signs = new Map([
      ['greetings.sigml', ['HELLO']],
      ['alphabet.sigml', ['I']],
      ['pronouns.sigml', ['ME']],
    ]);
    expect(validateLexiconIndex(INDEX, signs)).toEqual([]);
  });

  it('reports a missing file, a missing sign, an unindexed sign and a duplicate sign', () => {
    const signs = new Map([
      ['greetings.sigml', ['HELLO', 'GOODBYE', 'HELLO']],
      ['alphabet.sigml', ['J']],
    ]);
    const problems = validateLexiconIndex(INDEX, signs);
    expect(problems.map((p) => [p.kind, p.file, p.gloss])).toEqual([
      ['missing-sign', 'alphabet.sigml', 'I'],
      ['missing-file', 'pronouns.sigml', 'ME'],
      ['unindexed-sign', 'greetings.sigml', 'GOODBYE'],
      ['duplicate-sign', 'greetings.sigml', 'HELLO'],
      ['unindexed-sign', 'alphabet.sigml', 'J'],
    ]);
    expect(problems[1]?.message).toBe(
      'index entry "ME": file "pronouns.sigml" is not in the lexicon; expected one of greetings.sigml, alphabet.sigml',
    );
  });
});

describe('keywordMap / ambiguousKeywords', () => {
  it('maps each keyword to its glosses and lists the ambiguous ones', () => {
    expect(keywordMap(INDEX).get('hi')).toEqual(['HELLO']);
    expect(ambiguousKeywords(INDEX)).toEqual([{ keyword: 'i', glosses: ['I', 'ME'] }]);
  });
});
