/**
 * Time frames that open an ASL clause: keywords ('+' joins signs) | English | tense of the clause.
 * Tenses: past, future, now (progressive, or present for stative verbs), habit (simple present).
 */
export const TIME_FRAMES = `
yesterday    | yesterday                          | past
tomorrow     | tomorrow                           | future
today        | today                              | now
now          | now,right now                      | now
later        | later                              | future
soon         | soon                               | future
night        | tonight                            | future
morning      | in the morning,every morning       | habit
afternoon    | in the afternoon,every afternoon   | habit
every day    | every day                          | habit
past+week    | last week                          | past
next+week    | next week                          | future
past+month   | last month                         | past
next+month   | next month                         | future
past+year    | last year                          | past
next+year    | next year                          | future
`;

export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

/** Keywords a weekday slot may sign: a day, or NEXT / PAST before it. */
export const WEEKDAY_SLOT_KEYWORDS = [...WEEKDAYS, 'next', 'past'] as const;

/** Month names with the ASL spelled form (as text/english-asl/word-lists.ts MONTHS) and day count. */
export const MONTH_TABLE: readonly (readonly [string, string, number])[] = [
  ['January', 'JAN', 31],
  ['February', 'FEB', 28],
  ['March', 'MARCH', 31],
  ['April', 'APRIL', 30],
  ['May', 'MAY', 31],
  ['June', 'JUNE', 30],
  ['July', 'JULY', 31],
  ['August', 'AUG', 31],
  ['September', 'SEPT', 30],
  ['October', 'OCT', 31],
  ['November', 'NOV', 30],
  ['December', 'DEC', 31],
];
