import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { translateEnglish, type EnglishResources } from '../../../src/shared/text';
import { numberGlossParts } from '../../../src/shared/text/number-gloss';
import { parseGlossTestSet, scoreByCategory } from '../../../src/shared/text/eval';
import { SignLexicon } from '../../../src/shared/lexicon/sign-lexicon';
import type { SignSpec } from '../../../src/shared/sigml/spec';
import { ROOT } from '../../helpers/shared';
import { aseResources, glossesOf } from './support';

// Issue 14 item 6: glosses that keep the meaning. Each sentence below gave a gloss that said
// something else before (refund → PAY, first → ONE, 10:30 → TIME TEN THREE ZERO, 25 → TWO FIVE,
// 5 pm → NIGHT, "Sign here" → SIGNATURE without HERE).
let res: EnglishResources;
beforeAll(() => {
  res = aseResources();
});
const g = (text: string) => glossesOf(translateEnglish(text, res));

describe('glosses that keep the meaning', () => {
  it.each([
    ['I have 25 students.', 'ME HAVE 25 STUDENT'],
    ['The school has 1,500 students.', 'SCHOOL HAVE 1500 STUDENT'],
    ['We need 12 chairs.', 'WE NEED TWELVE CHAIR'],
    ['Call 555-1234.', 'CALL FIVE FIVE FIVE ONE TWO THREE FOUR'],
    ['The meeting is at 10:30.', 'TIME TEN 30 MEET'],
    ['The doctor can see you at 10:05.', 'TIME TEN 05 DOCTOR CAN SEE YOU'],
    ['Come at 5 pm.', 'TIME FIVE AFTERNOON COME'],
    ['Come at 8 pm.', 'TIME EIGHT NIGHT COME'],
    ['The party is on December 5th, 2024.', 'fs-DEC FIVE TWENTY 24 PARTY'],
    ['She moved here in 1999.', 'NINETEEN 99 IX-3 MOVE HERE'],
    ['It costs $3.50.', 'IX-3 COST THREE DOLLAR 50 fs-CENT'],
    ['She came first.', 'IX-3 COME fs-FIRST'],
    ['Go to the third floor.', 'GO fs-THIRD fs-FLOOR'],
    ['Sign here.', 'SIGNATURE HERE'],
    ['Turn left.', 'fs-TURN LEFT'],
    ['I want a refund.', 'ME WANT fs-REFUND'],
  ])('%s → %s', (text, glosses) => {
    expect(g(text)).toBe(glosses);
  });

  it('marks the future with FUTURE only when no time expression says when', () => {
    expect(g('I will pay.')).toBe('FUTURE ME PAY');
    expect(g('They are going to move.')).toBe('FUTURE THEY MOVE');
    expect(g('I will call you tomorrow.')).toBe('TOMORROW ME CALL YOU');
  });

  it('marks a finished act with FINISH, but not a state or a span of time', () => {
    expect(g('I have eaten.')).toBe('ME FINISH EAT');
    expect(g('Have you eaten?')).toBe('YOU FINISH EAT');
    expect(g('She has finished her homework.')).toBe('IX-3 FINISH HIS-HER HOMEWORK');
    expect(g('I have lived here for years.')).not.toContain('FINISH');
  });

  it('reads do-support after a wh-phrase as grammar, not a word', () => {
    expect(g('What time does the store open?')).toBe('STORE OPEN TIME');
  });
});

describe('number glosses', () => {
  const parts = (gloss: string) =>
    numberGlossParts(gloss)
      ?.map((p) => ('word' in p ? p.word : String(p.value)))
      .join(' ');

  it('signs a number the ASL way, never as separate numbers in the gloss', () => {
    expect(parts('7')).toBe('7');
    expect(parts('20')).toBe('20');
    expect(parts('25')).toBe('2 5');
    expect(parts('40')).toBe('4 0');
    expect(parts('1500')).toBe('1 thousand 5 hundred');
    expect(parts('05')).toBe('0 5');
    expect(parts('3.5')).toBe('3 point 5');
    expect(parts('TWELVE')).toBeUndefined();
  });

  it('the sign lexicon plays a number gloss with its number signs, spelling a scale it lacks', () => {
    const spec = (gloss: string) => ({ gloss }) as unknown as SignSpec;
    const lexicon = new SignLexicon(
      'test',
      ['ONE', 'TWO', 'FIVE', 'ZERO', 'A', 'D', 'H', 'N', 'O', 'S', 'T', 'U'].map((gloss) => ({
        gloss,
        spec: spec(gloss),
      })),
    );
    const { items, unresolved } = lexicon.resolve(['25', '1000']);
    expect(unresolved).toEqual([]);
    const played = items.map((i) =>
      (i.letters ?? []).map((l) => (l as unknown as { gloss: string }).gloss).join(' '),
    );
    expect(played).toEqual(['TWO FIVE', 'ONE T H O U S A N D']);
    expect(items.map((i) => i.gloss)).toEqual(['25', '1000']);
  });
});

describe('t2g test set and scoring by category', () => {
  const file = path.join(ROOT, 'test', 'fixtures', 't2g', 'everyday-ase.tsv');

  it('holds at least 100 team-written sentences, each with a category and a reference', () => {
    const items = parseGlossTestSet(fs.readFileSync(file, 'utf8'), file);
    expect(items.length).toBeGreaterThanOrEqual(100);
    const categories = new Set(items.map((i) => i.category));
    for (const c of ['numbers', 'times', 'dates', 'ordinals', 'negation', 'directives'])
      expect(categories).toContain(c);
  });

  it('scores exact match and gloss WER per category, folding fs- and number names', () => {
    const items = [
      { category: 'numbers', reference: 'ME HAVE 25 STUDENT' },
      { category: 'numbers', reference: 'WE NEED 12 CHAIR' },
      { category: 'substitution', reference: 'ME WANT REFUND' },
    ];
    const s = scoreByCategory(items, [
      'ME HAVE TWO FIVE STUDENT',
      'WE NEED TWELVE CHAIR',
      'ME WANT fs-REFUND',
    ]);
    expect(s.categories.map((c) => [c.category, c.exact])).toEqual([
      ['numbers', 0.5],
      ['substitution', 1],
    ]);
    // TWO FIVE for 25: one substitution and one insertion over 8 reference glosses.
    expect(s.categories[0]?.wer).toBeCloseTo(25);
    expect(() => scoreByCategory(items, [])).toThrow(/3 test items but 0 hypotheses/);
  });

  it('names the line of a malformed row', () => {
    expect(() =>
      parseGlossTestSet('category\tsetting\tenglish\treference\nnumbers\thome\tonly three'),
    ).toThrow(/test set:2: 3 tab-separated cells, expected 4/);
  });
});
