import type { LexiconIndex } from '../lexicon-index';
import type { AnalyzedToken } from './analysis';
import { numberSigns, parseNumberWords, parseNumeral, parseOrdinal, yearSigns } from './numbers';
import { keywords, numberRequest, type SignRequest } from './sign-request';
import {
  ARTICLES,
  MONTHS,
  RELATIVE_TIME,
  SIGNED_PREPOSITIONS,
  TIME_UNITS,
  WEEKDAYS,
} from './word-lists';

export interface TemporalContext {
  readonly lexicon: LexiconIndex;
  /** The request for an ordinary word inside a time expression ("morning", "every"). */
  readonly wordRequest: (t: AnalyzedToken) => SignRequest;
}

export interface TemporalSigns {
  readonly requests: SignRequest[];
  /**
   * Whether the expression sets the time frame and so goes first (TOMORROW ME GO). Durations and
   * limits (until 9 pm, for two weeks) stay where they are.
   */
  readonly frame: boolean;
}

const CLOCK = /^(\d{1,2}):(\d{2})$/;
const HOUR_PERIOD = /^(\d{1,2})(a\.?m\.?|p\.?m\.?)$/;
const PERIOD = /^(a\.?m\.?|p\.?m\.?)$/;
const FRAME_BREAKERS = new Set(['until', 'till', 'for', 'since', 'during']);

/**
 * A DATE, TIME or DURATION entity → signs: clock times as TIME + hour + minutes (+ MORNING,
 * AFTERNOON, NIGHT for am/pm), weekdays as signs, months by their sign or spelled the ASL way
 * (fs-DEC), days and durations as numbers, years in two halves, next/last as FUTURE/PAST words.
 */
export function temporalSigns(
  tokens: readonly AnalyzedToken[],
  ctx: TemporalContext,
): TemporalSigns {
  const out: SignRequest[] = [];
  let frame = true;
  let afterMonth = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined) continue;
    const w = t.text.toLowerCase();
    const next = tokens[i + 1]?.text.toLowerCase() ?? '';
    const clock = CLOCK.exec(w);
    const hourPeriod = HOUR_PERIOD.exec(w);
    if (out.length === 0 && FRAME_BREAKERS.has(w)) frame = false;
    if (clock !== null) {
      const period = PERIOD.test(next) ? next : undefined;
      if (period !== undefined) i++;
      out.push(...clockSigns(Number(clock[1]), Number(clock[2]), period, ctx.lexicon));
    } else if (hourPeriod !== null) {
      out.push(...clockSigns(Number(hourPeriod[1]), 0, hourPeriod[2], ctx.lexicon));
    } else if (/^\d{1,2}$/.test(w) && (PERIOD.test(next) || next === "o'clock")) {
      i++;
      out.push(...clockSigns(Number(w), 0, PERIOD.test(next) ? next : undefined, ctx.lexicon));
    } else if (w === 'noon' || w === 'midnight') {
      out.push(keywords([w]));
    } else if (WEEKDAYS.has(t.lemma)) {
      out.push(keywords([t.lemma]));
    } else if (MONTHS[w] !== undefined && (t.capitalized || w.length > 3)) {
      const m = MONTHS[w];
      if (m !== undefined) {
        out.push(
          ctx.lexicon.isProperNoun(m.name)
            ? keywords([m.name])
            : { kind: 'spell', text: m.spelled },
        );
      }
      afterMonth = true;
      continue;
    } else if (/^\d{4}$/.test(w) && Number(w) >= 1100 && Number(w) <= 2099) {
      out.push(...yearSigns(Number(w), ctx.lexicon));
    } else if (
      parseOrdinal(w) !== undefined &&
      (afterMonth || MONTHS[next] !== undefined || next === 'of')
    ) {
      // "5th" of a date is said as the number.
      out.push(...numberSigns(parseOrdinal(w) ?? 0, ctx.lexicon));
    } else if (parseNumeral(w) !== undefined) {
      out.push(...numberSigns(parseNumeral(w)?.value ?? 0, ctx.lexicon));
    } else if (parseNumberWords([w]) !== undefined && w !== 'a') {
      // "twenty-one", "one hundred and five": the whole run of number words is one number.
      let end = i + 1;
      const isPart = (x: string) => x === '-' || x === 'and' || parseNumberWords([x]) !== undefined;
      while (end < tokens.length && isPart(tokens[end]?.text.toLowerCase() ?? '')) end++;
      while (end > i + 1 && !/^[a-z]/.test(tokens[end - 1]?.text.toLowerCase() ?? '')) end--;
      const words = tokens.slice(i, end).map((x) => x.text.toLowerCase());
      out.push(...numberSigns(parseNumberWords(words) ?? 0, ctx.lexicon));
      i = end - 1;
    } else if (RELATIVE_TIME[w] !== undefined) {
      const unit = tokens[i + 1];
      const phrase = unit === undefined ? undefined : `${w} ${unit.lemma}`;
      if (phrase !== undefined && ctx.lexicon.glossFor(phrase) !== undefined) {
        out.push(keywords([phrase]));
        i++;
      } else if (
        w !== 'this' ||
        unit === undefined ||
        !(WEEKDAYS.has(unit.lemma) || TIME_UNITS.has(unit.lemma))
      ) {
        out.push(keywords(RELATIVE_TIME[w] ?? [w], w));
      } else if (TIME_UNITS.has(unit.lemma)) {
        out.push(keywords(['now', 'this'], 'this'));
      }
    } else if (w === 'ago') {
      out.push(keywords(['ago', 'past'], 'ago'));
    } else if (SIGNED_PREPOSITIONS.has(w)) {
      out.push(keywords([w]));
    } else if (
      t.pos === 'ADP' ||
      t.pos === 'PUNCT' ||
      ARTICLES.has(w) ||
      w === "o'clock" ||
      w === 'of' ||
      w === 'and'
    ) {
      // on Monday, at 5, in 2024, the 5th of May: the preposition is carried by the time sign
      // itself; "two weeks and three days" needs no AND.
    } else {
      out.push(ctx.wordRequest(t));
    }
    afterMonth = false;
  }
  return { requests: out, frame };
}

function clockSigns(
  hour: number,
  minute: number,
  period: string | undefined,
  lexicon: LexiconIndex,
): SignRequest[] {
  const out: SignRequest[] = [keywords(['time']), ...numberSigns(hour, lexicon)];
  // 10:05 is "ten oh five": the minutes are one number, 05, signed 0 5.
  if (minute > 0 && minute < 10) out.push(numberRequest(`0${minute}`));
  else if (minute >= 10) out.push(...numberSigns(minute, lexicon));
  if (period !== undefined) out.push(partOfDay(hour, period.startsWith('p')));
  return out;
}

/** The last pm hour still called afternoon: 5 pm is AFTERNOON (PM), never NIGHT. */
const LAST_AFTERNOON_HOUR = 5;
/** The first am hour called morning; earlier ones are the night (2 am). */
const FIRST_MORNING_HOUR = 5;

/** am/pm said as the part of the day, the way ASL marks it. */
function partOfDay(hour: number, pm: boolean): SignRequest {
  const h = hour % 12;
  if (!pm) return h >= FIRST_MORNING_HOUR ? keywords(['morning', 'am']) : keywords(['night']);
  if (h === 0) return keywords(['noon', 'afternoon']);
  if (h <= LAST_AFTERNOON_HOUR) return keywords(['afternoon', 'pm']);
  return keywords(['evening', 'night']);
}
