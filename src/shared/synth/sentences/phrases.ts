import type { NonManualType } from '../../text/result';
import { SignRow, type Ctx, type Draft } from './context';
import { expand, references, type Alts } from './english';
import type { SentenceLexicon } from './lexicon';
import type { Slots } from './slots';
import type { Template } from './template';
import { SETTINGS, type SentenceKind, type Setting } from './types';
import type { Item } from './vocab';
import { rows } from './vocab/table';
import { invalidValue } from '../../errors/invalid';

/**
 * Phrase templates: a row `kind | settings | signs | English / English …`.
 *
 * - signs: lexicon keywords ('_' for a space: thank_you), `{slot}` (a noun class such as {food},
 *   people {kin}, {name}, numbers {age}, times {clock}; a trailing digit draws a second one),
 *   and non-manual brackets glued to a sign: `<…>` negation, `(…)` topic, `[…]` yes/no question.
 *   Kinds yn and wh span the whole sentence; a leading `?yn` or `?wh` does so for other kinds.
 * - English: each wording with `{slot}` or `{slot:form}` (a, the, bare, pl, is, it, them, ing, …),
 *   `{he}` `{him}` `{his}` for IX-3 (both genders become references) and `{slot:he}` for a person
 *   slot's pronoun.
 */
const KINDS: Readonly<Record<string, SentenceKind>> = {
  st: 'statement',
  yn: 'yn-question',
  wh: 'wh-question',
  neg: 'negation',
  top: 'topic',
  cond: 'conditional',
  time: 'time-first',
  req: 'request',
  num: 'number',
  clock: 'clock-time',
  date: 'date',
  fs: 'fingerspelling',
};
const SETTING_LETTERS: Readonly<Record<string, Setting>> = {
  c: 'counter',
  h: 'home',
  k: 'classroom',
};
const BRACKETS: Readonly<Record<string, NonManualType>> = {
  '<': 'negation',
  '(': 'topic',
  '[': 'yn-question',
};
const CLOSERS: Readonly<Record<string, string>> = { '>': '<', ')': '(', ']': '[' };
const PRONOUNS: Readonly<Record<string, readonly [string, string]>> = {
  he: ['he', 'she'],
  him: ['him', 'her'],
  his: ['his', 'her'],
  hers: ['his', 'hers'],
};
/** Phrases with slots vary, so they are drawn more often than fixed ones. */
const PHRASE_WEIGHT = 1;
const SLOT_WEIGHT = 2;
const SLOT = /\{([a-z]+\d?)(?::([a-z]+))?\}/g;

type Token =
  | { kind: 'sign'; gloss: string }
  | { kind: 'slot'; name: string }
  | { kind: 'open'; type: NonManualType }
  | { kind: 'close'; type: NonManualType };

export interface PhraseSpec {
  readonly id: string;
  readonly kind: SentenceKind;
  readonly settings: readonly Setting[];
  readonly signs: string;
  readonly english: readonly string[];
}

export function parsePhrases(table: string, prefix: string): PhraseSpec[] {
  return rows(table).map(([kind = '', set = '', signs = '', english = ''], i) => {
    const k = KINDS[kind];
    if (k === undefined)
      throw invalidValue(`phrase ${prefix}-${i}: kind`, kind, Object.keys(KINDS));
    const letters = set === '*' ? 'chk' : set;
    const settings = [...letters]
      .map((l) => SETTING_LETTERS[l])
      .filter((s): s is Setting => s !== undefined);
    return {
      id: `${prefix}-${i}`,
      kind: k,
      settings: settings.length > 0 ? settings : SETTINGS,
      signs,
      english: english.split(' / ').map((e) => e.trim()),
    };
  });
}

/** The phrase as a template, or undefined when this lexicon lacks one of its signs or slots. */
export function phraseTemplate(
  spec: PhraseSpec,
  lex: SentenceLexicon,
  slots: Slots,
): Template | undefined {
  const tokens = tokenize(spec.signs, lex, slots);
  if (tokens === undefined) return undefined;
  const reach = new Set<string>();
  for (const t of tokens) {
    if (t.kind === 'sign') reach.add(t.gloss);
    if (t.kind === 'slot') for (const g of slots.reach(t.name) ?? []) reach.add(g);
  }
  const whole =
    spec.kind === 'yn-question'
      ? 'yn-question'
      : spec.kind === 'wh-question'
        ? 'wh-question'
        : undefined;
  const lead = spec.signs.trim().split(/\s+/)[0];
  const marked: NonManualType | undefined =
    whole ?? (lead === '?yn' ? 'yn-question' : lead === '?wh' ? 'wh-question' : undefined);
  return {
    id: spec.id,
    kind: spec.kind,
    settings: spec.settings,
    weight: PHRASE_WEIGHT + SLOT_WEIGHT * tokens.filter((t) => t.kind === 'slot').length,
    reach,
    build: (c) => build(c, spec, tokens, slots, marked),
  };
}

function tokenize(signs: string, lex: SentenceLexicon, slots: Slots): Token[] | undefined {
  const out: Token[] = [];
  for (const raw of signs.trim().split(/\s+/)) {
    if (raw === '?yn' || raw === '?wh') continue;
    let word = raw;
    const opens: Token[] = [];
    const closes: Token[] = [];
    while (BRACKETS[word.charAt(0)] !== undefined) {
      opens.push({ kind: 'open', type: BRACKETS[word.charAt(0)] ?? 'topic' });
      word = word.slice(1);
    }
    while (CLOSERS[word.charAt(word.length - 1)] !== undefined) {
      closes.unshift({
        kind: 'close',
        type: BRACKETS[CLOSERS[word.charAt(word.length - 1)] ?? '('] ?? 'topic',
      });
      word = word.slice(0, -1);
    }
    out.push(...opens);
    const slot = /^\{([a-z]+\d?)\}$/.exec(word);
    if (slot !== null) {
      const name = slot[1] ?? '';
      if (!slots.usable(name)) return undefined;
      out.push({ kind: 'slot', name });
    } else if (word !== '') {
      const gloss = lex.gloss(word.replace(/_/g, ' '));
      if (gloss === undefined) return undefined;
      out.push({ kind: 'sign', gloss });
    }
    out.push(...closes);
  }
  return out;
}

function build(
  c: Ctx,
  spec: PhraseSpec,
  tokens: readonly Token[],
  slots: Slots,
  whole: NonManualType | undefined,
): Draft | undefined {
  const row = new SignRow();
  const filled = new Map<string, Item>();
  const open = new Map<NonManualType, number>();
  // Fill the slots first, so the focus goes to the first slot that can hold it.
  for (const t of tokens) {
    if (t.kind !== 'slot' || filled.has(t.name)) continue;
    const item = slots.fill(c, t.name, [...filled.values()]);
    if (item === undefined) return undefined;
    filled.set(t.name, item);
  }
  for (const t of tokens) {
    if (t.kind === 'sign') row.add([t.gloss]);
    else if (t.kind === 'slot') {
      const item = filled.get(t.name);
      if (item !== undefined) row.add(item.g, item.fs ?? []);
    } else if (t.kind === 'open') open.set(t.type, row.length);
    else row.mark(t.type, open.get(t.type) ?? 0);
  }
  if (whole !== undefined) row.mark(whole, 0);
  c.note(row.glosses);
  const lists = spec.english.map((e) => render(e, filled));
  const merged: string[] = [];
  for (let i = 0; i < Math.max(...lists.map((l) => l.length)); i++)
    for (const l of lists) if (l[i] !== undefined) merged.push(l[i] ?? '');
  return row.draft(references(merged));
}

/** One English wording with its slots filled: every combination, per pronoun gender. */
function render(text: string, filled: ReadonlyMap<string, Item>): string[] {
  const genders = /\{(he|him|his|hers)\}|\{[a-z]+\d?:(he|him|his|hers)\}/.test(text) ? [0, 1] : [0];
  return genders.flatMap((gi) => {
    const parts: (string | Alts)[] = [];
    let last = 0;
    for (const m of text.matchAll(SLOT)) {
      parts.push(text.slice(last, m.index));
      parts.push(fillText(m[1] ?? '', m[2], filled, gi));
      last = (m.index ?? 0) + m[0].length;
    }
    parts.push(text.slice(last));
    return expand(parts, '').map((s) => s.replace(/ +/g, ' '));
  });
}

function fillText(
  name: string,
  form: string | undefined,
  filled: ReadonlyMap<string, Item>,
  gi: number,
): Alts {
  const free = PRONOUNS[name];
  if (free !== undefined && form === undefined) return [free[gi] ?? free[0]];
  const item = filled.get(name);
  if (item === undefined) return [''];
  const pronoun = form === undefined ? undefined : PRONOUNS[form];
  if (pronoun !== undefined) {
    if (item.plural === true) return [form === 'his' ? 'their' : form === 'him' ? 'them' : 'they'];
    const g = item.gender === 'f' ? 1 : item.gender === 'm' ? 0 : gi;
    return [pronoun[g] ?? pronoun[0]];
  }
  return item.e[form ?? ''] ?? item.e[''] ?? [''];
}
