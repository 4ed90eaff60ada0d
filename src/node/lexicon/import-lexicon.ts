/**
 * `lexicon import`: a SiGML file in, a pack folder out (lexicon/<name>.sigml holding the signs
 * motion can animate, lexicon/index.json, manifest.json), ready to drop into the user's packs.
 *
 * The pack is written whole into a staging folder beside `out` and renamed into place, so an
 * import never leaves half a pack, and never merges into or silently replaces what `out`
 * already holds: a folder with files in it is refused unless `replace` is set, and then the old
 * folder is moved aside until the new one is in place.
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
  /** Replace a non-empty `out` (by default it is refused). */
  readonly replace?: boolean;
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
  refuseOccupied(opts.out, opts.replace === true);
  const stage = `${path.resolve(opts.out)}.importing-${process.pid}-${Date.now()}`;
  try {
    writePack(stage, opts, { file, kept, index, name, source });
    moveIntoPlace(stage, opts.out);
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
  return report;
}

/** A folder that exists with anything in it, described for an error message. */
function occupant(dir: string): string | undefined {
  let entries: string[];
  try {
    if (!fs.statSync(dir).isDirectory()) return 'a file, not a folder';
    entries = fs.readdirSync(dir);
  } catch {
    return undefined; // does not exist
  }
  if (entries.length === 0) return undefined;
  try {
    const m = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST_FILE), 'utf8')) as {
      id?: unknown;
    };
    return `a pack (id "${String(m.id)}")`;
  } catch {
    return `${entries.length} other file(s) or folder(s)`;
  }
}

function refuseOccupied(out: string, replace: boolean): void {
  const what = occupant(out);
  if (what === undefined) return;
  if (what === 'a file, not a folder')
    throw new Error(`--out ${out} is a file: give a new or empty folder for the pack`);
  if (!replace)
    throw new Error(
      `--out ${out} already holds ${what}: lexicon import writes a whole pack, so give a new or empty folder, or --replace to replace it`,
    );
}

/** Renames the finished staging folder to `out`; an old `out` is moved aside until then. */
function moveIntoPlace(stage: string, out: string): void {
  const target = path.resolve(out);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  if (!fs.existsSync(target)) {
    fs.renameSync(stage, target);
    return;
  }
  const aside = `${target}.replaced-${process.pid}-${Date.now()}`;
  fs.renameSync(target, aside);
  try {
    fs.renameSync(stage, target);
  } catch (e) {
    fs.renameSync(aside, target); // put the old pack back
    throw e;
  }
  fs.rmSync(aside, { recursive: true, force: true });
}

interface PackParts {
  readonly file: string;
  readonly kept: Parameters<typeof serializeSigml>[0];
  readonly index: NonNullable<ReturnType<typeof buildImportIndex>['index']>;
  readonly name: string;
  readonly source: string;
}

function writePack(dir: string, opts: ImportOptions, parts: PackParts): void {
  const { file, kept, index, name, source } = parts;
  const lexDir = path.join(dir, 'lexicon');
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
    files: manifestFiles(dir, new Map()),
  });
  writeFileAtomic(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}
