import { expand, type Alts } from './english';
import type { VerbForms } from './verb-forms';
import type { Tense } from './vocab/items';

/** Who does it: signs, English nominative and object forms, and agreement. */
export interface Subject {
  readonly id: string;
  readonly g: readonly string[];
  readonly nom: Alts;
  readonly obj: Alts;
  readonly person: 1 | 2 | 3;
  readonly plural: boolean;
  /** Pronouns contract ("I'm", "she'll"); noun phrases do not here. */
  readonly pronoun: boolean;
}

/** What is said of the subject: an adjective/place after "be", or a verb with what follows it. */
export interface Predicate {
  readonly g: readonly string[];
  readonly be?: Alts;
  readonly verb?: VerbForms;
  /** Words after the verb (object, destination); [''] when none. */
  readonly rest: Alts;
  readonly stative: boolean;
}

const singular3 = (s: Subject) => s.person === 3 && !s.plural;

function beWord(s: Subject, tense: Tense): string {
  if (tense === 'past') return s.person === 1 && !s.plural ? 'was' : singular3(s) ? 'was' : 'were';
  return s.person === 1 && !s.plural ? 'am' : singular3(s) ? 'is' : 'are';
}

const CONTRACTED: Readonly<Record<string, string>> = { am: "'m", is: "'s", are: "'re" };

/**
 * Subject and auxiliary fused, each wording of the subject with each wording of the auxiliary,
 * interleaved so the first few cover both (he's, she's, he is, she is).
 */
function fuse(s: Subject, variants: (n: string) => string[]): string[] {
  const lists = s.nom.map(variants);
  const out: string[] = [];
  const longest = Math.max(...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++)
    for (const l of lists) if (l[i] !== undefined) out.push(l[i] ?? '');
  return out;
}

/** "I'm" / "I am" / "she isn't" … for be in present, past or future. */
function subjectBe(s: Subject, tense: Tense, neg: boolean): string[] {
  return fuse(s, (n) => {
    if (tense === 'future') {
      if (neg) return [`${n} won't be`, `${n} will not be`];
      return s.pronoun ? [`${n}'ll be`, `${n} will be`] : [`${n} will be`];
    }
    if (tense === 'can') return neg ? [`${n} can't be`, `${n} cannot be`] : [`${n} can be`];
    const be = beWord(s, tense);
    if (tense === 'past') return neg ? [`${n} ${be}n't`, `${n} ${be} not`] : [`${n} ${be}`];
    const short = CONTRACTED[be] ?? '';
    if (neg) {
      if (be === 'am') return [`${n}'m not`, `${n} am not`];
      return s.pronoun
        ? [`${n} ${be}n't`, `${n}${short} not`, `${n} ${be} not`]
        : [`${n} ${be}n't`, `${n} ${be} not`];
    }
    return s.pronoun ? [`${n}${short}`, `${n} ${be}`] : [`${n} ${be}`];
  });
}

/** The subject with the verb phrase up to the verb's main form. */
function subjectVerb(s: Subject, v: VerbForms, tense: Tense, neg: boolean): string[] {
  if (tense === 'progressive') return subjectBe(s, 'present', neg).map((x) => `${x} ${v.ing}`);
  return fuse(s, (n) => {
    switch (tense) {
      case 'past':
        return neg ? [`${n} didn't ${v.base}`, `${n} did not ${v.base}`] : [`${n} ${v.past}`];
      case 'future':
        if (neg) return [`${n} won't ${v.base}`, `${n} will not ${v.base}`];
        return s.pronoun ? [`${n}'ll ${v.base}`, `${n} will ${v.base}`] : [`${n} will ${v.base}`];
      case 'can':
        return neg ? [`${n} can't ${v.base}`, `${n} cannot ${v.base}`] : [`${n} can ${v.base}`];
      default: {
        const does = singular3(s) ? 'does' : 'do';
        if (neg) return [`${n} ${does}n't ${v.base}`, `${n} ${does} not ${v.base}`];
        return [`${n} ${singular3(s) ? v.s : v.base}`];
      }
    }
  });
}

/** "I'm tired", "she doesn't like coffee", "we'll go home" (no final punctuation). */
export function declarative(s: Subject, p: Predicate, tense: Tense, neg = false): string[] {
  if (p.verb === undefined) return expand([subjectBe(s, tense, neg), p.be ?? [''], p.rest]);
  return expand([subjectVerb(s, p.verb, tense, neg), p.rest]);
}

/** "Are you tired", "does he like coffee", "did you eat" (no question mark). */
export function yesNo(s: Subject, p: Predicate, tense: Tense): string[] {
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  if (p.verb === undefined) {
    const aux =
      tense === 'future'
        ? ['will']
        : tense === 'can'
          ? ['can']
          : [beWord(s, tense === 'past' ? 'past' : 'present')];
    const be = tense === 'future' || tense === 'can' ? 'be' : '';
    return expand([aux.map(cap), s.nom, be, p.be ?? [''], p.rest]);
  }
  const v = p.verb;
  const parts: Record<Tense, [string, string]> = {
    present: [singular3(s) ? 'does' : 'do', v.base],
    progressive: [beWord(s, 'present'), v.ing],
    past: ['did', v.base],
    future: ['will', v.base],
    can: ['can', v.base],
  };
  const [aux, main] = parts[tense];
  return expand([cap(aux), s.nom, main, p.rest]);
}

/** "We never eat breakfast", "I'm never late": NEVER with the present. */
export function neverClause(s: Subject, p: Predicate): string[] {
  if (p.verb === undefined)
    return expand([subjectBe(s, 'present', false).map((x) => `${x} never`), p.be ?? [''], p.rest]);
  const v = p.verb;
  return expand([s.nom.map((n) => `${n} never ${singular3(s) ? v.s : v.base}`), p.rest]);
}

/** Places a time expression at the end (canonical) and at the front, interleaving the two. */
export function withTime(
  clauses: readonly string[],
  time: Alts | undefined,
  end: '.' | '?',
): string[] {
  if (time === undefined || time.length === 0) return clauses.map((x) => `${x}${end}`);
  const back = expand([clauses, time]).map((x) => `${x}${end}`);
  const front = end === '?' ? [] : expand([time, clauses]).map((x) => `${x}${end}`);
  const out: string[] = [];
  for (let i = 0; i < Math.max(back.length, front.length); i++) {
    if (back[i] !== undefined) out.push(back[i] ?? '');
    if (front[i] !== undefined) out.push(front[i] ?? '');
  }
  return out;
}
