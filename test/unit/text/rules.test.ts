import { beforeAll, describe, expect, it } from 'vitest';
import { T2gResultSchema, translateEnglish, type EnglishResources } from '../../../src/shared/text';
import { aseResources, glossesOf, spansOf } from './support';

/**
 * The three use cases, against pack ase's lexicon. Expected glosses follow the scheme in
 * src/shared/text/english-asl/grammar.ts: time first, definite object as topic, wh-sign last, NOT
 * after the predicate; spans index the signs, end exclusive.
 */
const COUNTER: [string, string, string][] = [
  ['Where is the bathroom?', 'BATHROOM WHERE', 'wh-question 0 2'],
  ['The ticket costs $25.', 'TICKET COST 25 DOLLAR', ''],
  ['Do you have a receipt?', 'YOU HAVE RECEIPT', 'yn-question 0 3'],
  ['Please wait here.', 'PLEASE WAIT HERE', ''],
  ['How much does the ticket cost?', 'TICKET COST HOW-MUCH', 'wh-question 0 3'],
  ['Can I pay with a card?', 'ME CAN PAY WITH CARD', 'yn-question 0 5'],
  ['Your appointment is at 3:30 pm.', 'TIME THREE 30 AFTERNOON YOUR APPOINTMENT', ''],
  ['The store closes at 9 pm.', 'TIME NINE NIGHT STORE CLOSE', ''],
  ['I need help.', 'ME NEED HELP', ''],
  ['Do you need a bag?', 'YOU NEED BAG', 'yn-question 0 3'],
  ['Is there a problem?', 'PROBLEM', 'yn-question 0 1'],
  ['The doctor will see you now.', 'NOW DOCTOR SEE YOU', ''],
  ['Sorry, we are closed on Sunday.', 'SORRY SUNDAY WE CLOSE', ''],
  ["We don't take cash.", 'WE TAKE MONEY NOT', 'negation 1 4'],
  ['Next, please.', 'NEXT PLEASE', ''],
];

const HOME: [string, string, string][] = [
  ['I miss you.', 'ME MISS YOU', ''],
  ['Did you eat yet?', 'YOU EAT FINISH', 'yn-question 0 3'],
  ['My mother is sick.', 'MY MOTHER SICK', ''],
  // Capitalized identity words are signs, not names to spell; a real name is still spelled.
  ['My teacher is Deaf.', 'MY TEACHER DEAF', ''],
  ['Sarah is Deaf.', 'fs-SARAH DEAF', ''],
  // A locative preposition the lexicon has no sign for is dropped, not spelled; a final period
  // on a word the tokenizer also knows as an abbreviation ("ill.") does not make it a name.
  ['The kids are in the car.', 'CHILD CAR', ''],
  ['My grandma is ill.', 'MY GRANDMOTHER SICK', ''],
  ['How are you?', 'HOW-ARE-YOU', 'wh-question 0 1'],
  ['I love you.', 'ME LOVE YOU', ''],
  ['My sister is coming next Monday.', 'NEXT MONDAY MY SISTER COME', ''],
  ['I will call you tomorrow.', 'TOMORROW ME CALL YOU', ''],
  ['Where do you live?', 'YOU LIVE WHERE', 'wh-question 0 3'],
  ["I can't hear you.", 'ME HEAR YOU CANNOT', 'negation 1 4'],
  ['The baby is sleeping.', 'BABY SLEEP', ''],
  ['Are you tired?', 'YOU TIRED', 'yn-question 0 2'],
  ['Happy birthday!', 'HAPPY BIRTHDAY', ''],
  ["I don't know.", 'ME DONT-KNOW', 'negation 1 2'],
  ["She doesn't have a car.", 'IX-3 HAVE CAR NOT', 'negation 1 4'],
  ['We never eat breakfast.', 'WE NEVER EAT BREAKFAST', 'negation 1 4'],
];

const CLASSROOM: [string, string, string][] = [
  ['Please open your book to page 12.', 'PLEASE OPEN YOUR BOOK PAGE TWELVE', ''],
  ['Do you understand the question?', 'YOU UNDERSTAND QUESTION', 'yn-question 0 3'],
  ['The test is tomorrow.', 'TOMORROW TEST', ''],
  ['What is your name?', 'YOUR NAME WHAT', 'wh-question 0 3'],
  ['My name is John.', 'MY NAME fs-JOHN', ''],
  ["I don't understand.", 'ME UNDERSTAND NOT', 'negation 1 3'],
  ["I don't understand the question.", 'QUESTION ME UNDERSTAND NOT', 'topic 0 1; negation 2 4'],
  ['Please repeat the question.', 'PLEASE QUESTION AGAIN', 'topic 1 2'],
  ['Who is your teacher?', 'YOUR TEACHER WHO', 'wh-question 0 3'],
  ['Why are you late?', 'YOU LATE WHY', 'wh-question 0 3'],
  ['Please sit down.', 'PLEASE SIT', ''],
  ['I finished the homework yesterday.', 'YESTERDAY HOMEWORK ME FINISH', 'topic 1 2'],
  ['We have class at 8 am.', 'TIME EIGHT MORNING WE HAVE CLASS', ''],
  ['The class starts on Dec 5.', 'fs-DEC FIVE CLASS START', ''],
  ['I have twenty-one students.', 'ME HAVE 21 STUDENT', ''],
  ['Which page?', 'PAGE WHICH', 'wh-question 0 2'],
  ['Do you have any questions?', 'YOU HAVE QUESTION', 'yn-question 0 3'],
  ['I read the book.', 'BOOK ME READ', 'topic 0 1'],
  ['She is not a teacher.', 'IX-3 TEACHER NOT', 'negation 1 3'],
  ['Is the library open on Sunday?', 'SUNDAY fs-LIBRARY OPEN', 'yn-question 0 3'],
];

let res: EnglishResources;
beforeAll(() => {
  res = aseResources();
});

describe.each([
  ['service counter', COUNTER],
  ['home calls', HOME],
  ['classroom', CLASSROOM],
])('English → ASL rules: %s', (_name, cases) => {
  it.each(cases)('%s → %s', (text, glosses, spans) => {
    const r = translateEnglish(text, res);
    expect(glossesOf(r)).toBe(glosses);
    expect(spansOf(r)).toBe(spans);
    expect(T2gResultSchema.safeParse(r).success).toBe(true);
  });
});

describe('English → ASL rules: what each sign carries', () => {
  it('records how each sign was found and the words it comes from', () => {
    const r = translateEnglish('The ticket costs $25, thank you.', res);
    expect(r.signs).toEqual([
      { gloss: 'TICKET', resolved: 'sign', from: 'ticket' },
      { gloss: 'COST', resolved: 'sign', from: 'costs' },
      { gloss: '25', resolved: 'sign', from: '$25' },
      { gloss: 'DOLLAR', resolved: 'sign', from: '$25' },
      { gloss: 'THANK-YOU', resolved: 'sign', from: 'thank you' },
    ]);
  });

  it('marks a WordNet synonym as such and a name as fingerspelled', () => {
    const r = translateEnglish('Maria is exhausted.', res);
    expect(r.signs).toEqual([
      { gloss: 'fs-MARIA', resolved: 'fingerspelled', from: 'Maria' },
      { gloss: 'TIRED', resolved: 'sign', from: 'exhausted' },
    ]);
    const s = translateEnglish('The automobile is new.', res).signs[0];
    expect(s).toEqual({ gloss: 'CAR', resolved: 'sign', from: 'automobile' });
    const syn = translateEnglish('The train is speedy.', res).signs.find(
      (x) => x.from === 'speedy',
    );
    expect(syn).toEqual({ gloss: 'FAST', resolved: 'synonym', from: 'speedy' });
    // A broader word (WordNet hypernym) never stands in: it did not keep the meaning reliably.
    const broader = translateEnglish('I like the sedan.', res).signs.find(
      (x) => x.from === 'sedan',
    );
    expect(broader).toEqual({ gloss: 'fs-SEDAN', resolved: 'fingerspelled', from: 'sedan' });
  });

  it('keeps the signs of several sentences in order, spans offset into the whole list', () => {
    const r = translateEnglish('I miss you. Where is the bathroom?', res);
    expect(glossesOf(r)).toBe('ME MISS YOU BATHROOM WHERE');
    expect(spansOf(r)).toBe('wh-question 3 5');
  });

  it('drops what ASL does not sign: articles, copula, do-support, infinitival to, tense auxiliaries', () => {
    // The future is said once, as FUTURE up front (there is no time word to say it).
    expect(glossesOf(translateEnglish('The boy is going to eat an apple.', res))).toBe(
      'FUTURE BOY EAT APPLE',
    );
    expect(glossesOf(translateEnglish('Did the teacher call?', res))).toBe('TEACHER CALL');
    expect(glossesOf(translateEnglish('We will have been waiting.', res))).toBe('FUTURE WE WAIT');
  });

  it('puts an embedded wh-word in its own clause instead of moving it', () => {
    const r = translateEnglish("I don't know where he lives.", res);
    expect(glossesOf(r)).toBe('ME DONT-KNOW WHERE IX-3 LIVE');
    expect(spansOf(r)).toBe('negation 1 2');
  });

  it('marks the question on the clause that asks it', () => {
    const r = translateEnglish("I'm tired, can we go home?", res);
    expect(glossesOf(r)).toBe('ME TIRED WE CAN GO HOME');
    expect(spansOf(r)).toBe('yn-question 2 6');
  });

  it('signs kin terms used as names, and drops particles and intensifiers', () => {
    expect(glossesOf(translateEnglish('Hi Grandma, I miss you so much!', res))).toBe(
      'HELLO GRANDMOTHER ME MISS YOU',
    );
    expect(glossesOf(translateEnglish('Please bring it back tomorrow.', res))).toBe(
      'TOMORROW PLEASE BRING IX-3',
    );
  });

  it('reads "that" without a clause after it as pointing (IX), and one before a clause as dropped', () => {
    expect(glossesOf(translateEnglish('Can you explain that again?', res))).toBe(
      'YOU CAN EXPLAIN IX-3 AGAIN',
    );
    expect(glossesOf(translateEnglish('I know that you are busy.', res))).toBe('ME KNOW YOU BUSY');
  });

  it('matches a lexicon phrase that holds a whole time expression (good morning → MORNING)', () => {
    const r = translateEnglish('Good morning, how can I help you?', res);
    expect(glossesOf(r)).toBe('MORNING ME CAN HELP YOU HOW');
    expect(spansOf(r)).toBe('wh-question 1 6');
  });
});
