/**
 * Reads a verified pack's SiGML lexicon into a SignLexicon: every `lexicon` file parsed, signs that
 * motion can animate kept, the index checked against the files. Problems are returned, not thrown:
 * one bad sign must not take the other signs of a pack down with it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Manifest } from '../../../shared/modelpack/manifest';
import { isAnimatable } from '../../../shared/motion/animatable';
import { LexiconIndexSchema, validateLexiconIndex } from '../../../shared/lexicon';
import type { LexiconSign } from '../../../shared/lexicon/sign-lexicon';
import { SignLexicon } from '../../../shared/lexicon/sign-lexicon';
import { parseSigml } from '../../../shared/sigml';

export interface LoadedLexicon {
  readonly lexicon: SignLexicon;
  /** Signs left out and index inconsistencies, each naming the file and gloss. */
  readonly problems: string[];
  readonly loadMs: number;
}

export function loadSignLexicon(pack: { dir: string; manifest: Manifest }): LoadedLexicon {
  const started = performance.now();
  const problems: string[] = [];
  const signs: LexiconSign[] = [];
  const lexiconDir = path.join(pack.dir, 'lexicon');
  const byFile = new Map<string, string[]>();
  for (const f of pack.manifest.files.filter((x) => x.role === 'lexicon')) {
    // Bytes, not a lossy 'utf8' string: parseSigml reports bad UTF-8 where it is.
    const result = parseSigml(fs.readFileSync(path.join(pack.dir, f.path)));
    for (const d of result.diagnostics)
      if (d.severity === 'error' && d.gloss === undefined)
        problems.push(`${f.path}:${d.line}:${d.column}: ${d.message}`);
    const rel = path.relative(lexiconDir, path.join(pack.dir, f.path)).split(path.sep).join('/');
    byFile.set(
      rel,
      result.signs.map((s) => s.gloss),
    );
    for (const s of result.signs) {
      const anim = s.understood ? isAnimatable(s.spec) : { ok: false, unsupported: [] };
      if (s.understood && anim.ok) signs.push({ gloss: s.gloss, spec: s.spec });
      else {
        const why = s.understood
          ? `cannot animate ${anim.unsupported.join(', ')}`
          : s.diagnostics.map((d) => d.message).join('; ');
        problems.push(`${f.path}: sign ${s.gloss} left out: ${why}`);
      }
    }
  }
  const indexFile = pack.manifest.files.find((x) => x.role === 'lexicon-index');
  if (indexFile !== undefined) {
    const parsed = LexiconIndexSchema.safeParse(
      JSON.parse(fs.readFileSync(path.join(pack.dir, indexFile.path), 'utf8')),
    );
    if (!parsed.success)
      problems.push(
        `${indexFile.path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    else
      problems.push(
        ...validateLexiconIndex(parsed.data, byFile).map((p) => `${indexFile.path}: ${p.message}`),
      );
  }
  return {
    lexicon: new SignLexicon(pack.manifest.id, signs),
    problems,
    loadMs: performance.now() - started,
  };
}
