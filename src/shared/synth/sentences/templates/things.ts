import { SignRow, type Ctx, type Draft } from '../context';
import { references } from '../english';
import type { Grammar } from '../grammar';
import type { SentenceLexicon } from '../lexicon';
import type { Template } from '../template';
import { SETTINGS, type SentenceKind } from '../types';
import type { Item } from '../vocab';

/** Chance the noun is someone's ("my car is new") rather than "the car". */
const POSSESSED = 0.3;

/**
 * "The coffee is hot." — COFFEE HOT: a noun and an adjective that fits it (by noun class), as a
 * statement, a yes/no question or a negation (NOT after the adjective, or a head shake alone).
 */
export function thingTemplates(gr: Grammar, lex: SentenceLexicon): Template[] {
  const not = lex.gloss('not');
  const nouns = gr.vocab.nouns;
  const adjectives = gr.vocab.thingAdjectives
    .map((a) => {
      const fits = nouns.filter((n) => [...a.tags].some((t) => n.tags.has(t)));
      return { ...a, fits, reach: new Set(fits.flatMap((n) => [...n.g])) };
    })
    .filter((a) => a.fits.length > 0);
  if (adjectives.length === 0) return [];
  const reach = new Set<string>(adjectives.flatMap((a) => [...a.g, ...a.reach]));
  if (gr.my !== undefined) reach.add(gr.my);
  if (not !== undefined) reach.add(not);

  const build = (c: Ctx, kind: SentenceKind): Draft => {
    const a = c.pick(adjectives);
    const n: Item = c.pick(a.fits);
    const mine =
      gr.my !== undefined && n.tags.has('thing') && (c.wants(gr.my) || c.chance(POSSESSED));
    const row = new SignRow();
    if (mine && gr.my !== undefined) row.add([gr.my]);
    row.add(n.g);
    const adjStart = row.length;
    row.add(a.g);
    const subject = mine ? (n.e[''] ?? []).map((x) => `my ${x}`) : (n.e.the ?? []);
    const plural = n.plural === true;
    const be = plural ? 'are' : 'is';
    const adj = a.e[''] ?? [];
    const out: string[] = [];
    if (kind === 'yn-question') {
      row.mark('yn-question', 0);
      for (const s of subject) for (const x of adj) out.push(`${be} ${s} ${x}?`);
    } else if (kind === 'negation') {
      if (not !== undefined && (c.wants(not) || c.chance(0.6))) row.add([not]);
      row.mark('negation', adjStart);
      for (const s of subject)
        for (const x of adj) out.push(`${s} ${be}n't ${x}.`, `${s} ${be} not ${x}.`);
    } else {
      for (const s of subject)
        for (const x of adj) out.push(`${s} ${be} ${x}.`, ...(plural ? [] : [`${s}'s ${x}.`]));
    }
    c.note(row.glosses);
    return row.draft(references(out));
  };
  const kinds: [SentenceKind, number][] = [
    ['statement', 40],
    ['yn-question', 15],
    ['negation', 15],
  ];
  return kinds.map(([kind, weight]) => ({
    id: `thing-${kind}`,
    kind,
    settings: SETTINGS,
    weight,
    reach,
    build: (c: Ctx) => build(c, kind),
  }));
}
