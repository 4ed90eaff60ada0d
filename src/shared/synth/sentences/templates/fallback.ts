import { SignRow, type Ctx, type Draft } from '../context';
import { capitalize, references } from '../english';
import type { SentenceLexicon } from '../lexicon';
import type { Template } from '../template';
import { SETTINGS } from '../types';

/**
 * For a sign no semantic template can place: a question about the sign itself ("How do you sign
 * 'breathe'?" — SIGN BREATHE HOW), which is natural in every setting, or the sign alone.
 */
export function fallbackTemplate(lex: SentenceLexicon): Template {
  const sign = lex.gloss('sign');
  const how = lex.gloss('how');
  const mean = lex.gloss('mean');
  const what = lex.gloss('what');
  const reach = new Set(lex.signs.map((e) => e.gloss));
  return {
    id: 'fallback',
    kind: 'wh-question',
    settings: SETTINGS,
    weight: 1,
    reach,
    build: (c: Ctx): Draft | undefined => {
      const focus = c.focus ?? c.rng.pick(lex.signs).gloss;
      const word = lex.entry(focus)?.keywords[0]?.trim() || englishOf(focus);
      const row = new SignRow();
      const useMean =
        mean !== undefined &&
        what !== undefined &&
        (sign === undefined || how === undefined || c.chance(0.4));
      if (useMean && mean !== undefined && what !== undefined) {
        row.add([focus, mean, what]);
        row.mark('wh-question', 0);
        c.note(row.glosses);
        return row.draft(
          references([`What does "${word}" mean?`, `What is the meaning of "${word}"?`]),
        );
      }
      if (sign !== undefined && how !== undefined) {
        row.add([sign, focus, how]);
        row.mark('wh-question', 0);
        c.note(row.glosses);
        return row.draft(
          references([
            `How do you sign "${word}"?`,
            `What is the sign for "${word}"?`,
            `How do you say "${word}" in sign language?`,
          ]),
        );
      }
      row.add([focus]);
      c.note(row.glosses);
      return row.draft(references([`${capitalize(word)}.`]), 'statement');
    },
  };
}

/** A gloss as a word when no keyword says it: HAUS1A → "haus", GEHEN-ZU → "gehen zu". */
export function englishOf(gloss: string): string {
  const words = gloss
    .toLowerCase()
    .replace(/[0-9].*$/u, '')
    .replace(/[-_^.]+/g, ' ')
    .replace(/[^\p{L}\s']/gu, '')
    .trim();
  return words === '' ? gloss.toLowerCase() : words;
}
