import { NUMBER_WORDS } from '../../text/english-asl/numbers';

/** Alternative wordings of one part of a sentence; the first is the canonical one. */
export type Alts = readonly string[];

/** References kept per sentence: enough for a multi-reference metric, few enough to stay varied. */
export const MAX_REFERENCES = 4;
/** Combinations enumerated before ranking; bounds the work when many parts have alternatives. */
const MAX_COMBINATIONS = 256;

/**
 * Every combination of the parts' alternatives, joined with spaces, ordered by how many parts
 * depart from their canonical choice (so the canonical wording comes first and the next ones each
 * change one thing). Empty parts vanish.
 */
export function expand(parts: readonly (string | Alts)[], separator = ' '): string[] {
  let combos: { text: string[]; departures: number }[] = [{ text: [], departures: 0 }];
  for (const part of parts) {
    const alts = typeof part === 'string' ? [part] : part;
    const next: typeof combos = [];
    for (const c of combos) {
      alts.forEach((a, i) => {
        if (next.length < MAX_COMBINATIONS)
          next.push({ text: [...c.text, a], departures: c.departures + (i > 0 ? 1 : 0) });
      });
    }
    combos = next;
  }
  return combos
    .map((c, i) => ({ ...c, i }))
    .sort((a, b) => a.departures - b.departures || a.i - b.i)
    .map((c) => c.text.filter((t) => t !== '').join(separator));
}

/** Distinct references in order, each finished as a sentence, at most MAX_REFERENCES. */
export function references(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of texts) {
    const s = tidy(t);
    if (s !== '' && !out.includes(s)) out.push(s);
    if (out.length >= MAX_REFERENCES) break;
  }
  return out;
}

/** Single spaces, no space before punctuation, first letter capitalised. */
export function tidy(text: string): string {
  const t = text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.?!])/g, '$1')
    .replace(/,([.?!])/g, '$1')
    .trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** 'an' before a vowel sound, else 'a' (our nouns only: no "hour"/"university" traps besides these). */
export function indefinite(noun: string): string {
  const w = noun.toLowerCase();
  if (/^(hour|honest)/.test(w)) return `an ${noun}`;
  if (/^(u[nsr]i|use|one|eu)/.test(w)) return `a ${noun}`;
  return /^[aeiou]/.test(w) ? `an ${noun}` : `a ${noun}`;
}

const TENS_WORDS = [
  '',
  '',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
];

/** 0–99 in words: 7 → "seven", 25 → "twenty-five". */
export function numberWord(n: number): string {
  if (n <= 20) return NUMBER_WORDS[n] ?? String(n);
  const tens = TENS_WORDS[Math.floor(n / 10)] ?? '';
  return n % 10 === 0 ? tens : `${tens}-${NUMBER_WORDS[n % 10] ?? ''}`;
}

/** A number as English writes it in running text: words up to ten, digits above; then the other. */
export function numberAlts(n: number): string[] {
  return n <= 10 ? [numberWord(n), String(n)] : [String(n), numberWord(n)];
}

/** 1 → "1st", 22 → "22nd". */
export function ordinal(n: number): string {
  const tail = n % 100;
  if (tail >= 11 && tail <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
