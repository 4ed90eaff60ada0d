import { indefinite, type Alts } from '../english';
import type { SentenceLexicon } from '../lexicon';
import type { Setting } from '../types';
import { verbForms } from '../verb-forms';
import { COLORS, PERSON_ADJECTIVES, THING_ADJECTIVES } from './adjectives';
import type { Gender, Item, ObjectSlot, TimeItem, VerbItem } from './items';
import { CITIES, FEMALE_NAMES, MALE_NAMES, SPELLED_WORDS } from './names';
import { DESTINATIONS, NOUNS, PEOPLE } from './nouns';
import { alts, rows, settingsOf } from './table';
import { TIME_FRAMES } from './time';
import { INTRANSITIVE, MOTION, TRANSITIVE } from './verbs';

export type { FrameTense, Gender, Item, ObjectSlot, Tense, TimeItem, VerbItem } from './items';
export { WEEKDAY_SLOT_KEYWORDS } from './time';

/** The vocabulary tables, resolved against one lexicon: only rows whose signs it has. */
export interface Vocab {
  readonly nouns: readonly Item[];
  readonly people: readonly Item[];
  readonly personAdjectives: readonly Item[];
  /** Thing adjectives: tags hold the noun classes each fits. */
  readonly thingAdjectives: readonly Item[];
  readonly colors: readonly Item[];
  readonly transitive: readonly VerbItem[];
  readonly intransitive: readonly VerbItem[];
  readonly motion: readonly VerbItem[];
  readonly destinations: readonly Item[];
  readonly times: readonly TimeItem[];
  readonly names: readonly Item[];
  readonly cities: readonly Item[];
  readonly spelled: readonly Item[];
  /** Nouns of a class ('food', 'thing', ...), or people ('kin', 'role', 'person'). */
  byClass(cls: string): readonly Item[];
  /** The gloss of a keyword, or of a '+'-joined run of keywords ("next+week"). */
  signs(keys: string): string[] | undefined;
}

export function buildVocab(lex: SentenceLexicon): Vocab {
  const signs = (keys: string): string[] | undefined => {
    const out: string[] = [];
    for (const k of keys.split('+')) {
      const g = lex.gloss(k.trim());
      if (g === undefined) return undefined;
      out.push(g);
    }
    return out;
  };
  const nouns = rows(NOUNS).flatMap(([key = '', sg, pl, cls, set]) => {
    const g = signs(key);
    return g === undefined ? [] : [noun(g, alts(sg), pl ?? '', cls ?? '', settingsOf(set))];
  });
  const people = rows(PEOPLE).flatMap(([key = '', sg, pl, gender, how, set]) => {
    const g = signs(key);
    if (g === undefined || how === 'skip') return [];
    return [
      person(g, alts(sg), pl ?? '', (gender ?? 'n') as Gender, how ?? 'role', settingsOf(set)),
    ];
  });
  const classes = new Map<string, Item[]>();
  for (const item of [...nouns, ...people]) {
    for (const t of item.tags) classes.set(t, [...(classes.get(t) ?? []), item]);
  }
  const simple = (table: string, tagCol = -1) =>
    rows(table).flatMap((r) => {
      const g = signs(r[0] ?? '');
      if (g === undefined) return [];
      const tags = tagCol >= 0 ? (r[tagCol] ?? '').split(/\s+/) : [];
      const set = tagCol >= 0 ? r[tagCol + 1] : r[2];
      return [{ g, e: { '': alts(r[1]) }, tags: new Set(tags), settings: settingsOf(set) }];
    });
  const objectsOf = (spec: string): ObjectSlot[] =>
    spec
      .split(/\s+/)
      .filter((s) => s !== '')
      .map((s) => {
        const [cls = s, form = 'person'] = s.split(':');
        return { cls, form };
      })
      .filter((o) => (classes.get(o.cls)?.length ?? 0) > 0);
  const transitive = rows(TRANSITIVE).flatMap(([key = '', spec = '', objs = '', stative, set]) => {
    const g = signs(key);
    const objects = objectsOf(objs);
    if (g === undefined || objects.length === 0) return [];
    const reach = new Set(g);
    for (const o of objects)
      for (const i of classes.get(o.cls) ?? []) i.g.forEach((x) => reach.add(x));
    return [verbItem(g, spec, objects, stative === 's', settingsOf(set), reach)];
  });
  const verbRows = (table: string) =>
    rows(table).flatMap(([key = '', spec = '', set]) => {
      const g = signs(key);
      return g === undefined ? [] : [verbItem(g, spec, [], false, settingsOf(set), new Set(g))];
    });
  const times = rows(TIME_FRAMES).flatMap(([key = '', english, tense]): TimeItem[] => {
    const g = signs(key);
    if (g === undefined) return [];
    const e = alts(english);
    return [
      {
        g,
        e: { '': e },
        tags: new Set(),
        settings: settingsOf(''),
        tense: tense as TimeItem['tense'],
        kind: 'time-first',
      },
    ];
  });
  const spell = (word: string, tags: string[], gender?: Gender): Item[] => {
    const g = lex.spell(word);
    if (g === undefined || lex.isKeyword(word)) return [];
    return [
      {
        g: [g],
        e: { '': [word], a: [indefinite(word)], the: [`the ${word}`] },
        tags: new Set(tags),
        settings: settingsOf(''),
        gender,
        fs: [g.slice(3)],
      },
    ];
  };
  return {
    nouns,
    people,
    personAdjectives: simple(PERSON_ADJECTIVES),
    thingAdjectives: simple(THING_ADJECTIVES, 2),
    colors: rows(COLORS).flatMap(([key = '', english]) => {
      const g = signs(key);
      return g === undefined
        ? []
        : [{ g, e: { '': alts(english) }, tags: new Set<string>(), settings: settingsOf('') }];
    }),
    transitive,
    intransitive: verbRows(INTRANSITIVE),
    motion: verbRows(MOTION),
    destinations: simple(DESTINATIONS),
    times,
    names: [
      ...FEMALE_NAMES.flatMap((n) => spell(n, ['name'], 'f')),
      ...MALE_NAMES.flatMap((n) => spell(n, ['name'], 'm')),
    ],
    cities: CITIES.flatMap((c) => spell(c, ['city'])),
    spelled: rows(SPELLED_WORDS).flatMap(([w = '', cls = '']) => spell(w, [cls])),
    byClass: (cls) => classes.get(cls) ?? [],
    signs,
  };
}

function noun(
  g: string[],
  sg: Alts,
  pl: string,
  cls: string,
  settings: ReadonlySet<Setting>,
): Item {
  const mass = pl === '-';
  const bare = pl === '~';
  const pluralOnly = pl === '=';
  const plural = mass || bare ? sg : pluralOnly ? sg : alts(pl);
  const count = !mass && !bare && !pluralOnly;
  const e: Record<string, Alts> = {
    '': sg,
    a: count ? sg.map(indefinite) : mass ? [...sg, ...sg.map((s) => `some ${s}`)] : sg,
    the: bare ? sg : sg.map((s) => `the ${s}`),
    pl: plural,
    bare: count ? plural : sg,
    is: [pluralOnly ? 'are' : 'is'],
    it: [pluralOnly ? 'them' : 'it'],
    them: [count || pluralOnly ? 'them' : 'it'],
    was: [pluralOnly ? 'were' : 'was'],
  };
  return {
    g,
    e,
    tags: new Set(cls.split(/\s+/).filter((c) => c !== '')),
    settings,
    plural: pluralOnly,
  };
}

function person(
  g: string[],
  sg: Alts,
  pl: string,
  gender: Gender,
  how: string,
  settings: ReadonlySet<Setting>,
): Item {
  const pluralOnly = pl === '=';
  const tags = new Set([
    'person',
    ...(how === 'both' ? ['kin', 'role'] : [how]),
    ...(pluralOnly ? ['plural'] : []),
  ]);
  const e: Record<string, Alts> = {
    '': sg,
    the: sg.map((s) => `the ${s}`),
    a: pluralOnly ? sg : sg.map(indefinite),
    pl: pluralOnly ? sg : pl === '-' ? sg.map((s) => `${s}s`) : alts(pl),
    is: [pluralOnly ? 'are' : 'is'],
  };
  return { g, e, tags, settings, gender, plural: pluralOnly };
}

function verbItem(
  g: string[],
  spec: string,
  objects: readonly ObjectSlot[],
  stative: boolean,
  settings: ReadonlySet<Setting>,
  reach: ReadonlySet<string>,
): VerbItem {
  const forms = verbForms(spec);
  return { g, e: { '': [forms.base] }, tags: new Set(), settings, forms, objects, stative, reach };
}
