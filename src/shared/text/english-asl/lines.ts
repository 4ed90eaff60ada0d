import { glossLine } from '../result';
import type { EnglishResources } from './resources';
import { translateEnglish } from './translate';

/**
 * File mode: one sentence per input line → one gloss line per output line, line for line (an
 * empty or unsignable line gives an empty line), so outputs align with reference files for eval.
 */
export function translateEnglishLines(input: string, resources: EnglishResources): string {
  const trailingNewline = input.endsWith('\n');
  const lines = (trailingNewline ? input.slice(0, -1) : input).split(/\r?\n/);
  const out = lines.map((line) => glossLine(translateEnglish(line, resources)));
  return out.join('\n') + (trailingNewline ? '\n' : '');
}
