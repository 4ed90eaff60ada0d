import { declarative, withTime, yesNo, type Subject } from './clause';
import { SignRow, type Ctx, type Draft } from './context';
import { capitalize, expand, references } from './english';
import { relativeFrame } from './frames';
import { defaultTense, tenseFor, type Grammar } from './grammar';
import type { SentenceLexicon } from './lexicon';
import type { SentenceKind } from './types';
import { verbForms, type VerbForms } from './verb-forms';
import type { Tense, TimeItem } from './vocab';

export type PairType = 'statement-yn' | 'statement-negation' | 'yn-negation' | 'wh-yn';
export const PAIR_TYPES: readonly PairType[] = [
  'statement-yn',
  'statement-negation',
  'yn-negation',
  'wh-yn',
];

export interface DraftPair {
  readonly type: PairType;
  readonly a: Draft & { kind: SentenceKind };
  readonly b: Draft & { kind: SentenceKind };
}

/**
 * Wh-signs under yes/no brows read as indefinites (Neidle et al. 2000: YOU SEE WHO with raised
 * brows, "Did you see someone?"): keyword, English verb, wh-keyword, indefinite wordings,
 * whether the verb is stative, and whether it comes as "want to …".
 */
const WH_VERBS: readonly [string, string, string, readonly string[], boolean, boolean][] = [
  ['see', 'see/saw/seen', 'who', ['someone', 'anyone'], false, false],
  ['meet', 'meet/met/met', 'who', ['someone', 'anyone'], false, false],
  ['call', 'call', 'who', ['someone', 'anyone'], false, false],
  ['help', 'help', 'who', ['someone', 'anyone'], false, false],
  ['buy', 'buy/bought/bought', 'what', ['something', 'anything'], false, false],
  ['eat', 'eat/ate/eaten', 'what', ['something', 'anything'], false, false],
  ['drink', 'drink/drank/drunk', 'what', ['something', 'anything'], false, false],
  ['lose', 'lose/lost/lost', 'what', ['something', 'anything'], false, false],
  ['find', 'find/found/found', 'what', ['something', 'anything'], false, false],
  ['hear', 'hear/heard/heard', 'what', ['something', 'anything'], false, false],
  ['learn', 'learn', 'what', ['something', 'anything'], false, false],
  ['read', 'read/read/read', 'what', ['something', 'anything'], false, false],
  ['say', 'say/said/said', 'what', ['something', 'anything'], false, false],
  ['make', 'make/made/made', 'what', ['something', 'anything'], false, false],
  ['go', 'go/went/gone', 'where', ['somewhere', 'anywhere'], false, false],
  ['need', 'need', 'what', ['something', 'anything'], true, false],
  ['want', 'want', 'what', ['something', 'anything'], true, false],
  ['eat', 'eat/ate/eaten', 'what', ['something', 'anything'], false, true],
  ['drink', 'drink/drank/drunk', 'what', ['something', 'anything'], false, true],
  ['buy', 'buy/bought/bought', 'what', ['something', 'anything'], false, true],
  ['go', 'go/went/gone', 'where', ['somewhere', 'anywhere'], false, true],
];

/** Makes non-manual minimal pairs: one sign sequence, two markings, two meanings. */
export class PairMaker {
  private readonly whVerbs: {
    g: string[];
    wh: string;
    whWord: string;
    forms: VerbForms;
    indefinite: readonly string[];
    stative: boolean;
    want: boolean;
  }[];

  constructor(
    private readonly gr: Grammar,
    lex: SentenceLexicon,
  ) {
    const want = lex.gloss('want');
    this.whVerbs = WH_VERBS.flatMap(([key, spec, wh, indefinite, stative, withWant]) => {
      const v = lex.gloss(key);
      const w = lex.gloss(wh);
      if (v === undefined || w === undefined || (withWant && want === undefined)) return [];
      const g = withWant && want !== undefined ? [want, v] : [v];
      return [
        { g, wh: w, whWord: wh, forms: verbForms(spec), indefinite, stative, want: withWant },
      ];
    });
  }

  types(): PairType[] {
    return PAIR_TYPES.filter((t) => t !== 'wh-yn' || this.whVerbs.length > 0);
  }

  make(c: Ctx, type: PairType): DraftPair | undefined {
    if (type === 'wh-yn') return this.whYn(c);
    const you = type === 'statement-negation' ? 0.3 : 0.6;
    const s = this.gr.subject(c, you);
    const b = this.gr.predicate(c, s, ['adjective', 'transitive', 'intransitive']);
    const frame = c.chance(0.2) ? relativeFrame(c) : undefined;
    const row = new SignRow();
    if (frame !== undefined) row.add(frame.g);
    row.add(s.g);
    const predStart = row.length;
    row.add(b.pred.g);
    const tense = frame === undefined ? defaultTense(b) : tenseFor(frame.tense, b.pred.stative);
    const time = frame?.e[''];
    const statement = () =>
      row.draft(references(withTime(declarative(s, b.pred, tense), time, '.')));
    const question = () => {
      const q = new SignRow();
      q.add(row.glosses);
      q.mark('yn-question', 0);
      const echo =
        s.id === 'you' ? withTime(declarative(s, b.pred, tense), time, '?').slice(0, 1) : [];
      return q.draft(references([...withTime(yesNo(s, b.pred, tense), time, '?'), ...echo]));
    };
    const negation = () => {
      const n = new SignRow();
      n.add(row.glosses);
      n.mark('negation', predStart);
      return n.draft(references(withTime(declarative(s, b.pred, tense, true), time, '.')));
    };
    const kindOf = (k: 'statement' | 'yn-question' | 'negation'): SentenceKind =>
      k === 'statement' && frame !== undefined ? 'time-first' : k;
    switch (type) {
      case 'statement-yn':
        return {
          type,
          a: { ...statement(), kind: kindOf('statement') },
          b: { ...question(), kind: 'yn-question' },
        };
      case 'statement-negation':
        return {
          type,
          a: { ...statement(), kind: kindOf('statement') },
          b: { ...negation(), kind: 'negation' },
        };
      default:
        return {
          type,
          a: { ...question(), kind: 'yn-question' },
          b: { ...negation(), kind: 'negation' },
        };
    }
  }

  /** YOU SEE WHO: "Who did you see?" (furrowed brows) / "Did you see someone?" (raised brows). */
  private whYn(c: Ctx): DraftPair | undefined {
    const v = c.pick(
      this.whVerbs.map((w) => ({
        ...w,
        e: {},
        tags: new Set<string>(),
        settings: new Set([c.setting]),
      })),
    );
    const subjects = this.gr.pronouns.filter((p) =>
      ['you', 'he', 'you-all'].includes(p.subject.id),
    );
    if (subjects.length === 0) return undefined;
    const s: Subject = c.pick(subjects).subject;
    const frame: TimeItem | undefined =
      v.want || c.chance(0.5) ? undefined : relativeFrame(c, ['past', 'future', 'now']);
    const tense: Tense = v.want
      ? 'present'
      : frame === undefined
        ? v.stative
          ? 'present'
          : c.chance(0.5)
            ? 'past'
            : 'progressive'
        : tenseFor(frame.tense, v.stative);
    const row = new SignRow();
    if (frame !== undefined) row.add(frame.g);
    row.add(s.g);
    row.add(v.g);
    row.add([v.wh]);
    const [aux, main] = auxiliary(s, v.forms, tense);
    const verb = v.want ? `want to ${v.forms.base}` : main;
    const time = frame?.e[''] ?? [''];
    const wh = expand([`${capitalize(v.whWord)} ${aux}`, s.nom, verb, time]).map((x) => `${x}?`);
    const yn = expand([capitalize(aux), s.nom, verb, v.indefinite, time]).map((x) => `${x}?`);
    const a = new SignRow();
    a.add(row.glosses);
    a.mark('wh-question', 0);
    const b = new SignRow();
    b.add(row.glosses);
    b.mark('yn-question', 0);
    c.note(row.glosses);
    return {
      type: 'wh-yn',
      a: { ...a.draft(references(wh)), kind: 'wh-question' },
      b: { ...b.draft(references(yn)), kind: 'yn-question' },
    };
  }
}

/** The auxiliary that opens a question and the verb form after the subject. */
function auxiliary(s: Subject, v: VerbForms, tense: Tense): [string, string] {
  const third = s.person === 3 && !s.plural;
  switch (tense) {
    case 'past':
      return ['did', v.base];
    case 'future':
      return ['will', v.base];
    case 'progressive':
      return [third ? 'is' : s.person === 1 && !s.plural ? 'am' : 'are', v.ing];
    default:
      return [third ? 'does' : 'do', v.base];
  }
}
