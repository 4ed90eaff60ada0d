import type { Predicate, Subject } from './clause';
import type { Ctx } from './context';
import type { Alts } from './english';
import type { SentenceLexicon } from './lexicon';
import { SETTINGS, type Setting } from './types';
import type { Item, ObjectSlot, Tense, Vocab, VerbItem } from './vocab';
import type { FrameTense } from './vocab/items';

export interface SubjectItem extends Item {
  readonly subject: Subject;
}

/** Destinations only GO reaches ("drive to bed" is out). */
const GO_ONLY = /bed|bathroom|restroom|doctor|dentist/;

/** An object: its signs, its English, and the pronoun that stands for it ("it", "them", "her"). */
export interface ObjectPhrase {
  readonly g: readonly string[];
  readonly e: Alts;
  readonly pronoun: Alts;
  readonly person: boolean;
}

/** A predicate with its parts kept apart, so a template can front the object as a topic. */
export interface BuiltPredicate {
  readonly pred: Predicate;
  readonly verb?: VerbItem;
  readonly head: readonly string[];
  readonly obj?: ObjectPhrase;
}

export type PredicateKind = 'adjective' | 'transitive' | 'intransitive' | 'motion';

const ALL: ReadonlySet<Setting> = new Set(SETTINGS);
const PRONOUNS: readonly [string, string, Alts, Alts, 1 | 2 | 3, boolean][] = [
  ['me', 'me', ['I'], ['me'], 1, false],
  ['you', 'you', ['you'], ['you'], 2, false],
  ['he', 'he', ['he', 'she'], ['him', 'her'], 3, false],
  ['we', 'we', ['we'], ['us'], 1, true],
  ['they', 'they', ['they'], ['them'], 3, true],
  ['you-all', 'you all', ['you all', 'you guys'], ['you all', 'you guys'], 2, true],
];
/** Who an object pronoun may not be, given the subject ("I miss me" is out). */
const CLASHES: Readonly<Record<string, readonly string[]>> = {
  me: ['me'],
  we: ['me'],
  you: ['you'],
  'you-all': ['you'],
  he: ['he'],
};
/** Possessive for a subject: the keyword of its sign, then its English wordings. */
const OWNERS: Readonly<Record<string, readonly string[]>> = {
  me: ['my', 'my'],
  you: ['your', 'your'],
  'you-all': ['your', 'your'],
  he: ['his', 'his', 'her'],
  we: ['our', 'our'],
  they: ['their', 'their'],
};
/** Pronoun subjects are most sentences; noun phrases ("my sister", "the nurse") the rest. */
const PRONOUN_SHARE = 0.7;
/** Redraws allowed to find an event predicate. */
const EVENT_TRIES = 4;
const PREDICATE_WEIGHTS: Readonly<Record<PredicateKind, number>> = {
  adjective: 3,
  transitive: 5,
  intransitive: 2,
  motion: 1,
};

/** Subjects, objects and predicates drawn from the vocabulary, with English agreement data. */
export class Grammar {
  readonly pronouns: readonly SubjectItem[];
  readonly nounSubjects: readonly SubjectItem[];
  private readonly personObjects: readonly (Item & { id: string; pron: Alts })[];
  readonly my: string | undefined;
  readonly your: string | undefined;

  constructor(
    readonly vocab: Vocab,
    private readonly lex: SentenceLexicon,
  ) {
    this.my = lex.gloss('my');
    this.your = lex.gloss('your');
    this.pronouns = PRONOUNS.flatMap(([id, key, nom, obj, person, plural]) => {
      const g = lex.gloss(key);
      if (g === undefined) return [];
      // "You all" does not contract ("you all'll").
      const subject: Subject = { id, g: [g], nom, obj, person, plural, pronoun: id !== 'you-all' };
      return [{ g: [g], e: { '': nom }, tags: new Set([id]), settings: ALL, subject }];
    });
    this.nounSubjects = vocab.people
      .filter((p) => !['baby', 'person'].includes(p.e['']?.[0] ?? ''))
      .map((p) => {
        const kin = p.tags.has('kin') && this.my !== undefined;
        const g = kin && this.my !== undefined ? [this.my, ...p.g] : [...p.g];
        const nom = kin ? (p.e[''] ?? []).map((x) => `my ${x}`) : (p.e.the ?? []);
        const subject: Subject = {
          id: g.join(' '),
          g,
          nom,
          obj: nom,
          person: 3,
          plural: p.plural === true,
          pronoun: false,
        };
        return { g, e: { '': nom }, tags: p.tags, settings: p.settings, gender: p.gender, subject };
      });
    const objectPronouns = this.pronouns
      .filter((p) => ['me', 'you', 'he'].includes(p.subject.id))
      .map((p) => ({ ...p, id: p.subject.id, pron: p.subject.obj }));
    this.personObjects = [
      ...objectPronouns,
      ...this.nounSubjects.map((s) => ({ ...s, id: s.subject.id, pron: pronounFor(s) })),
    ];
  }

  /** A subject; `you` is the chance of YOU (questions are mostly put to the addressee). */
  subject(c: Ctx, you = 0, exclude: readonly string[] = []): Subject {
    const pool = (items: readonly SubjectItem[]) =>
      items.filter((i) => !exclude.includes(i.subject.id));
    const youItem = this.pronouns.find((p) => p.subject.id === 'you');
    if (youItem !== undefined && !exclude.includes('you') && c.rng.chance(you) && !c.pending)
      return youItem.subject;
    const all = [...pool(this.pronouns), ...pool(this.nounSubjects)];
    if (c.pending && all.some((i) => c.focus !== undefined && i.g.includes(c.focus)))
      return c.pick(all).subject;
    const items = c.rng.chance(PRONOUN_SHARE) ? pool(this.pronouns) : pool(this.nounSubjects);
    return c.pick(items.length > 0 ? items : all).subject;
  }

  /** Whether the pools of `kinds` can place this gloss. */
  reaches(gloss: string, kinds: readonly PredicateKind[]): boolean {
    return kinds.some((k) =>
      this.itemsFor(k).some((i) => i.g.includes(gloss) || i.reach?.has(gloss) === true),
    );
  }

  /** Every gloss a clause of these predicate kinds can contain. */
  reach(kinds: readonly PredicateKind[]): Set<string> {
    const out = new Set<string>();
    for (const i of [...this.pronouns, ...this.nounSubjects]) i.g.forEach((g) => out.add(g));
    for (const k of kinds)
      for (const i of this.itemsFor(k)) [...i.g, ...(i.reach ?? [])].forEach((g) => out.add(g));
    if (kinds.includes('transitive'))
      for (const own of Object.values(OWNERS)) {
        const g = this.lex.gloss(own[0] ?? '');
        if (g !== undefined) out.add(g);
      }
    return out;
  }

  /** A predicate describing an event (not a state), for clauses pinned to a date or clock time. */
  event(c: Ctx, s: Subject, kinds: readonly PredicateKind[]): BuiltPredicate {
    let b = this.predicate(c, s, kinds);
    for (let i = 0; i < EVENT_TRIES && b.pred.stative && !c.pending; i++)
      b = this.predicate(c, s, kinds);
    return b;
  }

  predicate(
    c: Ctx,
    s: Subject,
    kinds: readonly PredicateKind[],
    only?: { verb?: VerbItem; things?: boolean; definite?: boolean },
  ): BuiltPredicate {
    if (only?.verb !== undefined || only?.things === true) return this.transitive(c, s, only);
    const usable = kinds.filter((k) => this.itemsFor(k).length > 0);
    const focus = c.pending ? c.focus : undefined;
    const focused = focus === undefined ? [] : usable.filter((k) => this.reaches(focus, [k]));
    const pool = focused.length > 0 ? focused : usable;
    const kind = pool[c.rng.weighted(pool.map((k) => PREDICATE_WEIGHTS[k]))] ?? 'adjective';
    switch (kind) {
      case 'adjective': {
        const a = c.pick(this.vocab.personAdjectives);
        return { pred: { g: a.g, be: a.e[''] ?? [], rest: [''], stative: true }, head: a.g };
      }
      case 'intransitive': {
        const v = c.pick(this.vocab.intransitive);
        return {
          pred: { g: v.g, verb: v.forms, rest: [''], stative: v.stative },
          verb: v,
          head: v.g,
        };
      }
      case 'motion': {
        const d = c.pick(this.vocab.destinations);
        const go = this.vocab.motion.find((m) => m.forms.base === 'go');
        const v =
          go !== undefined && GO_ONLY.test(d.e['']?.[0] ?? '') ? go : c.pick(this.vocab.motion);
        return {
          pred: { g: [...v.g, ...d.g], verb: v.forms, rest: d.e[''] ?? [], stative: false },
          verb: v,
          head: v.g,
        };
      }
      default:
        return this.transitive(c, s, {});
    }
  }

  /** A verb with an object; `things` keeps to objects that are not people (topics, "it"). */
  private transitive(
    c: Ctx,
    s: Subject,
    only: { verb?: VerbItem; things?: boolean; definite?: boolean },
  ): BuiltPredicate {
    const things = only.things === true;
    const verbs = this.vocab.transitive.filter(
      (v) => !things || v.objects.some((o) => o.cls !== 'person'),
    );
    const v = only.verb ?? c.pick(verbs);
    const slots = v.objects.filter((o) => !things || o.cls !== 'person');
    const slot = c.pick(slots.map((o) => slotItem(o, this.vocab))).slot;
    // A topic is a referent the listener can identify: "the car", not "a car".
    const definite = only.definite === true && slot.form === 'a' ? { ...slot, form: 'the' } : slot;
    const obj = this.object(c, definite, s);
    return {
      pred: { g: [...v.g, ...obj.g], verb: v.forms, rest: obj.e, stative: v.stative },
      verb: v,
      head: v.g,
      obj,
    };
  }

  /** The transitive verb whose English base form is this ("like"). */
  verb(base: string): VerbItem | undefined {
    return this.vocab.transitive.find((v) => v.forms.base === base);
  }

  /** An object for a verb's slot; a person object never clashes with the subject. */
  object(c: Ctx, slot: ObjectSlot, s: Subject): ObjectPhrase {
    if (slot.cls === 'person') {
      const clash = CLASHES[s.id] ?? [];
      const o = c.pick(this.personObjects, (p) => clash.includes(p.id) || p.id === s.id);
      return {
        g: o.g,
        e: o.id === 'he' || o.id === 'me' || o.id === 'you' ? o.pron : (o.e[''] ?? []),
        pronoun: o.pron,
        person: true,
      };
    }
    const n = c.pick(this.vocab.byClass(slot.cls));
    const pronoun = (slot.form === 'bare' ? n.e.them : n.e.it) ?? ['it'];
    if (slot.form === 'my' || slot.form === 'your') {
      // "You lost your keys", "they washed their car": the possessive follows the subject.
      const own = OWNERS[s.id];
      const det = own?.[0] === undefined ? undefined : this.lex.gloss(own[0]);
      if (own !== undefined && det !== undefined) {
        const e = own.slice(1).flatMap((o) => (n.e[''] ?? []).map((x) => `${o} ${x}`));
        return { g: [det, ...n.g], e, pronoun, person: false };
      }
    }
    const form = slot.form === 'my' || slot.form === 'your' ? 'the' : slot.form;
    return { g: n.g, e: n.e[form] ?? n.e[''] ?? [], pronoun, person: false };
  }

  private itemsFor(kind: PredicateKind): readonly Item[] {
    switch (kind) {
      case 'adjective':
        return this.vocab.personAdjectives;
      case 'intransitive':
        return this.vocab.intransitive;
      case 'motion':
        return this.vocab.motion.length > 0 && this.vocab.destinations.length > 0
          ? [...this.vocab.motion, ...this.vocab.destinations]
          : [];
      default:
        return this.vocab.transitive;
    }
  }
}

/** A verb's object slot as a pickable item, so the focus steers which slot is used. */
function slotItem(slot: ObjectSlot, vocab: Vocab): Item & { slot: ObjectSlot } {
  const items = slot.cls === 'person' ? vocab.people : vocab.byClass(slot.cls);
  const reach = new Set(items.flatMap((i) => i.g));
  return { g: [], e: {}, tags: new Set(), settings: ALL, reach, slot };
}

function pronounFor(s: SubjectItem): Alts {
  if (s.subject.plural) return ['them'];
  return s.gender === 'f' ? ['her'] : s.gender === 'm' ? ['him'] : ['him', 'her'];
}

/** Verbs of a completed event: without a time frame English reads them in the past ("I lost my key"). */
const TELIC = new Set([
  'find',
  'lose',
  'forget',
  'break',
  'win',
  'finish',
  'arrive',
  'decide',
  'get married',
]);

/** The tense of a clause without a time frame. */
export function defaultTense(b: BuiltPredicate): Tense {
  if (b.verb !== undefined && TELIC.has(b.verb.forms.base)) return 'past';
  return b.pred.stative ? 'present' : 'progressive';
}

/** The clause tense a time frame sets, given whether the predicate describes a state. */
export function tenseFor(frame: FrameTense | undefined, stative: boolean): Tense {
  switch (frame) {
    case 'past':
      return 'past';
    case 'future':
      return 'future';
    case 'habit':
      return 'present';
    default:
      return stative ? 'present' : 'progressive';
  }
}
