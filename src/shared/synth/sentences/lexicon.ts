import { NUMBER_WORDS } from '../../text/english-asl/numbers';
import { fingerspellLetters } from '../../text/fingerspell';
import { FINGERSPELL_PREFIX } from '../../text/result';
import type { LexiconEntryInfo } from './types';

const ALPHABET_CATEGORY = 'alphabet';
const DEFAULT_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

/**
 * The pack's lexicon as the generator sees it: glosses found by English keyword (so the templates
 * work for any English-keyworded pack, not only ASL's gloss names), numbers composed the way the
 * English → gloss rules compose them, and words spelled with the pack's manual alphabet.
 */
export class SentenceLexicon {
  readonly entries: readonly LexiconEntryInfo[];
  /** Signs other than letters: what a sentence may be built from and what `focus` may name. */
  readonly signs: readonly LexiconEntryInfo[];
  private readonly byGloss = new Map<string, LexiconEntryInfo>();
  private readonly byFirstKeyword = new Map<string, string>();
  private readonly byKeyword = new Map<string, string>();
  private readonly letters: ReadonlySet<string>;

  constructor(entries: readonly LexiconEntryInfo[], alphabet?: readonly string[]) {
    if (entries.length === 0) {
      throw new RangeError('sentenceGenerator: the lexicon has 0 entries; give at least one sign');
    }
    this.entries = entries;
    for (const e of entries) {
      if (typeof e.gloss !== 'string' || e.gloss.trim() === '' || this.byGloss.has(e.gloss))
        continue;
      this.byGloss.set(e.gloss, e);
      const keywords = Array.isArray(e.keywords) ? e.keywords : [];
      keywords.forEach((k, i) => {
        if (typeof k !== 'string') return;
        const key = k.toLowerCase().trim();
        if (i === 0 && !this.byFirstKeyword.has(key)) this.byFirstKeyword.set(key, e.gloss);
        if (!this.byKeyword.has(key)) this.byKeyword.set(key, e.gloss);
      });
    }
    this.signs = [...this.byGloss.values()].filter((e) => !isLetter(e));
    const fromLexicon = [...this.byGloss.values()].filter(isLetter).map((e) => e.gloss);
    // Letters alone still make a corpus: a spelling one (spelling.ts).
    if (this.signs.length === 0 && fromLexicon.length === 0) {
      throw new RangeError(
        `sentenceGenerator: none of the ${entries.length} entries is a usable sign or a letter ` +
          '(all have an empty gloss); give at least one word sign or the letters of a manual alphabet',
      );
    }
    const chosen = alphabet ?? (fromLexicon.length > 0 ? fromLexicon : DEFAULT_ALPHABET);
    this.letters = new Set(chosen.map((l) => l.toUpperCase()));
  }

  /** Whether the lexicon has letters only (no word signs): the corpus is then a spelling one. */
  get lettersOnly(): boolean {
    return this.signs.length === 0;
  }

  /** The letters the pack can spell with. */
  get alphabet(): readonly string[] {
    return [...this.letters];
  }

  has(gloss: string): boolean {
    return this.byGloss.has(gloss);
  }

  entry(gloss: string): LexiconEntryInfo | undefined {
    return this.byGloss.get(gloss);
  }

  isLetter(gloss: string): boolean {
    const e = this.byGloss.get(gloss);
    return e !== undefined && isLetter(e);
  }

  /** The gloss for an English keyword: an entry whose main keyword it is, else any entry listing it. */
  gloss(keyword: string): string | undefined {
    const key = keyword.toLowerCase();
    return this.byFirstKeyword.get(key) ?? this.byKeyword.get(key);
  }

  /** Whether the word is some entry's keyword (then it is signed, never spelled). */
  isKeyword(word: string): boolean {
    return this.byKeyword.has(word.toLowerCase());
  }

  /**
   * A number's signs as the English rules sign it (text/english-asl/numbers.ts): 0–20 whole, 21–99 as
   * two digits (25 → TWO FIVE). Undefined when a sign is missing or the number is out of range.
   */
  numberGlosses(n: number): string[] | undefined {
    if (!Number.isInteger(n) || n < 0 || n > 99) return undefined;
    const whole = this.gloss(String(n));
    if (whole !== undefined) return [whole];
    if (n <= 20) {
      const word = this.gloss(NUMBER_WORDS[n] ?? '');
      return word === undefined ? undefined : [word];
    }
    const tens = this.numberGlosses(Math.floor(n / 10));
    const ones = this.numberGlosses(n % 10);
    return tens !== undefined && ones !== undefined ? [...tens, ...ones] : undefined;
  }

  /** Years as the rules sign them: 1999 → 19 9 9, 2024 → 20 2 4; undefined outside 1910–1999, 2010–2099. */
  yearGlosses(year: number): string[] | undefined {
    if (year < 1910 || year > 2099 || (year >= 2000 && year < 2010)) return undefined;
    const head = this.numberGlosses(Math.floor(year / 100));
    const tail = year % 100;
    const rest =
      tail < 10 ? this.digitGlosses(String(tail).padStart(2, '0')) : this.numberGlosses(tail);
    return head !== undefined && rest !== undefined ? [...head, ...rest] : undefined;
  }

  /** A digit string signed digit by digit (phone numbers). */
  digitGlosses(digits: string): string[] | undefined {
    const out: string[] = [];
    for (const d of digits) {
      if (d < '0' || d > '9') continue;
      const g = this.numberGlosses(Number(d));
      if (g === undefined) return undefined;
      out.push(...g);
    }
    return out;
  }

  /** `fs-MARIA` for "Maria", when every letter is in the pack's alphabet; undefined otherwise. */
  spell(word: string): string | undefined {
    const letters = fingerspellLetters(word);
    if (letters.length === 0 || [...letters].some((l) => !this.letters.has(l))) return undefined;
    return `${FINGERSPELL_PREFIX}${letters}`;
  }
}

function isLetter(e: LexiconEntryInfo): boolean {
  return e.category === ALPHABET_CATEGORY || /^[A-Z]$/.test(e.gloss);
}
