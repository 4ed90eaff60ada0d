import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ambiguousKeywords,
  CONVENTIONAL_GLOSS,
  LEXICON_INDEX_FILE,
  LexiconIndexSchema,
  validateLexiconIndex,
  type LexiconIndex,
} from '../../../src/shared/lexicon';
import {
  HAM_SYMBOLS,
  parseSigml,
  type ManualSpec,
  type ParsedSign,
} from '../../../src/shared/sigml';
import { describeShared, ROOT, sharedPath } from '../../helpers/shared';

const LEXICON_DIR = path.join(ROOT, 'models', 'ase', 'lexicon');
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
// prettier-ignore
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const MIN_OTHER_SIGNS = 300;
/** Keywords deliberately shared: the letter I and the pronoun I (ME). */
const DELIBERATELY_AMBIGUOUS = [{ keyword: 'i', glosses: ['I', 'ME'] }];
/** Signs the brief (issue 4) names for counters, home calls and classrooms. */
// prettier-ignore
const REQUIRED_GLOSSES = [
  'PAY', 'MONEY', 'TICKET', 'HELP', 'WAIT', 'CARD', 'RECEIPT', 'COST', 'OPEN', 'CLOSE', 'BUY', 'NEED',
  'WANT', 'BATHROOM', 'WATER', 'COFFEE', 'FOOD', 'DOCTOR', 'HOSPITAL', 'TRAIN', 'BUS', 'CAR', 'TIME',
  'MINUTE', 'HOUR', 'FAMILY', 'MOTHER', 'FATHER', 'SISTER', 'BROTHER', 'CHILD', 'BABY', 'FRIEND', 'LOVE',
  'MISS', 'HOW', 'FINE', 'TIRED', 'SICK', 'HAPPY', 'SAD', 'EAT', 'DRINK', 'SLEEP', 'HOME', 'WORK', 'TODAY',
  'TOMORROW', 'YESTERDAY', 'NOW', 'LATER', 'CALL', 'TEACHER', 'STUDENT', 'LEARN', 'BOOK', 'READ', 'WRITE',
  'QUESTION', 'ANSWER', 'UNDERSTAND', 'KNOW', 'THINK', 'AGAIN', 'SLOW', 'HOMEWORK', 'TEST', 'CLASS',
  'SCHOOL', 'PAPER', 'PAGE', 'FINISH', 'START', 'ME', 'YOU', 'IX-3', 'WE', 'THEY', 'MY', 'YOUR', 'OUR',
  'THEIR', 'WHO', 'WHAT', 'WHERE', 'WHEN', 'WHY', 'WHICH', 'HOW-MUCH', 'HOW-MANY', 'HELLO', 'THANK-YOU',
  'PLEASE', 'SORRY', 'YES', 'NO', 'NOT', 'GOODBYE', 'NICE', 'MEET', 'NAME', 'WELCOME', 'EXCUSE', 'MONDAY',
  'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY', 'RED', 'BLUE', 'GREEN',
];

interface LoadedFile {
  readonly file: string;
  readonly signs: readonly ParsedSign[];
  readonly errors: number;
  readonly warnings: number;
}

let index: LexiconIndex;
let files: LoadedFile[];
let signs: Map<string, ParsedSign>;

function manualParts(s: ParsedSign): ManualSpec[] {
  return [s.spec.manual, ...(s.spec.compound ?? [])].filter(
    (m): m is ManualSpec => m !== undefined,
  );
}

beforeAll(() => {
  const raw: unknown = JSON.parse(
    fs.readFileSync(path.join(LEXICON_DIR, LEXICON_INDEX_FILE), 'utf8'),
  );
  index = LexiconIndexSchema.parse(raw);
  files = fs
    .readdirSync(LEXICON_DIR)
    .filter((f) => f.endsWith('.sigml'))
    .sort()
    .map((file) => {
      const r = parseSigml(fs.readFileSync(path.join(LEXICON_DIR, file), 'utf8'));
      const count = (sev: string): number => r.diagnostics.filter((d) => d.severity === sev).length;
      return { file, signs: r.signs, errors: count('error'), warnings: count('warning') };
    });
  signs = new Map(files.flatMap((f) => f.signs.map((s) => [s.gloss, s] as const)));
});

describe('ase lexicon: index and SiGML files', () => {
  it('every entry points at a sign in its file and every sign has an entry', () => {
    const byFile = new Map(files.map((f) => [f.file, f.signs.map((s) => s.gloss)]));
    expect(validateLexiconIndex(index, byFile)).toEqual([]);
  });

  it('parses with no error or warning diagnostics, every sign fully understood', () => {
    expect(files.map((f) => [f.file, f.errors, f.warnings])).toEqual(
      files.map((f) => [f.file, 0, 0]),
    );
    expect([...signs.values()].filter((s) => !s.understood).map((s) => s.gloss)).toEqual([]);
  });

  it('uses ASL gloss convention, one category per file, and lowercase keywords', () => {
    for (const e of index.entries) {
      expect(e.gloss).toMatch(CONVENTIONAL_GLOSS);
      expect(e.file).toBe(`${e.category}.sigml`);
      for (const k of e.keywords) expect(k).toBe(k.toLowerCase());
    }
    expect(index.signLanguage).toBe('ase');
  });

  it('keeps keyword ambiguity to the deliberate cases', () => {
    expect(ambiguousKeywords(index)).toEqual(DELIBERATELY_AMBIGUOUS);
  });

  it('has the 26 letters, each keyed by its letter; J and Z move, the others are held', () => {
    const letters = index.entries.filter((e) => e.category === 'alphabet');
    expect(letters.map((e) => e.gloss)).toEqual(LETTERS);
    for (const e of letters) expect(e.keywords).toContain(e.gloss.toLowerCase());
    const moving = letters.filter(
      (e) => (signs.get(e.gloss)?.spec.manual?.actions.length ?? 0) > 0,
    );
    expect(moving.map((e) => e.gloss)).toEqual(['J', 'Z']);
  });

  it('has the numbers 0-20, each keyed by its digits and its word', () => {
    const numbers = index.entries.filter((e) => e.category === 'numbers');
    expect(numbers.map((e) => e.keywords)).toEqual(NUMBER_WORDS.map((w, n) => [String(n), w]));
  });

  it(`has at least ${MIN_OTHER_SIGNS} other signs, including every sign the brief names`, () => {
    const others = index.entries.filter(
      (e) => e.category !== 'alphabet' && e.category !== 'numbers',
    );
    expect(others.length).toBeGreaterThanOrEqual(MIN_OTHER_SIGNS);
    const glosses = new Set(index.entries.map((e) => e.gloss));
    expect(REQUIRED_GLOSSES.filter((g) => !glosses.has(g))).toEqual([]);
  });

  it('writes every manual symbol from the HamNoSys 4 inventory', () => {
    const unknown = [...signs.values()].flatMap((s) =>
      manualParts(s).flatMap((m) => m.symbols.filter((sym) => !(sym in HAM_SYMBOLS))),
    );
    expect(unknown).toEqual([]);
  });

  it('marks negation and questions non-manually (head shake on NOT and NO, furrowed brows on WH-signs)', () => {
    const tags = (g: string): string[] =>
      (signs.get(g)?.spec.nonManual ?? []).map((f) =>
        'tag' in f ? `${f.element}:${f.tag}` : f.element,
      );
    expect(tags('NOT')).toContain('hnm_head:SH');
    expect(tags('NO')).toContain('hnm_head:SH');
    expect(tags('YES')).toContain('hnm_head:NO');
    for (const g of ['WHO', 'WHAT', 'WHERE', 'WHEN', 'WHY', 'HOW', 'WHICH', 'HOW-MUCH', 'HOW-MANY'])
      expect(tags(g)).toContain('hnm_eyebrows:FU');
  });
});

describeShared(
  'ase lexicon: the symbols an animator must cover',
  ['data/sigml/hamnosys-symbols.tsv'],
  () => {
    it('uses only elements listed in ../shared hamnosys-symbols.tsv (the corpus inventory)', () => {
      const tsv = fs.readFileSync(sharedPath('data/sigml/hamnosys-symbols.tsv'), 'utf8');
      const inventory = new Set(
        tsv
          .split('\n')
          .slice(1)
          .map((l) => l.split('\t')[0])
          .filter((s): s is string => s !== undefined && s !== ''),
      );
      const outside = new Set(
        [...signs.values()].flatMap((s) =>
          manualParts(s).flatMap((m) => m.symbols.filter((sym) => !inventory.has(sym))),
        ),
      );
      expect([...outside]).toEqual([]);
    });
  },
);
