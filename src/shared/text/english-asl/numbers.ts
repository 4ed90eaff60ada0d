import type { LexiconIndex } from '../lexicon-index';
import { numberRequest, type SignRequest } from './sign-request';

/**
 * English numbers (digits or words) → number glosses. A number is one gloss, written as the number
 * (25, 1500): the sign side signs it with number signs (../number-gloss.ts: 0–20 whole, 25 as 2 and
 * 5 in one movement, 1500 as 1 THOUSAND 5 HUNDRED), and the reader sees 25, not TWO FIVE, which
 * reads as two numbers. Years split in two (1999 → 19 99, 2024 → 20 24); phone-like digit strings
 * go digit by digit (5 5 5 1 2 3 4). A number the lexicon holds whole (TWELVE) is its sign.
 */

export const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
] as const;
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
};
const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
  thousandth: 1000,
};
/** Digit strings longer than this, or with dashes, are read digit by digit (phone, account numbers). */
const MAX_SIGNED_DIGITS = 9;

const SMALL: Readonly<Record<string, number>> = Object.fromEntries(
  NUMBER_WORDS.map((w, i) => [w, i]),
);

/** "twenty one", "one hundred and five", "a thousand", "twenty-one" (as words) → value. */
export function parseNumberWords(words: readonly string[]): number | undefined {
  const ws = words
    .flatMap((w) => w.toLowerCase().split('-'))
    .filter((w) => w.length > 0 && w !== 'and');
  if (ws.length === 0) return undefined;
  let total = 0;
  let group = 0;
  let seen = false;
  for (const [i, w] of ws.entries()) {
    if (w === 'a' && i === 0 && ws.length > 1) group = 1;
    else if (w in SMALL) group += SMALL[w] ?? 0;
    else if (w in TENS) group += TENS[w] ?? 0;
    else if (w === 'hundred') group = (group || 1) * 100;
    else if (w in SCALES) {
      total += (group || 1) * (SCALES[w] ?? 1);
      group = 0;
    } else return undefined;
    seen = true;
  }
  return seen ? total + group : undefined;
}

/** Digits with optional thousands commas and decimals: "1,200" → {1200}, "3.50" → {3, "50"}. */
export function parseNumeral(text: string): { value: number; fraction?: string } | undefined {
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(text);
  if (m === null) return undefined;
  const value = Number((m[1] ?? '').replace(/,/g, ''));
  if (!Number.isSafeInteger(value)) return undefined;
  return m[2] === undefined ? { value } : { value, fraction: m[2] };
}

/** "3rd", "21st", "third", "twenty-first" → value. */
export function parseOrdinal(text: string): number | undefined {
  const t = text.toLowerCase();
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(t);
  if (digits !== null) return Number(digits[1]);
  const parts = t.split('-');
  const last = parts[parts.length - 1] ?? '';
  const ord = ORDINAL_WORDS[last];
  if (ord === undefined) return undefined;
  if (parts.length === 1) return ord;
  const head = parseNumberWords(parts.slice(0, -1));
  return head === undefined ? undefined : head + ord;
}

/** The ordinal word for a value that has one of its own (3 → "third"), else undefined (21). */
export function ordinalWord(value: number): string | undefined {
  return Object.entries(ORDINAL_WORDS).find(([, v]) => v === value)?.[0];
}

/** A string of digits signed one by one ("555-1234"). */
export function digitSigns(digits: string): SignRequest[] {
  return [...digits].filter((c) => c >= '0' && c <= '9').map((c) => smallNumber(Number(c)));
}

/** Whether a digit string is read digit by digit rather than as a quantity. */
export function isDigitString(text: string): boolean {
  return (
    /^\d[\d-]*\d$/.test(text) &&
    (text.includes('-') || text.replace(/-/g, '').length > MAX_SIGNED_DIGITS)
  );
}

export function numberSigns(n: number, _lexicon?: LexiconIndex): SignRequest[] {
  if (!Number.isSafeInteger(n) || n < 0) return digitSigns(String(Math.abs(Math.trunc(n))));
  return [numberRequest(String(n))];
}

/** Years in two halves (1999 → 19 99, 1905 → 19 05, 2024 → 20 24); 2000–2009 whole (2005). */
export function yearSigns(year: number, lexicon?: LexiconIndex): SignRequest[] {
  if (year < 1100 || year > 2099 || (year >= 2000 && year <= 2009))
    return numberSigns(year, lexicon);
  const tail = year % 100;
  return [
    ...numberSigns(Math.floor(year / 100), lexicon),
    numberRequest(tail < 10 ? `0${tail}` : String(tail)),
  ];
}

/** 3.5 → the number 3.5 (signed 3 POINT 5, the fraction digit by digit). */
export function decimalSigns(
  value: number,
  fraction: string,
  _lexicon?: LexiconIndex,
): SignRequest[] {
  return [numberRequest(`${value}.${fraction}`)];
}

function smallNumber(n: number): SignRequest {
  return numberRequest(String(n));
}
