import type { Ctx } from './context';
import { numberAlts, numberWord, type Alts } from './english';
import { clockFrame, drawNumber, monthFrame, relativeFrame, weekdayFrame } from './frames';
import type { Grammar } from './grammar';
import type { SentenceLexicon } from './lexicon';
import { SETTINGS } from './types';
import { WEEKDAY_SLOT_KEYWORDS, type Item } from './vocab';
import type { FrameTense } from './vocab/items';

const ALL = new Set(SETTINGS);
/** Ranges of the number slots: [lowest, highest]. */
const NUMBER_SLOTS: Readonly<Record<string, readonly [number, number]>> = {
  age: [2, 95],
  dollars: [2, 99],
  count: [2, 12],
  kids: [2, 6],
  hours: [2, 12],
  page: [1, 99],
  students: [8, 40],
  days: [2, 10],
  num: [0, 99],
};
const MINUTES = [2, 5, 10, 15, 20, 30, 45];
const PHONE_DIGITS = 7;
const TIME_SLOTS: Readonly<Record<string, FrameTense>> = {
  past: 'past',
  future: 'future',
  habit: 'habit',
  nowt: 'now',
};

/**
 * What a `{slot}` in a phrase template is filled with. Static pools are lists of items (nouns by
 * class, people, adjectives, names); dynamic ones are drawn (numbers, clock times, dates).
 */
export class Slots {
  private readonly pools = new Map<string, readonly Item[]>();

  constructor(
    private readonly gr: Grammar,
    private readonly lex: SentenceLexicon,
  ) {
    const v = gr.vocab;
    const verb = (i: {
      g: readonly string[];
      forms: { base: string; ing: string; s: string; past: string };
      settings: Item['settings'];
    }): Item => ({
      g: i.g,
      e: { '': [i.forms.base], ing: [i.forms.ing], s: [i.forms.s], past: [i.forms.past] },
      tags: new Set(),
      settings: i.settings,
    });
    this.pools.set('padj', v.personAdjectives);
    this.pools.set('color', v.colors);
    this.pools.set('dest', v.destinations);
    this.pools.set('name', v.names);
    this.pools.set(
      'fname',
      v.names.filter((n) => n.gender === 'f'),
    );
    this.pools.set(
      'mname',
      v.names.filter((n) => n.gender === 'm'),
    );
    this.pools.set('city', v.cities);
    for (const cls of ['place', 'food', 'drink', 'thing', 'info', 'vehicle'])
      this.pools.set(
        `fs${cls}`,
        v.spelled.filter((s) => s.tags.has(cls)),
      );
    this.pools.set('verbi', v.intransitive.map(verb));
    this.pools.set('time', v.times);
    const byWord = (items: readonly Item[], words: string) => {
      const keep = new Set(words.split(' '));
      return items.filter((i) => keep.has(i.e['']?.[0] ?? ''));
    };
    const kin = v.people.filter((p) => p.tags.has('kin') && p.plural !== true);
    this.pools.set('sib', byWord(kin, 'sister brother kid cousin friend son daughter'));
    this.pools.set(
      'kinf',
      kin.filter((p) => p.gender === 'f'),
    );
    this.pools.set(
      'kinm',
      kin.filter((p) => p.gender === 'm'),
    );
    this.pools.set(
      'mood',
      byWord(
        v.personAdjectives,
        'happy sad tired sick angry scared excited worried nervous bored confused surprised embarrassed lonely hungry thirsty',
      ),
    );
    this.pools.set(
      'hobby',
      byWord(
        this.pools.get('verbi') ?? [],
        'draw dance swim read cook travel run walk play write sign study',
      ),
    );
    this.pools.set(
      'dayname',
      ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].flatMap(
        (d) => {
          const g = gr.vocab.signs(d);
          return g === undefined
            ? []
            : [
                {
                  g,
                  e: { '': [d.charAt(0).toUpperCase() + d.slice(1)] },
                  tags: new Set<string>(),
                  settings: ALL,
                },
              ];
        },
      ),
    );
  }

  /** Every gloss a slot can hold (for the template's reach); undefined for an unknown slot. */
  reach(name: string): string[] | undefined {
    const base = name.replace(/\d$/, '');
    const pool = this.pool(base);
    if (pool !== undefined) return pool.flatMap((i) => [...i.g]);
    if (NUMBER_SLOTS[base] !== undefined || base === 'minutes' || base === 'phone')
      return this.numbers(99);
    if (base === 'clock')
      return [
        ...this.numbers(20),
        ...['time', 'noon', 'morning', 'afternoon', 'night'].flatMap(
          (k) => this.gr.vocab.signs(k) ?? [],
        ),
      ];
    if (base === 'day') return WEEKDAY_SLOT_KEYWORDS.flatMap((k) => this.gr.vocab.signs(k) ?? []);
    if (base === 'date' || base === 'yeardate') return this.numbers(31);
    if (TIME_SLOTS[base] !== undefined)
      return this.gr.vocab.times
        .filter((t) => t.tense === TIME_SLOTS[base])
        .flatMap((t) => [...t.g]);
    return undefined;
  }

  /** Whether the slot can be filled with this lexicon. */
  usable(name: string): boolean {
    const base = name.replace(/\d$/, '');
    const pool = this.pool(base);
    if (pool !== undefined) return pool.length > 0;
    if (base === 'clock')
      return this.gr.vocab.signs('time') !== undefined && this.lex.numberGlosses(12) !== undefined;
    if (base === 'date' || base === 'yeardate') return this.lex.numberGlosses(31) !== undefined;
    if (base === 'day') return this.gr.vocab.signs('monday') !== undefined;
    if (TIME_SLOTS[base] !== undefined)
      return this.gr.vocab.times.some((t) => t.tense === TIME_SLOTS[base]);
    return (this.reach(base)?.length ?? 0) > 0 && this.lex.numberGlosses(99) !== undefined;
  }

  fill(c: Ctx, name: string, used: readonly Item[]): Item | undefined {
    const base = name.replace(/\d$/, '');
    const pool = this.pool(base);
    if (pool !== undefined)
      return pool.length === 0 ? undefined : c.pick(pool, (i) => used.includes(i));
    const range = NUMBER_SLOTS[base];
    if (range !== undefined) {
      const n = drawNumber(c, range[0], range[1]);
      const g = this.lex.numberGlosses(n);
      if (g === undefined) return undefined;
      const e: Record<string, Alts> = {
        '': numberAlts(n),
        digits: [String(n)],
        word: [numberWord(n)],
      };
      if (base === 'dollars') e[''] = [`$${n}`, `${n} dollars`, `${numberWord(n)} dollars`];
      return this.item(g, e);
    }
    switch (base) {
      case 'minutes': {
        const n = c.rng.pick(MINUTES);
        const g = this.lex.numberGlosses(n);
        return g && this.item(g, { '': numberAlts(n) });
      }
      case 'phone': {
        const digits = Array.from({ length: PHONE_DIGITS }, () => c.rng.int(0, 9)).join('');
        const g = this.lex.digitGlosses(digits);
        const text = `${digits.slice(0, 3)}-${digits.slice(3)}`;
        return g && this.item(g, { '': [text] });
      }
      case 'clock':
        return clockFrame(c);
      case 'day':
        return weekdayFrame(c, true);
      case 'date':
        return monthFrame(c, 'never');
      case 'yeardate':
        return monthFrame(c, 'always');
      default: {
        const tense = TIME_SLOTS[base];
        return tense === undefined ? undefined : relativeFrame(c, [tense]);
      }
    }
  }

  private pool(base: string): readonly Item[] | undefined {
    const fixed = this.pools.get(base);
    if (fixed !== undefined) return fixed;
    const byClass = this.gr.vocab.byClass(base);
    return byClass.length > 0 || KNOWN_CLASSES.has(base) ? byClass : undefined;
  }

  private numbers(hi: number): string[] {
    const out: string[] = [];
    for (let n = 0; n <= Math.min(hi, 20); n++) out.push(...(this.lex.numberGlosses(n) ?? []));
    return out;
  }

  private item(g: string[], e: Record<string, Alts>): Item {
    return { g, e, tags: new Set(), settings: ALL };
  }
}

/** Noun and people classes a phrase may name even when this lexicon has none of them. */
const KNOWN_CLASSES = new Set([
  'kin',
  'role',
  'person',
  'food',
  'drink',
  'thing',
  'place',
  'event',
  'task',
  'info',
]);
