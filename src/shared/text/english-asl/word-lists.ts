/**
 * Closed English word classes and what ASL does with each. Lowercase lemmas throughout.
 * Grounds for each list are in grammar.ts.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Articles: ASL has none. */
export const ARTICLES = set('a an the');
/** Determiners that make a noun phrase definite (a candidate topic). */
export const DEFINITE_DETERMINERS = set('the this that these those');
/** Modals with a sign of their own (kept); will/would/shall are tense or mood and are dropped. */
export const SIGNED_MODALS = set('can could must should may might');
export const DROPPED_AUXILIARIES = set('will would shall');
/** Question words. */
export const WH_WORDS = set('what where who whom whose when why how which');
/** Adverbs that carry intensity, which ASL shows in the movement and the face, not with a sign. */
export const INTENSIFIERS = set('very really quite pretty rather');
/** Conjunctions and complementizers ASL leaves unsaid (clauses are juxtaposed). */
export const DROPPED_CONNECTIVES = set('and that whether than');
/** Honorifics before a name; Dr. is kept as DOCTOR through PREFERRED_KEYWORDS. */
export const TITLES = set('mr mr. mrs mrs. ms ms. miss mx mx.');

/**
 * Prepositions ASL signs because they carry meaning (WITH, FROM, UNDER, BEFORE …). Every other
 * preposition is dropped: ASL shows of/to/at/for/by relations through word order, the verb's
 * movement, or space.
 */
export const SIGNED_PREPOSITIONS =
  set(`with without from about under behind between near inside outside
  around above below before after until till during against across through toward towards beside since`);
/** Locative in/on, kept only as the predicate of a copula ("The keys are on the table" → KEY ON TABLE). */
export const LOCATIVE_PREPOSITIONS = set('in on');

/** Time adverbs fronted with the time expressions ("I'll call you later" → LATER ME CALL YOU). */
export const TIME_ADVERBS = set(
  'now today tonight tomorrow yesterday later soon recently earlier lately nowadays currently',
);

/**
 * Words whose sign is found under another keyword first: pronoun case (I → ME), ASL lexical choices
 * (a completed action "yet"/"already" → FINISH), and spelling variants. Tried in order before the word itself.
 */
export const PREFERRED_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  i: ['me', 'i'],
  me: ['me'],
  my: ['my'],
  mine: ['mine', 'my'],
  myself: ['myself', 'self'],
  you: ['you'],
  your: ['your'],
  yours: ['yours', 'your'],
  we: ['we', 'us'],
  us: ['us', 'we'],
  our: ['our'],
  ours: ['ours', 'our'],
  they: ['they', 'them'],
  them: ['them', 'they'],
  their: ['their'],
  theirs: ['theirs', 'their'],
  he: ['he', 'him'],
  him: ['him', 'he'],
  his: ['his'],
  she: ['she', 'her'],
  her: ['her', 'she'],
  hers: ['hers', 'her'],
  // Demonstratives are pointing in ASL (IX): a lexicon without THIS/THAT points with IX-3 ("it").
  this: ['this', 'it'],
  that: ['that', 'it'],
  these: ['these', 'this', 'it'],
  those: ['those', 'that', 'it'],
  whom: ['who'],
  whose: ['whose', 'who'],
  yet: ['finish', 'yet'],
  already: ['finish', 'already'],
  could: ['could', 'can'],
  might: ['maybe', 'might'],
  may: ['maybe', 'may'],
  okay: ['ok', 'okay'],
  hi: ['hello', 'hi'],
  hey: ['hello', 'hey'],
  bye: ['goodbye', 'bye'],
  thanks: ['thank you', 'thanks'],
  dr: ['doctor'],
  'dr.': ['doctor'],
  tonight: ['tonight', 'now night'],
  nobody: ['nobody', 'none'],
  nowhere: ['nowhere', 'none'],
  nothing: ['nothing', 'none'],
};

/** Words that are negative by themselves: the head shake falls on them where they stand. */
export const NEGATIVE_WORDS = set('never nothing nobody none nowhere neither nor');

/** Weekday names (lemmas). */
export const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday');

/** Month names and abbreviations → full name and the ASL fingerspelled form (months are spelled, the long ones shortened). */
export const MONTHS: Readonly<Record<string, { name: string; spelled: string }>> = (() => {
  const table: [string, string, string[]][] = [
    ['january', 'JAN', ['jan']],
    ['february', 'FEB', ['feb']],
    ['march', 'MARCH', ['mar']],
    ['april', 'APRIL', ['apr']],
    ['may', 'MAY', []],
    ['june', 'JUNE', ['jun']],
    ['july', 'JULY', ['jul']],
    ['august', 'AUG', ['aug']],
    ['september', 'SEPT', ['sep', 'sept']],
    ['october', 'OCT', ['oct']],
    ['november', 'NOV', ['nov']],
    ['december', 'DEC', ['dec']],
  ];
  const out: Record<string, { name: string; spelled: string }> = {};
  for (const [name, spelled, abbrevs] of table) {
    for (const k of [name, ...abbrevs, ...abbrevs.map((a) => `${a}.`)]) out[k] = { name, spelled };
  }
  return out;
})();

/** Words that turn a following time unit into past or future ("next week", "last Friday"). */
export const RELATIVE_TIME: Readonly<Record<string, readonly string[]>> = {
  next: ['next', 'future'],
  coming: ['next', 'future'],
  last: ['past', 'last'],
  past: ['past'],
  previous: ['past', 'before'],
  this: ['this'],
};

/** Units of time, for relative expressions. */
export const TIME_UNITS = set(
  'day week weekend month year morning afternoon evening night hour minute',
);
