import { describe, expect, it } from 'vitest';
import { buildLexiconIndex, normalizeKeyword } from '../../../src/shared/text';
import { readLexiconKeywords } from '../../../src/workers/slp/english-asl/lexicon-file';
import { ASE_PACK, realNlp } from './support';

describe('lexicon keyword index', () => {
  const lex = buildLexiconIndex([
    { gloss: 'THANK-YOU', keywords: [] },
    { gloss: 'RIGHT-DIRECTION', keywords: ['right'] },
    { gloss: 'RIGHT', keywords: ['right', 'correct'] },
    { gloss: 'A', keywords: ['a'], category: 'alphabet' },
    { gloss: 'MONDAY', keywords: ['monday'], category: 'days' },
    { gloss: 'AMERICA', keywords: ['America'] },
    { gloss: 'BROWN', keywords: ['brown'], category: 'colors' },
    { gloss: 'ICE-CREAM', keywords: ['ice cream'] },
  ]);

  it('normalizes case, apostrophes and spacing', () => {
    expect(normalizeKeyword('  Don\u2019t   Know ')).toBe("don't know");
    expect(lex.glossFor('Thank You')).toBe('THANK-YOU');
    expect(lex.glossFor('ice_cream')).toBe('ICE-CREAM');
    expect(lex.glossFor('ice-cream')).toBe('ICE-CREAM');
    expect(lex.maxPhraseWords).toBe(2);
  });

  it('gives a shared keyword to the sign named after it', () => {
    expect(lex.glossFor('right')).toBe('RIGHT');
  });

  it('keeps manual-alphabet letters out of word lookup', () => {
    expect(lex.glossFor('a')).toBeUndefined();
    expect(lex.hasGloss('A')).toBe(true);
  });

  it('knows proper nouns by category or capitalized keyword, not colours', () => {
    expect(lex.isProperNoun('Monday')).toBe(true);
    expect(lex.isProperNoun('america')).toBe(true);
    expect(lex.isProperNoun('brown')).toBe(false);
  });

  it('reads pack ase', () => {
    const entries = readLexiconKeywords(ASE_PACK);
    expect(entries.length).toBeGreaterThan(300);
    const ase = buildLexiconIndex(entries);
    expect(ase.glossFor('thank you')).toBe('THANK-YOU');
    // "i" is the pronoun's keyword, not the letter I's (letters are left out of lookup).
    expect(ase.glossFor('i')).toBe('ME');
    expect(ase.glossFor('b')).toBeUndefined();
  });
});

describe('WordNet 3.1 reader', () => {
  it('finds index entries by binary search, first and last lemmas and phrases included', () => {
    const { wordnet } = realNlp();
    expect(wordnet.related('automobile', 'noun').slice(0, 2)).toEqual([
      { word: 'car', relation: 'synonym' },
      { word: 'auto', relation: 'synonym' },
    ]);
    expect(wordnet.related("'hood", 'noun').length).toBeGreaterThan(0);
    expect(wordnet.related('zymurgy', 'noun').length).toBeGreaterThan(0);
    expect(wordnet.related('ice cream', 'noun').map((r) => r.word)).toContain('frozen dessert');
    expect(wordnet.related('qwertyuiop', 'noun')).toEqual([]);
  });

  it('gives synonyms of frequent senses, then hypernyms one level up, then a satellite head', () => {
    const { wordnet } = realNlp();
    expect(wordnet.related('sedan', 'noun')).toContainEqual({ word: 'car', relation: 'hypernym' });
    expect(wordnet.related('dine', 'verb')).toContainEqual({ word: 'eat', relation: 'hypernym' });
    expect(wordnet.related('rapid', 'adj')).toContainEqual({ word: 'fast', relation: 'similar' });
    // Rare senses are left out: bathroom's second sense lists "john".
    expect(wordnet.related('bathroom', 'noun').map((r) => r.word)).not.toContain('john');
  });

  it('falls back to the classes WordNet has when the tag is wrong', () => {
    const { wordnet } = realNlp();
    expect(wordnet.related('dine', 'noun')).toContainEqual({ word: 'eat', relation: 'hypernym' });
  });

  it('calls opposites antonyms and members of one category siblings', () => {
    const { wordnet } = realNlp();
    expect(wordnet.conflict('unhappy', 'happy')).toBe('antonym');
    expect(wordnet.conflict('rapid', 'slow')).toBe('antonym');
    expect(wordnet.conflict('purple', 'yellow')).toBe('sibling');
    expect(wordnet.conflict('uncle', 'brother')).toBe('sibling');
    expect(wordnet.conflict('truck', 'car')).toBe('sibling');
    expect(wordnet.conflict('puppy', 'dog')).toBeUndefined();
    expect(wordnet.conflict('automobile', 'car')).toBeUndefined();
    expect(wordnet.conflict('qwertyuiop', 'car')).toBeUndefined();
  });
});
