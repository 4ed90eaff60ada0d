import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../../helpers/shared';
import type { GeneratedSentence, LexiconEntryInfo } from '../../../../src/shared/synth/sentences';

/** The ASL pack's own lexicon (the project's data, not ../shared). */
export function aseEntries(): LexiconEntryInfo[] {
  const file = path.join(ROOT, 'models', 'ase', 'lexicon', 'index.json');
  const index = JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: LexiconEntryInfo[] };
  return index.entries;
}

/** A sentence on one line, for failure messages. */
export function show(s: GeneratedSentence): string {
  const spans = s.nonManual.map((n) => `${n.type} ${n.start}-${n.end}`).join('; ');
  return `[${s.kind}] ${s.glosses.join(' ')} {${spans}} => ${s.english.join(' | ')}`;
}

/** Whether a yes/no or wh span covers the whole sentence (then English asks a question). */
export function isQuestion(s: GeneratedSentence): boolean {
  return s.nonManual.some(
    (n) =>
      (n.type === 'yn-question' || n.type === 'wh-question') &&
      n.start === 0 &&
      n.end === s.glosses.length,
  );
}
