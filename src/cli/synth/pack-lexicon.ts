import fs from 'node:fs';
import path from 'node:path';
import type { LoadedPack } from '../../node/packs/registry';
import { LexiconIndexSchema } from '../../shared/lexicon';
import type { SignLexicon } from '../../shared/lexicon/sign-lexicon';
import type { LexiconEntryInfo } from '../../shared/synth/sentences';
import { loadSignLexicon } from '../../workers/slp/lexicon/load-lexicon';

export interface CorpusLexicon {
  readonly lexicon: SignLexicon;
  /** The signs the sentence generator may use, with keywords and categories when indexed. */
  readonly entries: LexiconEntryInfo[];
  readonly problems: readonly string[];
}

/** A gloss of the manual alphabet (one letter): spelled, never a focus sign of its own. */
const LETTER = /^\p{Lu}$/u;

/**
 * The signs of a pack as the corpus needs them: only signs the motion engine can animate, with
 * the lexicon index's English keywords and categories where the pack has an index.
 */
export function loadCorpusLexicon(pack: LoadedPack): CorpusLexicon {
  const { lexicon, problems } = loadSignLexicon(pack);
  if (lexicon.size === 0) {
    const lexiconFiles = pack.manifest.files.filter((f) => f.role === 'lexicon').length;
    throw new Error(
      lexiconFiles === 0
        ? `pack ${pack.manifest.id} has no lexicon: a corpus needs a pack with SiGML lexicon files (role "lexicon"), e.g. --pack ase or a pack made by \`cli lexicon import\``
        : `pack ${pack.manifest.id}: none of the signs in its ${lexiconFiles} lexicon file(s) can be animated (${problems.slice(0, 3).join('; ')})`,
    );
  }
  const info = new Map<string, LexiconEntryInfo>();
  const indexFile = pack.manifest.files.find((f) => f.role === 'lexicon-index');
  if (indexFile !== undefined) {
    const parsed = LexiconIndexSchema.safeParse(
      JSON.parse(fs.readFileSync(path.join(pack.dir, indexFile.path), 'utf8')),
    );
    if (parsed.success)
      for (const e of parsed.data.entries)
        info.set(e.gloss, { gloss: e.gloss, keywords: e.keywords, category: e.category });
  }
  const entries = lexicon.glosses.map((g) => info.get(g) ?? { gloss: g, keywords: [] });
  return { lexicon, entries, problems };
}

/** Glosses that must each appear in training: every sign except the letters of the alphabet. */
export function focusGlosses(entries: readonly LexiconEntryInfo[]): string[] {
  return entries.map((e) => e.gloss).filter((g) => !LETTER.test(g));
}
