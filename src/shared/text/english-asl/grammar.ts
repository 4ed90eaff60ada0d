import type { NonManualType } from '../result';
import { isContent, type Unit } from './units';

/**
 * The ASL word order and non-manual scheme used here, applied clause by clause:
 *
 *   [TIME] [TOPIC] subject verb object … [NEG] [WH]
 *
 * - Time first: time expressions open the clause and set the tense for what follows, which is
 *   why ASL verbs need no tense (Baker & Cokely 1980, ch. 6; Valli, Lucas & Mulrooney 2011).
 *   "The test is tomorrow." → TOMORROW TEST.
 * - Topic–comment: a definite object ("the book") is fronted as the topic and marked with raised
 *   brows; the comment follows in the basic SVO order (Liddell 1980; Aarons 1994). Indefinite and
 *   pronoun objects stay in place, and questions are not topicalized, so the scheme fronts only
 *   referents the listener can already identify. "I read the book." → BOOK(topic) ME READ.
 * - Wh-questions: the wh-sign goes clause-final, the position Neidle et al. (2000) analyse as
 *   rightward wh-movement and the one ASL teaching materials use ("Where is the bathroom?" →
 *   BATHROOM WHERE); furrowed brows span the whole question (Baker & Cokely 1980).
 * - Yes/no questions: SVO order, raised brows over the whole question (Baker-Shenk 1983).
 * - Negation: NOT (CAN'T, NONE) follows the predicate it negates, with a head shake from the
 *   verb to the negator — the head shake spreads over the negated verb phrase (Neidle et al.
 *   2000, ch. 3; Veinberg & Wilbur 1990). "I don't understand." → ME UNDERSTAND NOT. Words that
 *   are negative themselves (NEVER, NOTHING, the answer NO) stay put and carry the head shake.
 *
 * References: C. Baker & D. Cokely, American Sign Language: A Teacher's Resource Text on Grammar
 * and Culture (1980); S. Liddell, American Sign Language Syntax (1980); C. Baker-Shenk, A
 * Micro-analysis of the Nonmanual Components of Questions in ASL (PhD thesis, 1983); D. Aarons,
 * Aspects of the Syntax of ASL (PhD thesis, 1994); C. Neidle, J. Kegl, D. MacLaughlin, B. Bahan &
 * R. G. Lee, The Syntax of American Sign Language (MIT Press, 2000); S. Veinberg & R. Wilbur, A
 * linguistic analysis of the negative headshake in ASL, Sign Language Studies 68 (1990);
 * C. Valli, C. Lucas & K. Mulrooney, Linguistics of American Sign Language (5th ed., 2011).
 */

/** A non-manual span over unit indices of the ordered sentence, end exclusive. */
export interface UnitSpan {
  readonly type: NonManualType;
  readonly start: number;
  readonly end: number;
}

export interface OrderedSentence {
  readonly units: readonly Unit[];
  readonly spans: readonly UnitSpan[];
}

/** Reorders one sentence's units clause by clause and marks its non-manual spans. */
export function orderSentence(units: readonly Unit[], question: boolean): OrderedSentence {
  const clauses = splitClauses(units, question);
  const whClause = question ? clauses.findIndex((c) => c.some((u) => u.role === 'wh')) : -1;
  let ynClause = -1;
  if (question && whClause < 0) {
    for (let c = clauses.length - 1; c >= 0 && ynClause < 0; c--) {
      if (clauses[c]?.some((u) => isContent(u) && u.pos !== 'INTJ')) ynClause = c;
    }
  }
  const out: Unit[] = [];
  const spans: UnitSpan[] = [];
  clauses.forEach((clause, c) => {
    const ordered = orderClause(clause, c === whClause, c === ynClause);
    const offset = out.length;
    out.push(...ordered.units);
    spans.push(
      ...ordered.spans.map((s) => ({ ...s, start: s.start + offset, end: s.end + offset })),
    );
  });
  return { units: out, spans };
}

/**
 * Clause breaks: punctuation, subordinating conjunctions, a coordinating conjunction followed by
 * a verb ("I called but nobody answered"), and an embedded wh-word in a statement ("I know where
 * he lives"). A signed conjunction (BUT, BECAUSE) opens the next clause.
 */
function splitClauses(units: readonly Unit[], question: boolean): Unit[][] {
  const clauses: Unit[][] = [[]];
  units.forEach((u, i) => {
    const current = clauses[clauses.length - 1] ?? [];
    const breaksHere =
      (u.role === 'boundary' && (u.pos !== 'CCONJ' || verbAhead(units, i))) ||
      (u.role === 'wh' && !question && current.some(isContent));
    if (breaksHere && current.length > 0) clauses.push([]);
    if (u.role !== 'boundary' || u.requests.length > 0) clauses[clauses.length - 1]?.push(u);
  });
  return clauses.filter((c) => c.length > 0);
}

function verbAhead(units: readonly Unit[], i: number): boolean {
  for (let j = i + 1; j < units.length; j++) {
    const u = units[j];
    if (u === undefined || (u.role === 'boundary' && u.pos === 'PUNCT')) return false;
    if (u.verb) return true;
  }
  return false;
}

function orderClause(clause: readonly Unit[], wh: boolean, yn: boolean): OrderedSentence {
  let rest = restoreModalOrder([...clause], wh || yn);
  // A time expression sets the tense: FUTURE for "will" only when the clause has none.
  const framed = rest.some((u) => u.role === 'time' && !u.tense);
  if (framed) rest = rest.filter((u) => !(u.tense && u.role === 'time'));
  const time = rest.filter((u) => u.role === 'time');
  rest = rest.filter((u) => u.role !== 'time');
  const whIndex = wh ? rest.findIndex((u) => u.role === 'wh') : -1;
  const whUnit = rest[whIndex];
  if (whUnit !== undefined) rest.splice(whIndex, 1);

  // Negators leave their place; remember the unit each one negates.
  const negs: { unit: Unit; target: Unit | undefined }[] = [];
  rest = rest.filter((u, i) => {
    if (u.role !== 'neg') return true;
    negs.push({ unit: u, target: negatedUnit(rest, i) });
    return false;
  });

  // Main clauses only: a clause opened by a conjunction (if, because) is not topicalized.
  const subordinate = clause[0]?.role === 'boundary';
  const topic = wh || yn || subordinate ? [] : definiteObject(rest);
  rest = rest.filter((u) => !topic.includes(u));
  // The topic follows an opening PLEASE or greeting: PLEASE QUESTION(topic) AGAIN.
  let lead = 0;
  while (lead < rest.length && (rest[lead]?.role === 'please' || rest[lead]?.pos === 'INTJ'))
    lead++;
  const ordered = [
    ...time,
    ...rest.slice(0, lead),
    ...topic,
    ...rest.slice(lead),
    ...negs.map((n) => n.unit),
    ...(whUnit ? [whUnit] : []),
  ];

  const spans: UnitSpan[] = [];
  const topicStart = time.length + lead;
  if (topic.length > 0) {
    spans.push({ type: 'topic', start: topicStart, end: topicStart + topic.length });
  }
  for (const n of negs) {
    const end = ordered.indexOf(n.unit) + 1;
    const target = n.target === undefined ? -1 : ordered.indexOf(n.target);
    spans.push({ type: 'negation', start: target >= 0 && target < end ? target : end - 1, end });
  }
  ordered.forEach((u, i) => {
    if (u.role !== 'neg-here') return;
    // NEVER negates the predicate after it; NOTHING, NOBODY and the answer NO only themselves.
    const end = u.lemma === 'never' ? ordered.length - (whUnit ? 1 : 0) : i + 1;
    spans.push({ type: 'negation', start: i, end: Math.max(end, i + 1) });
  });
  if (wh || yn)
    spans.push({ type: wh ? 'wh-question' : 'yn-question', start: 0, end: ordered.length });
  return { units: ordered, spans };
}

/**
 * The predicate a negator negates: the verb after it (past an inverted subject: "Why didn't you
 * call" → CALL), else the first non-pronoun content (NOT A TEACHER → TEACHER); for the determiner
 * "no" ("I have no money"), the verb before it.
 */
function negatedUnit(units: readonly Unit[], i: number): Unit | undefined {
  if (units[i]?.lemma === 'no') {
    for (let j = i - 1; j >= 0; j--) if (units[j]?.verb === true) return units[j];
  }
  const after = units.slice(i + 1).filter(isContent);
  return after.find((v) => v.verb) ?? after.find((v) => v.pos !== 'PRON') ?? after[0];
}

/** "Can I pay …?" → ME CAN PAY: the inverted modal goes back after the subject. */
function restoreModalOrder(units: Unit[], question: boolean): Unit[] {
  if (!question) return units;
  const m = units.findIndex((u) => u.role !== 'wh' && u.role !== 'please' && u.role !== 'time');
  const modal = units[m];
  if (modal === undefined || !modal.modal || units[m + 1]?.nominal !== true) return units;
  let end = m + 1;
  while (units[end]?.nominal === true) end++;
  return [...units.slice(0, m), ...units.slice(m + 1, end), modal, ...units.slice(end)];
}

/** The definite noun phrase right after the clause's first verb, if any: the topic. */
function definiteObject(units: readonly Unit[]): Unit[] {
  const v = units.findIndex((u) => u.verb);
  const first = units[v + 1];
  if (v < 0 || first === undefined || !first.definite || !first.nominal || first.oblique) return [];
  const np: Unit[] = [];
  for (
    let i = v + 1;
    i < units.length && units[i]?.nominal === true && units[i]?.role === 'word';
    i++
  ) {
    const u = units[i];
    if (u === undefined || (i > v + 1 && u.pos === 'PRON')) break;
    np.push(u);
  }
  return np;
}
