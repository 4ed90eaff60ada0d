import type { LexiconIndex } from '../lexicon-index';
import type { AnalyzedToken } from './analysis';
import { amountSigns, ordinalSigns, quantitySigns } from './quantity';
import { keywords, type SignRequest } from './sign-request';
import { temporalSigns } from './temporal';
import { unit, type Unit } from './units';
import { closedRequest, wordRequest } from './word-request';
import { classifyToken, precededByPreposition } from './classify-token';

/** Rebuilds the typed text of some tokens ("$25", "thank you"). */
export function sourceText(tokens: readonly AnalyzedToken[]): string {
  return tokens.map((t, i) => (i > 0 && t.spaceBefore ? ' ' : '') + t.text).join('');
}

/**
 * Tokens of one sentence → units: entities (times, dates, amounts, numbers) and lexicon phrases
 * ("thank you", "how much") first, then one token at a time by classify-token.ts.
 */
export function buildUnits(tokens: readonly AnalyzedToken[], lexicon: LexiconIndex): Unit[] {
  const units: Unit[] = [];
  const firstWord = tokens.findIndex((t) => t.pos !== 'PUNCT' && !t.unsignable);
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i];
    if (t === undefined) break;
    const entity = entityAt(tokens, i, lexicon);
    if (entity !== undefined) {
      if (entity.unit.requests.length > 0) units.push({ ...entity.unit, first: i === firstWord });
      i = entity.end;
      continue;
    }
    const phrase = phraseAt(tokens, i, lexicon);
    if (phrase !== undefined) {
      units.push({ ...phrase.unit, first: i === firstWord });
      i = phrase.end;
      continue;
    }
    const u = classifyToken(tokens, i, units, lexicon);
    if (u !== undefined) units.push({ ...u, first: i === firstWord });
    i++;
  }
  return units;
}

function entityAt(
  tokens: readonly AnalyzedToken[],
  i: number,
  lexicon: LexiconIndex,
): { unit: Unit; end: number } | undefined {
  const t = tokens[i];
  if (t?.entity === undefined || t.entityId === undefined) return undefined;
  let end = i;
  while (end < tokens.length && tokens[end]?.entityId === t.entityId) end++;
  const span = tokens.slice(i, end);
  const from = sourceText(span);
  let requests: SignRequest[] | undefined;
  switch (t.entity) {
    case 'DATE':
    case 'TIME':
    case 'DURATION': {
      const temporal = temporalSigns(span, { lexicon, wordRequest });
      const role = temporal.frame && t.entity !== 'DURATION' ? 'time' : 'word';
      return {
        unit: unit({
          role,
          requests: temporal.requests,
          from,
          pos: 'NOUN',
          nominal: role === 'word',
        }),
        end,
      };
    }
    case 'MONEY':
    case 'PERCENT':
      requests = amountSigns(span, lexicon);
      break;
    case 'CARDINAL':
      requests = quantitySigns(
        span.filter((s) => s.text !== '-').map((s) => s.text),
        lexicon,
      );
      break;
    case 'ORDINAL':
      requests =
        span.length === 1
          ? ordinalSigns(t.text, lexicon)
          : ordinalSigns(span.map((s) => s.text).join(''), lexicon);
      break;
  }
  // An entity the rules cannot read (an odd amount) is left to the word-by-word pass.
  if (requests === undefined) return undefined;
  // "Answer the first question": a definite number phrase can be the topic, unless a dropped
  // preposition makes it oblique ("Go to the third floor").
  const definite = tokens[i - 1]?.text.toLowerCase() === 'the';
  const oblique = precededByPreposition(tokens, i);
  return {
    unit: unit({ role: 'word', requests, from, pos: 'NUM', nominal: true, definite, oblique }),
    end,
  };
}

/** The longest lexicon keyword of two or more words starting here ("thank you", "how much"). */
function phraseAt(
  tokens: readonly AnalyzedToken[],
  i: number,
  lexicon: LexiconIndex,
): { unit: Unit; end: number } | undefined {
  for (let n = Math.min(lexicon.maxPhraseWords, tokens.length - i); n >= 2; n--) {
    const span = tokens.slice(i, i + n);
    if (span.some((s) => s.pos === 'PUNCT' || s.unsignable)) continue;
    // A phrase may hold a whole entity ("good morning") but not part of one ("next week's").
    const after = tokens[i + n];
    const last = span[span.length - 1];
    if (span[0]?.entity !== undefined && span[0].entityId === tokens[i - 1]?.entityId) continue;
    if (last?.entityId !== undefined && after?.entityId === last.entityId) continue;
    const from = sourceText(span);
    const keys = [
      span.map((s) => s.text.toLowerCase()).join(' '),
      span.map((s) => s.lemma).join(' '),
      from.toLowerCase(), // "don't know", "that's right": contractions as typed
    ];
    for (const key of keys) {
      const gloss = lexicon.glossFor(key);
      if (gloss === undefined) continue;
      const head = span[0];
      return {
        unit: unit({
          role: phraseRole(key),
          requests: [keywords([key]), ...keptPlaceWords(span, gloss)],
          from,
          pos: head?.pos ?? 'X',
          lemma: key,
        }),
        end: i + n,
      };
    }
  }
  return undefined;
}

/**
 * Place words a directive must keep: "Sign here" is SIGNATURE HERE, though the lexicon lists
 * "sign here" as a keyword of SIGNATURE, whose sign says nothing about where.
 */
const PLACE_WORDS = new Set(['here', 'there']);

/** The place words of a phrase its gloss does not name, each as its own sign. */
function keptPlaceWords(span: readonly AnalyzedToken[], gloss: string): SignRequest[] {
  const named = new Set(gloss.toLowerCase().split(/[-\s]+/));
  return span
    .filter((t) => PLACE_WORDS.has(t.text.toLowerCase()) && !named.has(t.text.toLowerCase()))
    .map((t) => closedRequest(t));
}

/**
 * A phrase sign asking a question (HOW-MUCH, "what time" → TIME) is a wh-sign; a negated
 * auxiliary the lexicon lists ("don't" → NOT, "can't" → CANNOT) is the clause's negator; any other
 * negative phrase (DONT-KNOW, "not yet" → LATE) carries the head shake where it stands.
 */
function phraseRole(key: string): Unit['role'] {
  if (/^(how|what) /.test(key)) return 'wh';
  // A negated auxiliary alone ("don't", "can't") is the negator: it moves after the predicate.
  if (/^([a-z]+n't|cannot)$/.test(key)) return 'neg';
  return /n't|\b(not|no|never)\b/.test(key) ? 'neg-here' : 'word';
}

export { closedRequest };
