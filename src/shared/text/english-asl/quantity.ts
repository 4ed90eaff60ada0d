import type { LexiconIndex } from '../lexicon-index';
import type { AnalyzedToken } from './analysis';
import {
  decimalSigns,
  digitSigns,
  isDigitString,
  numberSigns,
  ordinalWord,
  parseNumberWords,
  parseNumeral,
  parseOrdinal,
} from './numbers';
import { keywords, type SignRequest } from './sign-request';

/** Currency symbols and words → the keyword of the unit's sign. ASL signs the amount, then the unit. */
const CURRENCY: Readonly<Record<string, string>> = {
  $: 'dollar',
  dollar: 'dollar',
  dollars: 'dollar',
  buck: 'dollar',
  bucks: 'dollar',
  '€': 'euro',
  euro: 'euro',
  euros: 'euro',
  '£': 'pound',
  pound: 'pound',
  pounds: 'pound',
  '¥': 'yen',
  yen: 'yen',
  '¢': 'cent',
  cent: 'cent',
  cents: 'cent',
};

/** A number written in digits or words, as one or more tokens; undefined if it is not one. */
export function quantitySigns(
  words: readonly string[],
  lexicon: LexiconIndex,
): SignRequest[] | undefined {
  if (words.length === 1) {
    const w = words[0] ?? '';
    if (isDigitString(w)) return digitSigns(w);
    const numeral = parseNumeral(w);
    if (numeral !== undefined) {
      return numeral.fraction === undefined
        ? numberSigns(numeral.value, lexicon)
        : decimalSigns(numeral.value, numeral.fraction, lexicon);
    }
  }
  const value = parseNumberWords(words);
  return value === undefined ? undefined : numberSigns(value, lexicon);
}

/**
 * "3rd", "third": the lexicon's ordinal sign if it has one (FIRST), else the ordinal spelled as a
 * word (fs-THIRD), never the cardinal: ONE for "first" says a different thing. An ordinal with no
 * word of its own (45th) is the number then its suffix spelled (45 fs-TH).
 */
export function ordinalSigns(word: string, lexicon: LexiconIndex): SignRequest[] | undefined {
  const value = parseOrdinal(word);
  if (value === undefined) return undefined;
  const lower = word.toLowerCase();
  const named = /^\d/.test(lower) ? ordinalWord(value) : lower;
  for (const k of [lower, named])
    if (k !== undefined && lexicon.glossFor(k) !== undefined) return [keywords([k])];
  if (named !== undefined) return [{ kind: 'spell', text: named.replace(/-/g, '') }];
  return [...numberSigns(value, lexicon), { kind: 'spell', text: lower.replace(/^\d+/, '') }];
}

/**
 * "$25" → 25 DOLLAR; "$3.50" → 3 DOLLAR 50 CENT; "twenty five dollars" → 25 DOLLAR; "50%" →
 * 50 PERCENT. Undefined when the tokens are not an amount the rules understand.
 */
export function amountSigns(
  tokens: readonly AnalyzedToken[],
  lexicon: LexiconIndex,
): SignRequest[] | undefined {
  let unit: string | undefined;
  let percent = false;
  const numberWords: string[] = [];
  for (const t of tokens) {
    const w = t.text.toLowerCase();
    if (CURRENCY[w] !== undefined) unit ??= CURRENCY[w];
    else if (w === '%' || w === 'percent' || w === 'per cent') percent = true;
    else if (w === 'per') continue;
    else numberWords.push(w);
  }
  if (numberWords.length === 0 || (unit === undefined && !percent)) return undefined;
  const unitSign = (u: string) => keywords([u]);
  if (numberWords.length === 1) {
    const numeral = parseNumeral(numberWords[0] ?? '');
    if (numeral?.fraction !== undefined && unit === 'dollar') {
      const cents = Math.round(Number(`0.${numeral.fraction}`) * 100);
      const dollars =
        numeral.value > 0 ? [...numberSigns(numeral.value, lexicon), unitSign('dollar')] : [];
      const rest = cents > 0 ? [...numberSigns(cents, lexicon), unitSign('cent')] : [];
      return dollars.length + rest.length > 0
        ? [...dollars, ...rest]
        : [...numberSigns(0, lexicon), unitSign('dollar')];
    }
  }
  const amount = quantitySigns(numberWords, lexicon);
  if (amount === undefined) return undefined;
  return [...amount, unitSign(percent ? 'percent' : (unit ?? 'dollar'))];
}
