import { describe, expect, it } from 'vitest';
import {
  CONVENTIONAL_GLOSS,
  LexiconIndexSchema,
  type LexiconIndex,
} from '../../../src/shared/lexicon';

function index(entries: LexiconIndex['entries']): unknown {
  return { schemaVersion: 1, signLanguage: 'ase', spokenLanguage: 'en', entries };
}

const HELLO = {
  gloss: 'HELLO',
  file: 'greetings.sigml',
  keywords: ['hello', 'hi'],
  category: 'greetings',
  description: 'B hand at the forehead moves out like a salute.',
};

function messages(value: unknown): string[] {
  const r = LexiconIndexSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('LexiconIndexSchema', () => {
  it('accepts a well-formed index', () => {
    expect(
      messages(index([HELLO, { ...HELLO, gloss: 'THANK-YOU', keywords: ['thank you'] }])),
    ).toEqual([]);
  });

  it('rejects an uppercase or untrimmed keyword, naming the entry', () => {
    expect(messages(index([{ ...HELLO, keywords: ['Hello'] }]))).toEqual([
      'entries.0.keywords.0: lowercase (e.g. "thank you", not "Thank you")',
    ]);
    expect(messages(index([{ ...HELLO, keywords: [' hi'] }]))[0]).toMatch(
      /^entries\.0\.keywords\.0: trimmed/,
    );
    expect(messages(index([{ ...HELLO, keywords: ['thank  you'] }]))[0]).toMatch(/one space/);
  });

  it('rejects a repeated gloss and a keyword listed twice in one entry', () => {
    expect(messages(index([HELLO, { ...HELLO, keywords: ['hey'] }]))).toEqual([
      'entries.1.gloss: gloss "HELLO" is already entry 0; glosses are unique',
    ]);
    expect(messages(index([{ ...HELLO, keywords: ['hi', 'hi'] }]))).toEqual([
      'entries.0.keywords.1: keyword "hi" is listed twice for "HELLO"',
    ]);
  });

  it('rejects paths that leave the folder or are not SiGML, and multi-line descriptions', () => {
    expect(messages(index([{ ...HELLO, file: '../x.sigml' }]))[0]).toMatch(
      /^entries\.0\.file: a relative path/,
    );
    expect(messages(index([{ ...HELLO, file: 'greetings.xml' }]))[0]).toMatch(/^entries\.0\.file:/);
    expect(messages(index([{ ...HELLO, description: 'line one\nline two' }]))[0]).toMatch(
      /one line/,
    );
    expect(messages(index([{ ...HELLO, gloss: 'THANK YOU' }]))[0]).toMatch(/without spaces/);
  });

  it('rejects unknown fields and a wrong language code', () => {
    expect(messages(index([{ ...HELLO, video: 'x.mp4' } as never])).length).toBe(1);
    expect(messages({ ...(index([HELLO]) as object), signLanguage: 'ASL' })[0]).toMatch(
      /ISO 639-3/,
    );
  });
});

describe('CONVENTIONAL_GLOSS', () => {
  it('accepts ASL-style glosses and rejects others', () => {
    for (const g of ['HELLO', 'THANK-YOU', 'IX-3', 'HOW-MUCH', 'A'])
      expect(g).toMatch(CONVENTIONAL_GLOSS);
    for (const g of ['hello', 'THANK_YOU', 'HOW-', '-A', 'ABOVE1^'])
      expect(g).not.toMatch(CONVENTIONAL_GLOSS);
  });
});
