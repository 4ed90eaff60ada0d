import type { LexiconIndex } from '../lexicon-index';
import { keywords, type SignRequest } from './sign-request';

/**
 * English numbers (digits or words) → ASL number signs. ASL signs 0–20 (and some larger numbers)
 * with their own signs, two-digit numbers digit by digit (25 → 2 5), and larger ones with
 * HUNDRED / THOUSAND / MILLION between the parts (125 → 1 HUNDRED 2 5); years split in two
 * (1999 → 19 9 9, 2024 → 20 2 4); phone-like digit strings go digit by digit. A number the lexicon
 * holds whole (a sign for 25) is used whole.
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

export function numberSigns(n: number, lexicon: LexiconIndex): SignRequest[] {
  if (!Number.isSafeInteger(n) || n < 0) return digitSigns(String(Math.abs(Math.trunc(n))));
  if (n <= 20) return [smallNumber(n)];
  if (lexicon.glossFor(String(n)) !== undefined) return [keywords([String(n)])];
  if (n < 100) return [smallNumber(Math.floor(n / 10)), smallNumber(n % 10)];
  for (const [word, scale] of Object.entries(SCALES).reverse()) {
    if (n < scale) continue;
    const rest = n % scale;
    return [
      ...numberSigns(Math.floor(n / scale), lexicon),
      keywords([word]),
      ...(rest > 0 ? numberSigns(rest, lexicon) : []),
    ];
  }
  return digitSigns(String(n));
}

/** Years in two halves (1999 → 19 99, 2024 → 20 24); 2000–2009 as 2 THOUSAND n. */
export function yearSigns(year: number, lexicon: LexiconIndex): SignRequest[] {
  if (year < 1100 || year > 2099 || (year >= 2000 && year <= 2009))
    return numberSigns(year, lexicon);
  const tail = year % 100;
  return [
    ...numberSigns(Math.floor(year / 100), lexicon),
    ...(tail < 10 ? [smallNumber(0), smallNumber(tail)] : numberSigns(tail, lexicon)),
  ];
}

/** 3.5 → 3 POINT 5: the fraction digit by digit. */
export function decimalSigns(
  value: number,
  fraction: string,
  lexicon: LexiconIndex,
): SignRequest[] {
  return [...numberSigns(value, lexicon), keywords(['point', 'dot']), ...digitSigns(fraction)];
}

function smallNumber(n: number): SignRequest {
  const word = NUMBER_WORDS[n] ?? String(n);
  return keywords([String(n), word], word);
}
