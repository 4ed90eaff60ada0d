import type { NonManualSpan, T2gResult, T2gSign } from '../result';
import type { AnalyzedToken } from './analysis';
import { buildUnits } from './build-units';
import { expandContractions } from './contractions';
import { orderSentence } from './grammar';
import type { EnglishResources } from './resources';
import { resolveRequest } from './resolve-request';
import { SIGNED_MODALS, WH_WORDS } from './word-lists';

/**
 * English text → ASL gloss sequence with non-manual spans (start/end index `signs`, end exclusive).
 * Pure: all knowledge comes in through `resources`. Any input is accepted; text with nothing
 * signable gives no signs.
 */
export function translateEnglish(text: string, resources: EnglishResources): T2gResult {
  const signs: T2gSign[] = [];
  const nonManual: NonManualSpan[] = [];
  for (const sentence of resources.analyzer.analyze(normalizeInput(text))) {
    const tokens = expandContractions(sentence);
    const ordered = orderSentence(buildUnits(tokens, resources.lexicon), isQuestion(tokens));
    // Sign index range of each unit, to carry the unit spans over to signs.
    const ranges: [number, number][] = [];
    for (const u of ordered.units) {
      const start = signs.length;
      for (const req of u.requests) {
        const s = resolveRequest(req, u.from, resources);
        if (s !== undefined) signs.push(s);
      }
      ranges.push([start, signs.length]);
    }
    for (const span of ordered.spans) {
      const start = ranges[span.start]?.[0];
      const end = ranges[span.end - 1]?.[1];
      if (start !== undefined && end !== undefined && end > start)
        nonManual.push({ type: span.type, start, end });
    }
  }
  return { signs, nonManual };
}

/** Typographic apostrophes folded; all-capitals input lowered so the tagger does not read every word as a name. */
function normalizeInput(text: string): string {
  const folded = text.replace(/[\u2018\u2019\u02bc]/g, "'");
  const cased = /\p{Ll}/u.test(folded) ? folded : folded.toLowerCase();
  // The tokenizer keeps a final period on words it also knows as abbreviations ("ill." as
  // Illinois, then spelled): a lowercase word of 2+ letters ending a sentence gets its own period.
  return cased.replace(/(^|\s)(\p{Ll}{2,})\.(?=\s|$)/gu, '$1$2 .');
}

/** A question mark, or an inverted auxiliary or wh-word opening the sentence without one. */
function isQuestion(tokens: readonly AnalyzedToken[]): boolean {
  const words = tokens.filter((t) => !t.unsignable);
  const last = [...words].reverse().find((t) => t.pos === 'PUNCT' && /[.?!]/.test(t.text));
  if (last !== undefined) return last.text.includes('?');
  const [a, b] = words;
  if (a === undefined || b === undefined) return false;
  const auxFirst =
    a.pos === 'AUX' && (['be', 'do', 'have'].includes(a.lemma) || SIGNED_MODALS.has(a.lemma));
  return (
    (auxFirst && (b.pos === 'PRON' || b.pos === 'DET' || b.pos === 'PROPN')) ||
    (WH_WORDS.has(a.text.toLowerCase()) && b.pos === 'AUX')
  );
}
