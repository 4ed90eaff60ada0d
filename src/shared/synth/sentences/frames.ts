import type { Ctx } from './context';
import { numberWord, ordinal, type Alts } from './english';
import type { FrameTense, TimeItem } from './vocab';
import { SETTINGS } from './types';
import { MONTH_TABLE, WEEKDAYS } from './vocab/time';

const ALL_SETTINGS: ReadonlySet<(typeof SETTINGS)[number]> = new Set(SETTINGS);

/** Hours shown with am/pm; minutes drawn for clock times (weighted toward round ones). */
const CLOCK_MINUTES = [0, 0, 0, 0, 15, 30, 30, 45, 5, 10, 20, 40, 50];
const FIRST_YEAR = 1950;
const LAST_YEAR = 2024;

const frame = (
  g: string[],
  e: Alts,
  tense: FrameTense,
  kind: TimeItem['kind'],
  fs: string[] = [],
): TimeItem => ({
  g,
  e: { '': e },
  tags: new Set(),
  settings: ALL_SETTINGS,
  tense,
  kind,
  fs,
});

/**
 * A whole number in [lo, hi]: the focus sign's value when the focus is a number sign in range
 * (so number signs can be focused), else uniform.
 */
export function drawNumber(c: Ctx, lo: number, hi: number): number {
  for (let n = lo; n <= Math.min(hi, 20); n++) {
    const g = c.lex.numberGlosses(n);
    if (g?.length === 1 && c.wants(g[0])) return n;
  }
  if (c.pending && c.focus !== undefined) {
    // A focus digit inside a two-digit number (TWO in 25): pick a number that contains it.
    const hits: number[] = [];
    for (let n = Math.max(lo, 21); n <= hi; n++)
      if (c.lex.numberGlosses(n)?.includes(c.focus)) hits.push(n);
    if (hits.length > 0) {
      const n = c.rng.pick(hits);
      c.note(c.lex.numberGlosses(n) ?? []);
      return n;
    }
  }
  return c.rng.int(lo, hi);
}

/** A clock time opening the clause: TIME 3 30 AFTERNOON, "at 3:30 pm". */
export function clockFrame(c: Ctx): TimeItem | undefined {
  const time = c.vocab.signs('time');
  const noon = c.vocab.signs('noon');
  if (noon !== undefined && (c.wants(noon[0]) || c.chance(0.05))) {
    return frame(noon, ['at noon', 'at midday'], c.chance(0.5) ? 'habit' : 'future', 'clock-time');
  }
  if (time === undefined) return undefined;
  c.wants(time[0]);
  let hour = drawNumber(c, 1, 12);
  let minute = c.rng.pick(CLOCK_MINUTES);
  if (hour > 12) {
    // A focus number above twelve is a minute: 3:17.
    minute = hour;
    hour = c.rng.int(1, 11);
  }
  const minuteGlosses =
    minute === 0
      ? []
      : minute < 10
        ? [...(c.lex.numberGlosses(0) ?? []), ...(c.lex.numberGlosses(minute) ?? [])]
        : c.lex.numberGlosses(minute);
  const hourGlosses = c.lex.numberGlosses(hour);
  if (hourGlosses === undefined || minuteGlosses === undefined) return undefined;
  const withPeriod = hour !== 12 && c.chance(0.7);
  const pm = hour <= 5 || (hour < 12 && hour !== 6 && hour !== 7 && c.chance(0.5));
  const part = pm ? (hour <= 4 ? 'afternoon' : hour <= 8 ? 'evening' : 'night') : 'morning';
  const partGloss = c.vocab.signs(part === 'evening' ? 'night' : part);
  const g = [...time, ...hourGlosses, ...minuteGlosses];
  const clock = minute === 0 ? String(hour) : `${hour}:${String(minute).padStart(2, '0')}`;
  const spoken =
    minute === 0
      ? numberWord(hour)
      : `${numberWord(hour)} ${minute < 10 ? `oh ${numberWord(minute)}` : numberWord(minute)}`;
  if (withPeriod && partGloss !== undefined) {
    const phrase = part === 'night' ? 'at night' : `in the ${part}`;
    const e = [
      `at ${clock} ${pm ? 'pm' : 'am'}`,
      `at ${spoken} ${phrase}`,
      `at ${clock} ${phrase}`,
    ];
    return frame([...g, ...partGloss], e, c.chance(0.5) ? 'habit' : 'future', 'clock-time');
  }
  const e = minute === 0 ? [`at ${hour} o'clock`, `at ${spoken}`] : [`at ${clock}`, `at ${spoken}`];
  return frame(g, e, c.chance(0.5) ? 'habit' : 'future', 'clock-time');
}

/** A weekday: MONDAY "on Monday", NEXT MONDAY "next Monday", PAST MONDAY "last Monday". */
export function weekdayFrame(c: Ctx, plain = false): TimeItem | undefined {
  const days = WEEKDAYS.flatMap((d) => {
    const g = c.vocab.signs(d);
    const name = d.charAt(0).toUpperCase() + d.slice(1);
    return g === undefined
      ? []
      : [{ g, e: { '': [name] }, tags: new Set<string>(), settings: ALL_SETTINGS }];
  });
  if (days.length === 0) return undefined;
  const day = c.pick(days);
  const name = day.e['']?.[0] ?? '';
  const next = c.vocab.signs('next');
  const past = c.vocab.signs('past');
  if (plain) return frame(day.g, [`on ${name}`], 'future', 'date');
  if (next !== undefined && (c.wants(next[0]) || c.chance(0.25))) {
    return frame([...next, ...day.g], [`next ${name}`, `this coming ${name}`], 'future', 'date');
  }
  if (past !== undefined && (c.wants(past[0]) || c.chance(0.3))) {
    return frame([...past, ...day.g], [`last ${name}`, `on ${name}`], 'past', 'date');
  }
  return c.chance(0.5)
    ? frame(day.g, [`on ${name}`, name], 'future', 'date')
    : frame(day.g, [`on ${name}s`, `every ${name}`], 'habit', 'date');
}

/** A month and day, the month spelled the ASL way: fs-DEC 5 "on December 5th"; sometimes a year. */
export function monthFrame(
  c: Ctx,
  year: 'never' | 'maybe' | 'always' = 'maybe',
): TimeItem | undefined {
  const [month = 'May', spelled = 'MAY', days = 30] = c.rng.pick(MONTH_TABLE);
  const fs = c.lex.spell(spelled);
  if (fs === undefined) return undefined;
  if (year === 'always' || (year === 'maybe' && c.chance(0.2))) {
    const year = c.rng.int(FIRST_YEAR, LAST_YEAR);
    const yg = c.lex.yearGlosses(year);
    if (yg !== undefined)
      return frame([fs, ...yg], [`in ${month} ${year}`], 'past', 'date', [spelled]);
  }
  const day = drawNumber(c, 1, days);
  const dg = c.lex.numberGlosses(day);
  if (dg === undefined) return undefined;
  const e = [
    `on ${month} ${day}`,
    `on ${month} ${ordinal(day)}`,
    `on the ${ordinal(day)} of ${month}`,
  ];
  return frame([fs, ...dg], e, c.chance(0.6) ? 'future' : 'past', 'date', [spelled]);
}

/** A relative time frame from the vocabulary (yesterday, next week, every day). */
export function relativeFrame(c: Ctx, tenses?: readonly FrameTense[]): TimeItem | undefined {
  const pool = c.vocab.times.filter((t) => tenses === undefined || tenses.includes(t.tense));
  return pool.length === 0 ? undefined : c.pick(pool);
}
