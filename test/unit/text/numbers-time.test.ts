import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildLexiconIndex,
  translateEnglish,
  type EnglishResources,
} from '../../../src/shared/text';
import {
  numberSigns,
  parseNumberWords,
  parseNumeral,
  parseOrdinal,
  yearSigns,
} from '../../../src/shared/text/english-asl/numbers';
import type { SignRequest } from '../../../src/shared/text/english-asl/sign-request';
import { aseResources, glossesOf } from './support';

let res: EnglishResources;
beforeAll(() => {
  res = aseResources();
});

const g = (text: string) => glossesOf(translateEnglish(text, res));
/** The first keyword of each request: what the number rules asked for. */
const asked = (reqs: SignRequest[]) =>
  reqs
    .map((r) => (r.kind === 'keywords' ? r.keywords[0] : r.kind === 'number' ? r.digits : r.kind))
    .join(' ');

describe('number parsing', () => {
  it('reads number words, numerals and ordinals', () => {
    expect(parseNumberWords(['twenty-one'])).toBe(21);
    expect(parseNumberWords(['twenty', 'one'])).toBe(21);
    expect(parseNumberWords(['one', 'hundred', 'and', 'five'])).toBe(105);
    expect(parseNumberWords(['a', 'thousand'])).toBe(1000);
    expect(parseNumberWords(['three', 'million', 'two', 'hundred'])).toBe(3_000_200);
    expect(parseNumberWords(['apple'])).toBeUndefined();
    expect(parseNumeral('1,200')).toEqual({ value: 1200 });
    expect(parseNumeral('3.50')).toEqual({ value: 3, fraction: '50' });
    expect(parseNumeral('12a')).toBeUndefined();
    expect(parseOrdinal('3rd')).toBe(3);
    expect(parseOrdinal('third')).toBe(3);
    expect(parseOrdinal('twenty-first')).toBe(21);
    expect(parseOrdinal('first-class')).toBeUndefined();
  });

  it('writes a number as one number gloss, years in two halves', () => {
    const lex = buildLexiconIndex([]);
    expect(asked(numberSigns(7, lex))).toBe('7');
    expect(asked(numberSigns(20, lex))).toBe('20');
    expect(asked(numberSigns(25, lex))).toBe('25');
    expect(asked(numberSigns(1200, lex))).toBe('1200');
    expect(asked(yearSigns(1999, lex))).toBe('19 99');
    expect(asked(yearSigns(2024, lex))).toBe('20 24');
    expect(asked(yearSigns(1905, lex))).toBe('19 05');
    expect(asked(yearSigns(2005, lex))).toBe('2005');
  });

  it('uses a whole-number sign when the lexicon has one', () => {
    const withSign = {
      ...res,
      lexicon: buildLexiconIndex([{ gloss: 'TWENTY-FIVE', keywords: ['25'] }]),
    };
    expect(glossesOf(translateEnglish('25', withSign))).toBe('TWENTY-FIVE');
  });
});

describe('numbers, money, dates and times in sentences', () => {
  it.each([
    ['The ticket costs $25.', 'TICKET COST 25 DOLLAR'],
    ['It is $3.50.', 'THREE DOLLAR 50 fs-CENT'],
    ['It costs twenty five dollars.', 'IX-3 COST 25 DOLLAR'],
    ['Take 50% off.', 'TAKE 50 fs-PERCENT'],
    ['I have twenty-one students.', 'ME HAVE 21 STUDENT'],
    ['Call 555-1234.', 'CALL FIVE FIVE FIVE ONE TWO THREE FOUR'],
    ['Open your book to page 12.', 'OPEN YOUR BOOK PAGE TWELVE'],
  ])('%s → %s', (text, glosses) => {
    expect(g(text)).toBe(glosses);
  });

  it.each([
    ['Come at 3:30 pm.', 'TIME THREE 30 AFTERNOON COME'],
    ['Come at 10:05 am.', 'TIME TEN 05 MORNING COME'],
    ["Come at 5 o'clock.", 'TIME FIVE COME'],
    ['Come at 8 pm.', 'TIME EIGHT NIGHT COME'],
    ['Come at noon.', 'NOON COME'],
    ['The party is on Dec 5.', 'fs-DEC FIVE PARTY'],
    ['The party is on December 5th, 2024.', 'fs-DEC FIVE TWENTY 24 PARTY'],
    ['She moved here in May 1999.', 'fs-MAY NINETEEN 99 IX-3 MOVE HERE'],
    ['See you next Monday.', 'NEXT MONDAY SEE YOU'],
    ['I saw him last Friday.', 'PAST FRIDAY ME SEE IX-3'],
    ['We meet next week.', 'NEXT WEEK WE MEET'],
    ['The test is tomorrow.', 'TOMORROW TEST'],
  ])('time expressions come first: %s → %s', (text, glosses) => {
    expect(g(text)).toBe(glosses);
  });

  it('keeps limits and durations in place: they do not set the time frame', () => {
    // Pack ase has no UNTIL or LIBRARY: spelled.
    expect(g('The library is open until 9 pm.')).toBe('fs-LIBRARY OPEN fs-UNTIL TIME NINE NIGHT');
    expect(g('The bus leaves in twenty-one minutes.')).toBe('BUS LEAVE 21 MINUTE');
  });

  it('gives every sign of a number the number as its source', () => {
    const r = translateEnglish('Come at 3:30 pm.', res);
    expect(r.signs.slice(0, 4).map((s) => s.from)).toEqual(Array(4).fill('3:30 pm'));
  });
});

describe('months and modals', () => {
  it('spells a month the ASL way unless the lexicon files it as a proper noun', () => {
    expect(g('The party is on Dec 5.')).toBe('fs-DEC FIVE PARTY');
    const withMonths = resourcesWith([
      { gloss: 'DECEMBER', keywords: ['december'], category: 'months' },
    ]);
    expect(glossesOf(translateEnglish('The party is on Dec 5.', withMonths))).toBe(
      'DECEMBER FIVE PARTY',
    );
  });

  it('reads "May I" as permission (CAN) and "may" in a statement as MAYBE', () => {
    expect(g('May I help you?')).toBe('ME CAN HELP YOU');
    expect(g('We may go.')).toBe('WE MAYBE GO');
  });
});

function resourcesWith(
  extra: { gloss: string; keywords: string[]; category: string }[],
): EnglishResources {
  return { ...res, lexicon: buildLexiconIndex([...extraBase(), ...extra]), memo: new Map() };
}

function extraBase() {
  return ['FIVE:5,five', 'PARTY:party'].map((s) => {
    const [gloss = '', kws = ''] = s.split(':');
    return { gloss, keywords: kws.split(',') };
  });
}
