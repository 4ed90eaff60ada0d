import { declarative, neverClause, withTime, yesNo, type Predicate } from '../clause';
import { SignRow, type Ctx, type Draft } from '../context';
import { references } from '../english';
import { clockFrame, monthFrame, relativeFrame, weekdayFrame } from '../frames';
import { defaultTense, tenseFor, type Grammar, type PredicateKind } from '../grammar';
import type { SentenceLexicon } from '../lexicon';
import type { Template } from '../template';
import { SETTINGS, type SentenceKind } from '../types';
import { WEEKDAY_SLOT_KEYWORDS, type Tense, type TimeItem } from '../vocab';

const ALL_PREDICATES: readonly PredicateKind[] = [
  'adjective',
  'transitive',
  'intransitive',
  'motion',
];
/** Verbs whose stative meaning still reads well with "can't" ("I can't understand"). */
const CANNOT_STATIVES = new Set(['understand', 'remember']);
const CLAUSE_WEIGHTS: Readonly<Record<string, number>> = {
  'clause-statement': 150,
  'clause-yn': 60,
  'clause-negation': 60,
  'clause-time': 60,
  'clause-weekday': 20,
  'clause-month': 8,
  'clause-clock': 25,
  'clause-topic': 20,
};
/** Share of yes/no questions put to the addressee (YOU). */
const YN_TO_YOU = 0.6;

type NegStyle = 'not' | 'headshake' | 'cannot' | 'never' | 'dontlike';

/**
 * The clause templates: subject + predicate in ASL order ([TIME] SUBJECT VERB OBJECT [NOT]) with
 * English realised by agreement rules (clause.ts), for statements, yes/no questions, negation,
 * time-first, dates, clock times and topics.
 */
export function clauseTemplates(gr: Grammar, lex: SentenceLexicon): Template[] {
  const not = lex.gloss('not');
  const cannot = lex.gloss("can't");
  const never = lex.gloss('never');
  const dontLike = lex.gloss("don't like");
  const like = gr.verb('like');
  const reach = (kinds: readonly PredicateKind[], extra: readonly (string | undefined)[] = []) => {
    const r = gr.reach(kinds);
    for (const g of extra) if (g !== undefined) r.add(g);
    for (const t of gr.vocab.times) t.g.forEach((g) => r.add(g));
    return r;
  };
  const T = (
    id: string,
    kind: SentenceKind,
    r: Set<string>,
    build: (c: Ctx) => Draft | undefined,
  ): Template => ({
    id,
    kind,
    settings: SETTINGS,
    weight: CLAUSE_WEIGHTS[id] ?? 1,
    reach: r,
    build,
  });

  /** Subject + predicate under an optional time frame, with optional negation. */
  const clause = (
    c: Ctx,
    opts: { frame?: TimeItem; neg?: NegStyle; you?: number; question?: boolean },
  ): Draft => {
    const pinned = opts.frame?.kind === 'clock-time' || opts.frame?.kind === 'date';
    // "You send the question at 5:40" reads as an order: clock-time clauses are about others.
    const s = gr.subject(
      c,
      opts.you ?? 0,
      opts.frame?.kind === 'clock-time' ? ['you', 'you-all'] : [],
    );
    let style = opts.neg;
    const wantsLike = style === 'dontlike' && like !== undefined && dontLike !== undefined;
    const kinds: readonly PredicateKind[] =
      style === 'cannot'
        ? ['transitive', 'intransitive', 'motion']
        : style === 'never'
          ? ['adjective', 'intransitive', 'motion']
          : ALL_PREDICATES;
    const b = wantsLike
      ? gr.predicate(c, s, kinds, { verb: like })
      : pinned
        ? gr.event(c, s, kinds)
        : gr.predicate(c, s, kinds);
    if (style === 'dontlike' && b.verb !== like) style = 'not';
    if (
      style === 'cannot' &&
      (b.verb === undefined || (b.verb.stative && !CANNOT_STATIVES.has(b.verb.forms.base)))
    )
      style = 'not';
    const row = new SignRow();
    if (opts.frame !== undefined) row.add(opts.frame.g, opts.frame.fs);
    row.add(s.g);
    const predStart = row.length;
    const pred: Predicate = b.pred;
    if (style === 'never' && never !== undefined) {
      row.add([never]);
      row.add(b.pred.g);
      row.mark('negation', predStart);
    } else if (style === 'dontlike' && dontLike !== undefined) {
      row.add([dontLike, ...(b.obj?.g ?? [])]);
      row.mark('negation', predStart, predStart + 1);
    } else {
      row.add(b.pred.g);
      if (style === 'not' && not !== undefined) row.add([not]);
      if (style === 'cannot' && cannot !== undefined) row.add([cannot]);
      if (style !== undefined) row.mark('negation', predStart);
    }
    c.note(row.glosses);
    let tense: Tense =
      opts.frame === undefined ? defaultTense(b) : tenseFor(opts.frame.tense, b.pred.stative);
    if (style === 'cannot') tense = 'can';
    else if (
      style !== undefined &&
      opts.frame === undefined &&
      tense === 'progressive' &&
      c.chance(0.5)
    )
      tense = 'present';
    const time = opts.frame?.e[''];
    if (opts.question === true) {
      row.mark('yn-question', 0);
      const asked = withTime(yesNo(s, pred, tense), time, '?');
      const echo = s.id === 'you' ? withTime(declarative(s, pred, tense), time, '?') : [];
      return row.draft(references([...asked, ...echo.slice(0, 1)]));
    }
    const said =
      style === 'never' ? neverClause(s, pred) : declarative(s, pred, tense, style !== undefined);
    // "some" belongs to positive clauses: "I can't eat bread", not "I can't eat some bread".
    const fitting = style === undefined ? said : said.filter((x) => !/\bsome\b/.test(x));
    return row.draft(
      references(withTime(fitting.length > 0 ? fitting : said, time, '.')),
      opts.frame?.kind,
    );
  };

  const negStyle = (c: Ctx): NegStyle => {
    if (c.wants(not)) return 'not';
    if (c.wants(cannot)) return 'cannot';
    if (c.wants(never)) return 'never';
    if (c.wants(dontLike)) return 'dontlike';
    const styles: NegStyle[] = ['not', 'headshake', 'cannot', 'never', 'dontlike'];
    return styles[c.rng.weighted([4, 3, 1.5, 1, 1])] ?? 'not';
  };

  const topic = (c: Ctx): Draft | undefined => {
    const s = gr.subject(c);
    const b = gr.predicate(c, s, ['transitive'], { things: true, definite: true });
    const obj = b.obj;
    if (obj === undefined || b.verb === undefined) return undefined;
    const row = new SignRow();
    row.add(obj.g);
    row.mark('topic', 0);
    row.add(s.g);
    row.add(b.verb.g);
    const tense: Tense = b.pred.stative ? 'present' : c.chance(0.7) ? 'past' : 'progressive';
    const plain = declarative(s, b.pred, tense).map((x) => `${x}.`);
    const fronted = declarative(s, { ...b.pred, rest: obj.pronoun }, tense);
    const dislocated = obj.e.flatMap((o) => fronted.slice(0, 2).map((f) => `${o}, ${f}.`));
    return row.draft(
      references([plain[0] ?? '', dislocated[0] ?? '', ...plain.slice(1), ...dislocated.slice(1)]),
    );
  };

  const predicateReach = reach(ALL_PREDICATES);
  return [
    T('clause-statement', 'statement', predicateReach, (c) => clause(c, {})),
    T('clause-yn', 'yn-question', predicateReach, (c) =>
      clause(c, {
        you: YN_TO_YOU,
        question: true,
        frame: c.chance(0.2) ? relativeFrame(c) : undefined,
      }),
    ),
    T('clause-negation', 'negation', reach(ALL_PREDICATES, [not, cannot, never, dontLike]), (c) => {
      const neg = negStyle(c);
      const framed = (neg === 'not' || neg === 'headshake') && c.chance(0.2);
      return clause(c, { neg, frame: framed ? relativeFrame(c, ['past', 'future']) : undefined });
    }),
    T('clause-time', 'time-first', reach(ALL_PREDICATES, [not]), (c) => {
      const frame = relativeFrame(c);
      return frame && clause(c, { frame, neg: c.wants(not) || c.chance(0.12) ? 'not' : undefined });
    }),
    T('clause-weekday', 'date', reach(ALL_PREDICATES, weekdayReach(gr)), (c) => {
      const frame = weekdayFrame(c);
      return frame && clause(c, { frame });
    }),
    T('clause-month', 'date', reach(ALL_PREDICATES, numberReach(lex, 31)), (c) => {
      const frame = monthFrame(c);
      return frame && clause(c, { frame });
    }),
    T(
      'clause-clock',
      'clock-time',
      reach(
        ['transitive', 'intransitive', 'motion'],
        [
          ...numberReach(lex, 20),
          gr.vocab.signs('time')?.[0],
          gr.vocab.signs('noon')?.[0],
          ...partsOfDay(gr),
        ],
      ),
      (c) => {
        const frame = clockFrame(c);
        return frame && clause(c, { frame });
      },
    ),
    T('clause-topic', 'topic', gr.reach(['transitive']), topic),
  ];
}

function weekdayReach(gr: Grammar): string[] {
  return WEEKDAY_SLOT_KEYWORDS.flatMap((d) => gr.vocab.signs(d) ?? []);
}

export function numberReach(lex: SentenceLexicon, hi: number): string[] {
  const out: string[] = [];
  for (let n = 0; n <= Math.min(hi, 20); n++) out.push(...(lex.numberGlosses(n) ?? []));
  return out;
}

function partsOfDay(gr: Grammar): string[] {
  return ['morning', 'afternoon', 'night'].flatMap((p) => gr.vocab.signs(p) ?? []);
}
