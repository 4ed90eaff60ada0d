import type { Manifest, T2gEngineName } from './manifest';

/**
 * The text → gloss engine of a pack: the one its manifest names, or, for a pack written before
 * manifests named one, the one its files imply (a seq2seq encoder and decoder; else a lexicon
 * index for an English spoken language). Undefined: the pack cannot translate text to glosses.
 */
export function t2gEngineOf(manifest: Manifest): T2gEngineName | undefined {
  if (manifest.t2gEngine !== undefined) return manifest.t2gEngine;
  const roles = new Set(manifest.files.map((f) => f.role));
  if (roles.has('t2g-encoder') && roles.has('t2g-decoder')) return 'seq2seq';
  if (roles.has('lexicon-index') && manifest.spokenLanguage.startsWith('en'))
    return 'english-rules';
  return undefined;
}
