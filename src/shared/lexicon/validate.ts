import { invalidValueMessage } from '../errors/invalid';
import type { LexiconIndex } from './schema';

export const LEXICON_PROBLEM_KINDS = {
  'missing-file': 'an entry names a SiGML file that is not in the lexicon',
  'missing-sign': 'an entry names a gloss its SiGML file does not contain',
  'unindexed-sign': 'a SiGML file contains a sign that no entry lists',
  'duplicate-sign': 'a SiGML file contains the same gloss more than once',
} as const;
export type LexiconProblemKind = keyof typeof LEXICON_PROBLEM_KINDS;

export interface LexiconProblem {
  readonly kind: LexiconProblemKind;
  readonly file: string;
  readonly gloss?: string;
  /** Names the file, the gloss and what would make it consistent. */
  readonly message: string;
}

/**
 * Checks an index against the signs its SiGML files actually hold, given as file → glosses in
 * document order (from parseSigml, or any reader). Loader-independent: it reads nothing itself.
 * Returns every inconsistency; an empty list means each entry points at exactly one sign and
 * each sign has an entry.
 */
export function validateLexiconIndex(
  index: LexiconIndex,
  signsByFile: ReadonlyMap<string, readonly string[]>,
): LexiconProblem[] {
  const problems: LexiconProblem[] = [];
  const indexed = new Map<string, Set<string>>();
  for (const e of index.entries) {
    const signs = signsByFile.get(e.file);
    if (signs === undefined) {
      const missing = invalidValueMessage(
        'file',
        e.file,
        signsByFile.keys(),
        'is not in the lexicon',
      );
      problems.push({
        kind: 'missing-file',
        file: e.file,
        gloss: e.gloss,
        message: `index entry "${e.gloss}": ${missing}`,
      });
      continue;
    }
    if (!signs.includes(e.gloss)) {
      problems.push({
        kind: 'missing-sign',
        file: e.file,
        gloss: e.gloss,
        message: `"${e.gloss}" is indexed in ${e.file}, which has no <hns_sign gloss="${e.gloss}">`,
      });
    }
    let set = indexed.get(e.file);
    if (set === undefined) indexed.set(e.file, (set = new Set()));
    set.add(e.gloss);
  }
  for (const [file, signs] of signsByFile) {
    const seen = new Set<string>();
    for (const gloss of signs) {
      if (seen.has(gloss)) {
        problems.push({
          kind: 'duplicate-sign',
          file,
          gloss,
          message: `${file} has more than one <hns_sign gloss="${gloss}">; keep one`,
        });
      }
      seen.add(gloss);
      if (!indexed.get(file)?.has(gloss)) {
        problems.push({
          kind: 'unindexed-sign',
          file,
          gloss,
          message: `${file} has a sign "${gloss}" that no index entry lists; add an entry with its keywords`,
        });
      }
    }
  }
  return problems;
}

/** keyword → glosses, in index order: how text is looked up, and where it is ambiguous. */
export function keywordMap(index: LexiconIndex): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const e of index.entries) {
    for (const k of e.keywords) {
      const glosses = map.get(k);
      if (glosses === undefined) map.set(k, [e.gloss]);
      else glosses.push(e.gloss);
    }
  }
  return map;
}

/** Keywords that map to more than one gloss, sorted by keyword. */
export function ambiguousKeywords(
  index: LexiconIndex,
): Array<{ keyword: string; glosses: string[] }> {
  return [...keywordMap(index)]
    .filter(([, glosses]) => glosses.length > 1)
    .map(([keyword, glosses]) => ({ keyword, glosses }))
    .sort((a, b) => a.keyword.localeCompare(b.keyword));
}
