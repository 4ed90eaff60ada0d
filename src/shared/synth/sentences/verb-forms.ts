/** The inflected forms of an English verb (or verb phrase: "wake up", "take a shower"). */
export interface VerbForms {
  readonly base: string;
  /** Third person singular present: "likes". */
  readonly s: string;
  readonly past: string;
  readonly pp: string;
  readonly ing: string;
}

/** Verbs that double their final consonant before -ing/-ed. */
const DOUBLES = new Set([
  'run',
  'swim',
  'sit',
  'stop',
  'win',
  'get',
  'begin',
  'shop',
  'put',
  'plan',
  'jog',
  'chat',
]);
const IRREGULAR_S: Readonly<Record<string, string>> = { have: 'has', do: 'does', go: 'goes' };

/**
 * Forms from a spec "base" (regular) or "base/past/participle" (irregular). Only the first word of
 * a phrase inflects: "wake up/woke up/woken up" → "wakes up", "waking up".
 */
export function verbForms(spec: string): VerbForms {
  const [base = spec, pastSpec, ppSpec] = spec.split('/');
  const [head = base, ...tail] = base.split(' ');
  const rest = tail.length > 0 ? ` ${tail.join(' ')}` : '';
  const past = pastSpec ?? `${pastOf(head)}${rest}`;
  return {
    base,
    s: `${thirdPerson(head)}${rest}`,
    past,
    pp: ppSpec ?? past,
    ing: `${ingOf(head)}${rest}`,
  };
}

function thirdPerson(v: string): string {
  const irregular = IRREGULAR_S[v];
  if (irregular !== undefined) return irregular;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh|o)$/.test(v)) return `${v}es`;
  return `${v}s`;
}

function pastOf(v: string): string {
  if (DOUBLES.has(v)) return `${v}${v.slice(-1)}ed`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ied`;
  if (v.endsWith('e')) return `${v}d`;
  return `${v}ed`;
}

function ingOf(v: string): string {
  if (DOUBLES.has(v)) return `${v}${v.slice(-1)}ing`;
  if (v.endsWith('ie')) return `${v.slice(0, -2)}ying`;
  if (/[^eoy]e$/.test(v)) return `${v.slice(0, -1)}ing`;
  return `${v}ing`;
}
