import { FINGERSPELL_PREFIX } from '../../text/result';
import type { Rng } from '../rng';
import { Ctx, type Draft } from './context';
import { Grammar } from './grammar';
import type { SentenceLexicon } from './lexicon';
import { PairMaker } from './pairs';
import { parsePhrases, phraseTemplate } from './phrases';
import { GRAMMAR } from './phrasebook/grammar';
import { NUMBERS } from './phrasebook/numbers';
import { QUESTIONS } from './phrasebook/questions';
import { REQUESTS } from './phrasebook/requests';
import { SOCIAL } from './phrasebook/social';
import { Slots } from './slots';
import type { Template } from './template';
import { clauseTemplates } from './templates/clauses';
import { fallbackTemplate } from './templates/fallback';
import { thingTemplates } from './templates/things';
import {
  SENTENCE_KINDS,
  SETTINGS,
  type GeneratedSentence,
  type SentenceGenerator,
  type SentenceKind,
  type Setting,
} from './types';
import { buildVocab } from './vocab';

/** How often each kind is drawn when no focus is given (relative weights). */
export const KIND_WEIGHTS: Readonly<Record<SentenceKind, number>> = {
  statement: 10,
  'yn-question': 9,
  'wh-question': 9,
  negation: 8,
  topic: 4,
  conditional: 4,
  'time-first': 7,
  request: 7,
  number: 6,
  'clock-time': 5,
  date: 5,
  fingerspelling: 6,
};
/** Templates tried for one sentence before the focus falls back to the generic frame. */
const MAX_TRIES = 16;

/** Every phrase table, for tests that check each row resolves against the ASL lexicon. */
export const PHRASE_TABLES: Readonly<Record<string, string>> = {
  social: SOCIAL,
  questions: QUESTIONS,
  requests: REQUESTS,
  numbers: NUMBERS,
  grammar: GRAMMAR,
};

/** Sentences with natural English over an English-keyworded lexicon (see index.ts). */
export class EnglishGenerator implements SentenceGenerator {
  readonly mode = 'english' as const;
  readonly templates: readonly Template[];
  /** Phrase rows this lexicon cannot use (a sign or slot it lacks), by id. */
  readonly unusablePhrases: readonly string[];
  private readonly gr: Grammar;
  private readonly fallback: Template;
  private readonly pairs: PairMaker;
  private readonly candidates = new Map<string, readonly Template[]>();

  constructor(private readonly lex: SentenceLexicon) {
    const vocab = buildVocab(lex);
    this.gr = new Grammar(vocab, lex);
    const slots = new Slots(this.gr, lex);
    const phrases = Object.entries(PHRASE_TABLES).flatMap(([name, table]) =>
      parsePhrases(table, name),
    );
    const built = phrases.map((p) => [p.id, phraseTemplate(p, lex, slots)] as const);
    this.unusablePhrases = built.filter(([, t]) => t === undefined).map(([id]) => id);
    this.templates = [
      ...clauseTemplates(this.gr, lex),
      ...thingTemplates(this.gr, lex),
      ...built.flatMap(([, t]) => (t === undefined ? [] : [t])),
    ];
    this.fallback = fallbackTemplate(lex);
    this.pairs = new PairMaker(this.gr, lex);
  }

  generate(rng: Rng, focus?: string): GeneratedSentence {
    if (focus === undefined) return this.draw(rng, this.templates, undefined);
    if (!this.lex.has(focus)) {
      throw new RangeError(
        `generate: focus '${focus}' is not a gloss of this lexicon; give one of its ${this.lex.entries.length} glosses`,
      );
    }
    if (this.lex.isLetter(focus)) return letterSentence(rng, focus);
    return this.draw(rng, this.candidatesFor(focus), focus);
  }

  pair(rng: Rng): readonly [GeneratedSentence, GeneratedSentence] {
    const types = this.pairs.types();
    for (let i = 0; i < MAX_TRIES; i++) {
      const setting = rng.pick(SETTINGS);
      const c = new Ctx(rng, setting, undefined, this.gr, this.lex);
      const p = this.pairs.make(c, rng.pick(types));
      if (
        p === undefined ||
        p.a.english[0] === p.b.english[0] ||
        p.a.english.length === 0 ||
        p.b.english.length === 0
      )
        continue;
      return [finish(p.a, p.a.kind, setting), finish(p.b, p.b.kind, setting)];
    }
    throw new RangeError(
      'pair: this lexicon cannot form a minimal pair (it needs pronouns and verbs or adjectives)',
    );
  }

  fingerspelling(rng: Rng): GeneratedSentence {
    const spelled = this.templates.filter((t) => t.kind === 'fingerspelling');
    for (let i = 0; i < MAX_TRIES && spelled.length > 0; i++) {
      const s = this.draw(rng, spelled, undefined);
      if (s.fingerspelled.length > 0) return s;
    }
    return spelledName(rng, this.lex);
  }

  /** Templates that can place the focus; cached, as reach sets are fixed. */
  private candidatesFor(focus: string): readonly Template[] {
    let list = this.candidates.get(focus);
    if (list === undefined) {
      list = this.templates.filter((t) => t.reach.has(focus));
      this.candidates.set(focus, list);
    }
    return list;
  }

  private draw(rng: Rng, pool: readonly Template[], focus: string | undefined): GeneratedSentence {
    const kinds = SENTENCE_KINDS.filter((k) => pool.some((t) => t.kind === k));
    for (let i = 0; i < MAX_TRIES && kinds.length > 0; i++) {
      const kind = kinds[rng.weighted(kinds.map((k) => KIND_WEIGHTS[k]))] ?? 'statement';
      const setting = rng.pick(SETTINGS);
      const ofKind = pool.filter((t) => t.kind === kind);
      const fitting = ofKind.filter((t) => t.settings.includes(setting));
      const choices = fitting.length > 0 ? fitting : ofKind;
      const t = choices[rng.weighted(choices.map((x) => x.weight))];
      if (t === undefined) continue;
      const scene = t.settings.includes(setting) ? setting : rng.pick(t.settings);
      const d = t.build(new Ctx(rng, scene, focus, this.gr, this.lex));
      if (d !== undefined && this.valid(d, focus)) return finish(d, d.kind ?? t.kind, scene);
    }
    const setting = rng.pick(SETTINGS);
    const d = this.fallback.build(new Ctx(rng, setting, focus, this.gr, this.lex));
    if (d === undefined)
      throw new RangeError(`generate: no template can place '${focus ?? '(any)'}'`);
    return finish(d, d.kind ?? this.fallback.kind, setting);
  }

  private valid(d: Draft, focus: string | undefined): boolean {
    if (d.english.length === 0 || d.glosses.length === 0) return false;
    if (focus !== undefined && !d.glosses.includes(focus)) return false;
    if (!d.glosses.every((g) => g.startsWith(FINGERSPELL_PREFIX) || this.lex.has(g))) return false;
    return d.nonManual.every((s) => s.start >= 0 && s.start < s.end && s.end <= d.glosses.length);
  }
}

function finish(d: Draft, kind: SentenceKind, setting: Setting): GeneratedSentence {
  return {
    english: d.english,
    glosses: d.glosses,
    nonManual: d.nonManual,
    kind,
    setting,
    fingerspelled: d.fingerspelled,
  };
}

/** A letter of the manual alphabet on its own, as when spelling something out. */
function letterSentence(rng: Rng, letter: string): GeneratedSentence {
  return {
    english: [`The letter ${letter}.`, `${letter}.`],
    glosses: [letter],
    nonManual: [],
    kind: 'fingerspelling',
    setting: rng.pick(SETTINGS),
    fingerspelled: [letter],
  };
}

/** The last resort for `fingerspelling`: a name spelled alone. */
function spelledName(rng: Rng, lex: SentenceLexicon): GeneratedSentence {
  const name = rng.pick(['Maria', 'John', 'Sarah', 'David', 'Anna', 'Sam']);
  const g = lex.spell(name) ?? `${FINGERSPELL_PREFIX}${name.toUpperCase()}`;
  return {
    english: [`${name}.`],
    glosses: [g],
    nonManual: [],
    kind: 'fingerspelling',
    setting: rng.pick(SETTINGS),
    fingerspelled: [g.slice(3)],
  };
}
