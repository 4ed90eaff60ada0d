import { beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_FINGERSPELL_LETTERS,
  T2gResultSchema,
  fingerspellGloss,
  glossLine,
  translateEnglish,
  translateEnglishLines,
  type EnglishResources,
} from '../../../src/shared/text';
import { aseResources, glossesOf } from './support';

let res: EnglishResources;
beforeAll(() => {
  res = aseResources();
});

describe('fingerspelling', () => {
  it('spells letters A–Z with diacritics folded and other characters dropped', () => {
    expect(fingerspellGloss('John')).toBe('fs-JOHN');
    expect(fingerspellGloss('José')).toBe('fs-JOSE');
    expect(fingerspellGloss("O'Brien")).toBe('fs-OBRIEN');
    expect(fingerspellGloss('Straße')).toBe('fs-STRASSE');
    expect(fingerspellGloss('Привет')).toBeUndefined();
    expect(fingerspellGloss('😀')).toBeUndefined();
    expect(fingerspellGloss('x'.repeat(100))).toBe(`fs-${'X'.repeat(MAX_FINGERSPELL_LETTERS)}`);
  });

  it('spells names and unknown proper nouns, never signing them as common words', () => {
    const r = translateEnglish('Mr. Brown lives in Boston with Grace.', res);
    expect(glossesOf(r)).toBe('fs-BROWN LIVE fs-BOSTON WITH fs-GRACE');
    expect(
      r.signs.filter((s) => s.gloss.startsWith('fs-')).every((s) => s.resolved === 'fingerspelled'),
    ).toBe(true);
  });

  it('signs a capitalized word that opens the sentence when the lexicon has it', () => {
    expect(glossesOf(translateEnglish('Call me later.', res))).toBe('LATER CALL ME');
    expect(glossesOf(translateEnglish('John called.', res))).toBe('fs-JOHN CALL');
  });

  it('signs a proper noun the lexicon files under a proper-noun category', () => {
    expect(glossesOf(translateEnglish('See you on Monday.', res))).toBe('MONDAY SEE YOU');
  });
});

describe('robustness', () => {
  const valid = (text: string) => {
    const r = translateEnglish(text, res);
    expect(T2gResultSchema.safeParse(r).success).toBe(true);
    return r;
  };

  it('returns nothing for empty, blank and punctuation-only input', () => {
    for (const text of ['', '   ', '\n\n', '?!...', '— , ; :', '"()"']) {
      expect(valid(text)).toEqual({ signs: [], nonManual: [] });
    }
  });

  it('ignores emoji and signs the words around them', () => {
    expect(glossesOf(valid('😀 hello 🙂 thank you 👍'))).toBe('HELLO THANK-YOU');
  });

  it('handles non-English text without failing: Latin letters spelled, other scripts dropped', () => {
    const german = valid('Wo ist die Toilette?');
    expect(german.signs.length).toBeGreaterThan(0);
    expect(german.signs.some((s) => s.gloss === 'fs-TOILETTE')).toBe(true);
    expect(valid('Привет мир')).toEqual({ signs: [], nonManual: [] });
    expect(valid('你好，世界。').signs).toEqual([]);
  });

  it('translates 5,000 characters of text in well under a second with valid spans', () => {
    const paragraph =
      'Please wait here. Where is the bathroom? The ticket costs $25 and the bus leaves at 3:30 pm. ' +
      "My mother is sick, so I can't come tomorrow. Do you understand the question? ";
    const text = paragraph.repeat(Math.ceil(5000 / paragraph.length)).slice(0, 5000);
    const t0 = performance.now();
    const r = valid(text);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(r.signs.length).toBeGreaterThan(500);
    expect(r.nonManual.filter((s) => s.type === 'wh-question').length).toBeGreaterThan(10);
  });

  it('lowers all-capitals input so the tagger does not read every word as a name', () => {
    expect(glossesOf(valid('WHERE IS THE BATHROOM?'))).toBe('BATHROOM WHERE');
  });

  it('folds typographic apostrophes', () => {
    expect(glossesOf(valid('I don\u2019t understand.'))).toBe('ME UNDERSTAND NOT');
  });

  it('survives odd tokens: URLs, e-mail, long digit runs, stray symbols', () => {
    const r = valid('Send it to a@b.com or https://x.org now!!! ### 12345678901234 & ~~~');
    expect(r.signs.length).toBeGreaterThan(0);
  });
});

describe('file mode', () => {
  it('gives one gloss line per input line, blank lines kept, trailing newline kept', () => {
    const out = translateEnglishLines('Where is the bathroom?\n\nI miss you.\n', res);
    expect(out).toBe('BATHROOM WHERE\n\nME MISS YOU\n');
    expect(translateEnglishLines('Please wait here.\r\nThank you.', res)).toBe(
      'PLEASE WAIT HERE\nTHANK-YOU',
    );
    expect(glossLine(translateEnglish('Thank you.', res))).toBe('THANK-YOU');
  });
});
