/**
 * `lexicon import`: a SiGML file in, a pack folder out (lexicon/<name>.sigml holding the signs
 * motion can animate, lexicon/index.json, manifest.json), ready to drop into the user's packs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildImportIndex } from '../../shared/lexicon/import';
import type { ImportReport } from '../../shared/lexicon/import';
import { LEXICON_INDEX_FILE } from '../../shared/lexicon/schema';
import type { Manifest } from '../../shared/modelpack/manifest';
import { MANIFEST_FILE, ManifestSchema } from '../../shared/modelpack/manifest';
import { parseSigml } from '../../shared/sigml';
import { serializeSigml } from '../../shared/sigml/serialize';
import { manifestFiles } from '../packs/manifest-files';
import { writeFileAtomic } from '../fs/atomic-write';

export interface ImportOptions {
  readonly sigml: string;
  readonly out: string;
  readonly id?: string;
  readonly signLanguage?: string;
  readonly spokenLanguage?: string;
  readonly license?: string;
  readonly attribution?: string;
}

/** ISO 639-3 "und" (undetermined) when the user does not say which sign language. */
const UNDETERMINED = 'und';

export function importLexicon(opts: ImportOptions): ImportReport {
  if (!fs.existsSync(opts.sigml)) throw new Error(`${opts.sigml} does not exist`);
  // Bytes, not a lossy 'utf8' string: parseSigml reports bad UTF-8 where it is.
  const bytes = fs.readFileSync(opts.sigml);
  const source = path.basename(opts.sigml);
  const name =
    source
      .replace(/\.sigml$/i, '')
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'lexicon';
  const file = `${name}.sigml`;
  const parsed = parseSigml(bytes);
  const { index, kept, report } = buildImportIndex(parsed, {
    file,
    category: name.slice(0, 64),
    signLanguage: opts.signLanguage ?? UNDETERMINED,
    spokenLanguage: opts.spokenLanguage ?? UNDETERMINED,
    source,
  });
  if (index === undefined) {
    const first = parsed.diagnostics
      .filter((d) => d.severity === 'error')
      .slice(0, 3)
      .map((d) => `${d.line}:${d.column} ${d.message}`);
    throw new Error(
      `${opts.sigml}: none of its ${report.signs} signs can be animated, so no lexicon was written` +
        (first.length > 0 ? ` (${first.join('; ')})` : ''),
    );
  }
  const lexDir = path.join(opts.out, 'lexicon');
  fs.mkdirSync(lexDir, { recursive: true });
  writeFileAtomic(path.join(lexDir, file), serializeSigml(kept));
  writeFileAtomic(path.join(lexDir, LEXICON_INDEX_FILE), `${JSON.stringify(index, null, 2)}\n`);
  const id =
    opts.id ??
    (path
      .basename(path.resolve(opts.out))
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-') ||
      name);
  const manifest: Manifest = ManifestSchema.parse({
    schema: 1,
    id,
    name: `${source} (imported)`,
    signLanguage: index.signLanguage,
    spokenLanguage: index.spokenLanguage,
    version: '0.1.0',
    license: opts.license ?? 'see source',
    attribution: opts.attribution ?? `Imported from ${source} with SignBridge lexicon import`,
    commercialUse: false,
    loadByDefault: false,
    capabilities: ['slp'],
    files: manifestFiles(opts.out, new Map()),
  });
  writeFileAtomic(path.join(opts.out, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return report;
}
