import type { LexiconIndex } from '../lexicon-index';
import type { AnalyzedToken } from './analysis';
import { ordinalSigns, quantitySigns } from './quantity';
import { keywords, type SignRequest } from './sign-request';
import { temporalSigns } from './temporal';
import { unit, type Unit } from './units';
import { closedRequest, wordRequest } from './word-request';
import {
  ARTICLES,
  DROPPED_AUXILIARIES,
  DROPPED_CONNECTIVES,
  INTENSIFIERS,
  LOCATIVE_PREPOSITIONS,
  MONTHS,
  NEGATIVE_WORDS,
  SIGNED_MODALS,
  SIGNED_PREPOSITIONS,
  TIME_ADVERBS,
  TITLES,
  WH_WORDS,
} from './word-lists';

/** Adverb particles of phrasal verbs. UP and DOWN stay: they are signs with meaning of their own. */
const PARTICLES = new Set(['back', 'away', 'off', 'out']);
/** Kin terms people use as names (capitalized, tagged as proper nouns). */
const KIN_NAMES = new Set(
  'mom mum mommy mama dad daddy papa grandma grandpa granny grandmother grandfather auntie aunt uncle'.split(
    ' ',
  ),
);

/**
 * Words written with a capital that are not names: identities and languages ("my teacher is Deaf",
 * "she signs ASL"). When the lexicon has them they are signed, not spelled.
 */
const CAPITALIZED_COMMON = new Set([
  'deaf',
  'hearing',
  'english',
  'asl',
  'american',
  'spanish',
  'french',
  'german',
]);

/** Directions a directive keeps after a verb of motion ("Turn left"). */
const DIRECTIONS = new Set(['left', 'right']);
const MOTION_VERBS = new Set('turn go walk drive move look keep stay bear head'.split(' '));

const BREAK_PUNCTUATION = new Set([',', ';', ':', '–', '—', '(', ')', '--']);
const SUBJECT_EXPLETIVES = new Set(['there', 'it']);

/**
 * One token → its unit, or undefined when ASL does not sign it (articles, copula, do-support,
 * tense auxiliaries, infinitival "to", most prepositions, intensifiers). `units` is the sentence
 * so far: "not" after CAN becomes CAN'T in its place.
 */
export function classifyToken(
  tokens: readonly AnalyzedToken[],
  i: number,
  units: Unit[],
  lexicon: LexiconIndex,
): Unit | undefined {
  const t = tokens[i];
  if (t === undefined || t.unsignable) return undefined;
  const w = t.text.toLowerCase();
  const l = t.lemma;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const from = t.text;
  const base = { from, pos: t.pos, lemma: l };

  if (t.pos === 'PUNCT')
    return BREAK_PUNCTUATION.has(w) ? unit({ ...base, role: 'boundary', requests: [] }) : undefined;
  const title = TITLES.has(w) && next?.pos === 'PROPN' && next.capitalized;
  if (
    ARTICLES.has(w) ||
    title ||
    INTENSIFIERS.has(w) ||
    (w === "'s" && t.pos !== 'PRON') ||
    w === 'to'
  )
    return undefined;
  const future = futureMarker(tokens, i);
  if (future !== undefined)
    return unit({
      ...base,
      from: future,
      role: 'time',
      requests: [keywords(['future', 'will'], 'will')],
      tense: true,
    });
  if (l === 'be' || DROPPED_AUXILIARIES.has(l)) return undefined;
  // "so much", "very much": intensity, carried by the sign's movement and the face.
  if (w === 'much' && (prev?.lemma === 'very' || prev?.lemma === 'so')) return undefined;
  if (w === 'so' && t.pos === 'ADV' && next !== undefined && ['ADJ', 'ADV'].includes(next.pos)) {
    return undefined;
  }
  // Particles of phrasal verbs ("bring it back", "go away"): the verb's sign carries them.
  if (PARTICLES.has(w) && t.pos !== 'NOUN' && (prev?.pos === 'VERB' || prev?.pos === 'PRON')) {
    return undefined;
  }
  if (l === 'have' && next?.text.toLowerCase() === 'to' && tokens[i + 2]?.pos === 'VERB') {
    return unit({
      ...base,
      role: 'word',
      requests: [keywords(['must', 'have to', 'need'], 'must')],
      modal: true,
    });
  }
  if ((l === 'do' || l === 'have') && t.pos === 'AUX' && isAuxiliary(tokens, i)) {
    // "I have eaten" → ME FINISH EAT: the perfect says the act is done. A modal, so a question
    // puts it back after the subject ("Have you eaten?" → YOU FINISH EAT).
    return l === 'have' && completedPerfect(tokens, i)
      ? unit({
          ...base,
          role: 'word',
          requests: [keywords(['finish', 'already'], 'finish')],
          modal: true,
          tense: true,
        })
      : undefined;
  }
  if (l === 'not') {
    const last = units[units.length - 1];
    const cant = ["can't", 'cannot'].find((k) => lexicon.glossFor(k) !== undefined);
    if (last?.modal === true && last.lemma === 'can' && cant !== undefined) {
      units.pop();
      return unit({
        ...base,
        from: `${last.from}${t.spaceBefore ? ' ' : ''}${t.text}`,
        role: 'neg',
        requests: [keywords([cant])],
      });
    }
    return unit({ ...base, role: 'neg', requests: [keywords(['not'])] });
  }
  if (w === 'no') {
    return t.pos === 'DET' &&
      next !== undefined &&
      ['NOUN', 'ADJ', 'NUM', 'PROPN'].includes(next.pos)
      ? unit({ ...base, role: 'neg', requests: [keywords(['none', 'no'], 'no')] })
      : unit({ ...base, role: 'neg-here', requests: [keywords(['no'])] });
  }
  if (NEGATIVE_WORDS.has(w))
    return unit({
      ...base,
      role: 'neg-here',
      requests: [closedRequest(t)],
      nominal: t.pos !== 'ADV',
    });
  // "Turn left", "Go right": a direction after a verb of motion, not the verb "leave" or "correct".
  if (DIRECTIONS.has(w) && prev !== undefined && MOTION_VERBS.has(prev.lemma))
    return unit({ ...base, role: 'word', requests: [keywords([w])] });
  if (w === 'please') return unit({ ...base, role: 'please', requests: [keywords(['please'])] });
  if (WH_WORDS.has(w) && t.pos !== 'SCONJ')
    return unit({ ...base, role: 'wh', requests: [closedRequest(t)] });
  if (TIME_ADVERBS.has(l) && t.pos !== 'NOUN')
    return unit({ ...base, role: 'time', requests: [closedRequest(t)] });
  if (TIME_ADVERBS.has(l)) return unit({ ...base, role: 'time', requests: [wordRequest(t)] });
  if (
    SUBJECT_EXPLETIVES.has(w) &&
    (t.pos === 'PRON' || t.pos === 'ADV') &&
    (next?.lemma === 'be' || (prev?.lemma === 'be' && i === 1))
  )
    // Dummy subjects: "there is a problem", "is there a problem?", "it is cold", "is it open?".
    return undefined;
  if (w === 'let' && next?.lemma === 'us') return undefined;
  // "that" as a pronoun (also when the tagger calls a sentence-final one a conjunction: "Don't touch that!").
  const demonstrative =
    w === 'that' && (t.pos === 'DET' || t.pos === 'PRON' || !clauseFollows(tokens, i));
  if (demonstrative)
    return unit({ ...base, role: 'word', requests: [closedRequest(t)], nominal: true });
  if (DROPPED_CONNECTIVES.has(w)) {
    return unit({ ...base, role: 'boundary', requests: [] });
  }
  if (t.pos === 'CCONJ' || t.pos === 'SCONJ')
    return unit({ ...base, role: 'boundary', requests: [closedRequest(t)] });
  if (t.pos === 'ADP') {
    // "The keys are on the table" keeps ON; "The party is on Friday" is a time, not a place.
    // Only when the lexicon has the sign: ASL shows location in space, so a spelled IN says nothing.
    const locative =
      LOCATIVE_PREPOSITIONS.has(w) &&
      lexicon.glossFor(w) !== undefined &&
      next?.entity === undefined &&
      (prev?.lemma === 'be' || (prev?.lemma === 'not' && tokens[i - 2]?.lemma === 'be'));
    return SIGNED_PREPOSITIONS.has(w) || locative
      ? unit({ ...base, role: 'word', requests: [closedRequest(t)] })
      : undefined;
  }
  const definite = prev !== undefined && prev.text.toLowerCase() === 'the';
  // A noun phrase after a dropped preposition ("go to the store") is not a direct object.
  const oblique = precededByPreposition(tokens, i);
  // "May I …?" asks permission: CAN, not MAYBE (the tagger may call this "May" a noun).
  if (w === 'may' && i === 0 && next?.pos === 'PRON') {
    return unit({
      ...base,
      role: 'word',
      requests: [keywords(['can', 'may'], 'may')],
      modal: true,
    });
  }
  if (SIGNED_MODALS.has(l) && t.pos === 'AUX') {
    return unit({ ...base, role: 'word', requests: [closedRequest(t)], modal: true });
  }
  if (w === 'her' && next !== undefined && ['NOUN', 'ADJ', 'NUM'].includes(next.pos)) {
    // Possessive her ("her book"), not the object pronoun.
    const possessive = keywords(['hers', 'his', 'her'], 'her');
    return unit({ ...base, role: 'word', requests: [possessive], nominal: true });
  }
  if (t.pos === 'PRON')
    return unit({ ...base, role: 'word', requests: [closedRequest(t)], nominal: true });
  if (t.pos === 'DET') {
    if (w === 'any') return undefined;
    const beforeNoun = next !== undefined && ['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(next.pos);
    return unit({
      ...base,
      role: 'word',
      requests: [closedRequest(t)],
      nominal: true,
      definite: beforeNoun && /^(this|that|these|those)$/.test(w),
    });
  }
  if (t.pos === 'NUM' || /^\d/.test(w)) {
    const requests = ordinalSigns(w, lexicon) ?? quantitySigns([w], lexicon);
    if (requests !== undefined)
      return unit({ ...base, role: 'word', requests, nominal: true, definite, oblique });
    const clock = temporalSigns([t], { lexicon, wordRequest });
    if (clock.requests.length > 0 && /\d/.test(w))
      return unit({ ...base, role: 'time', requests: clock.requests });
  }
  const month = MONTHS[w];
  if (month !== undefined && t.capitalized && (next?.pos === 'NUM' || prev?.pos === 'ADP')) {
    // A month the tagger left outside a date ("in May 1999"): its sign, or spelled the ASL way.
    const request: SignRequest = lexicon.isProperNoun(month.name)
      ? keywords([month.name])
      : { kind: 'spell', text: month.spelled };
    return unit({ ...base, role: 'time', requests: [request] });
  }
  if (t.pos === 'PROPN' && t.capitalized) {
    const sentenceStart = tokens.slice(0, i).every((s) => s.pos === 'PUNCT' || s.unsignable);
    // "Hi Grandma": kin terms used as names are still the kin sign.
    const request =
      (sentenceStart || KIN_NAMES.has(w) || CAPITALIZED_COMMON.has(w)) &&
      lexicon.glossFor(w) !== undefined
        ? wordRequest(t)
        : { kind: 'proper' as const, text: t.text };
    return unit({ ...base, role: 'word', requests: [request], nominal: true, definite, oblique });
  }
  if (t.pos === 'INTJ') return unit({ ...base, role: 'word', requests: [closedRequest(t)] });
  // Main-verb "do" is too general for synonyms (WordNet offers MAKE): its own sign or spelled.
  if (l === 'do') return unit({ ...base, role: 'word', requests: [closedRequest(t)], verb: true });
  const verb = t.pos === 'VERB' || l === 'do' || l === 'have';
  const nominal = ['NOUN', 'PROPN', 'ADJ', 'X'].includes(t.pos);
  return unit({
    ...base,
    role: 'word',
    requests: [wordRequest(t)],
    verb,
    nominal,
    definite,
    oblique,
  });
}

/**
 * "will" (or "going to" before a verb) as the future: the source text when this token is one,
 * else undefined. "would" and "shall" stay dropped (mood, not a time).
 */
function futureMarker(tokens: readonly AnalyzedToken[], i: number): string | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  if (t.lemma === 'will' && t.pos === 'AUX') return t.text;
  const going =
    t.text.toLowerCase() === 'going' &&
    tokens[i - 1]?.lemma === 'be' &&
    tokens[i + 1]?.text.toLowerCase() === 'to' &&
    tokens[i + 2]?.pos === 'VERB';
  return going ? `${t.text} to` : undefined;
}

/** Verbs of state: "I have lived here (for years)" is not a finished act, so no FINISH. */
const STATIVE_VERBS = new Set(
  'be live know have want like love need own work stay wait belong understand'.split(' '),
);
/** Verbs that already say it is done, or words that carry FINISH themselves. */
const FINISH_WORDS = new Set(['finish', 'complete', 'end', 'done', 'already', 'yet', 'just']);

/**
 * Whether a perfect auxiliary (have + participle) marks a finished act: its main verb is not a
 * state or itself FINISH, and no "for"/"since" makes it a span of time ("have worked here for a year").
 */
function completedPerfect(tokens: readonly AnalyzedToken[], i: number): boolean {
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j];
    if (t === undefined || t.pos === 'PUNCT') return false;
    const w = t.text.toLowerCase();
    if (FINISH_WORDS.has(t.lemma) || FINISH_WORDS.has(w)) return false;
    if (t.pos === 'VERB') {
      if (STATIVE_VERBS.has(t.lemma)) return false;
      return !tokens.slice(j + 1).some((x) => ['for', 'since'].includes(x.text.toLowerCase()));
    }
  }
  return false;
}

export function precededByPreposition(tokens: readonly AnalyzedToken[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j];
    if (t === undefined) return false;
    if (t.pos === 'ADP' || t.text.toLowerCase() === 'to') return true;
    if (!['DET', 'ADJ', 'NUM'].includes(t.pos)) return false;
  }
  return false;
}

/**
 * do/have is an auxiliary when a main verb follows in its clause ("Did you eat", "We've eaten"),
 * and do is one when it is inverted before its subject at the start of a question ("How much does
 * the ticket cost?", where the tagger reads "cost" as a noun).
 */
function isAuxiliary(tokens: readonly AnalyzedToken[], i: number): boolean {
  const next = tokens[i + 1];
  const before = tokens.slice(0, i).filter((t) => t.pos !== 'PUNCT');
  // "What time does…", "Which bus does…": a wh-word and the noun phrase it asks about.
  const whPhrase =
    before.length > 0 &&
    WH_WORDS.has(before[0]?.text.toLowerCase() ?? '') &&
    before.slice(1).every((t) => ['NOUN', 'ADJ', 'DET'].includes(t.pos));
  const inverted =
    whPhrase ||
    before.every(
      (t) => WH_WORDS.has(t.text.toLowerCase()) || t.lemma === 'much' || t.lemma === 'many',
    );
  if (
    tokens[i]?.lemma === 'do' &&
    inverted &&
    next !== undefined &&
    ['PRON', 'DET', 'PROPN', 'NOUN'].includes(next.pos)
  ) {
    return true;
  }
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j];
    if (t === undefined || t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ')
      return false;
    if (t.entity !== undefined) continue;
    if (t.pos === 'AUX' && (t.lemma === 'have' || t.lemma === 'do')) return true;
    // have + past participle (eaten, gone, read); do + base form (eat). A verb that is neither
    // is the tagger misreading a noun ("We have class" → class/VERB).
    if (t.pos === 'VERB')
      return tokens[i]?.lemma === 'have' ? isParticiple(t) : t.text.toLowerCase() === t.lemma;
  }
  return false;
}

/** Participles spelled like the base form. */
const BARE_PARTICIPLES = new Set(
  'come become run put cut hit set let read hurt cost shut quit spread bet burst cast'.split(' '),
);

function isParticiple(t: AnalyzedToken): boolean {
  const lower = t.text.toLowerCase();
  return lower !== t.lemma || BARE_PARTICIPLES.has(lower);
}

/** Whether a verb follows before the sentence ends: "that" then opens a clause, not a pronoun. */
function clauseFollows(tokens: readonly AnalyzedToken[], i: number): boolean {
  return tokens.slice(i + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}
