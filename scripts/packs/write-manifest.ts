/**
 * Refreshes a pack's manifest.json after its files changed: every file in the folder is listed
 * with its sha256, size and (for ONNX) inputs/outputs; metadata is kept. The result is validated
 * against the manifest schema before it is written.
 *
 *   npx tsx scripts/packs/write-manifest.ts models/ase
 */
import fs from 'node:fs';
import path from 'node:path';
import { manifestFiles } from '../../src/node/packs/manifest-files';
import { MANIFEST_FILE, ManifestSchema } from '../../src/shared/modelpack/manifest';
import type { FileRole } from '../../src/shared/modelpack/manifest';

const dir = process.argv[2];
if (dir === undefined) {
  console.error('usage: npx tsx scripts/packs/write-manifest.ts <pack folder>');
  process.exit(2);
}
const file = path.join(dir, MANIFEST_FILE);
if (!fs.existsSync(file)) {
  console.error(
    `${file} not found: write the metadata first (id, name, languages, license, ...), then rerun`,
  );
  process.exit(1);
}
const current = JSON.parse(fs.readFileSync(file, 'utf8')) as {
  files?: { path: string; role: FileRole }[];
};
const roles = new Map((current.files ?? []).map((f) => [f.path, f.role]));
const next = ManifestSchema.safeParse({ ...current, files: manifestFiles(dir, roles) });
if (!next.success) {
  console.error(
    `${file} would not be valid:\n${next.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`,
  );
  process.exit(1);
}
fs.writeFileSync(file, `${JSON.stringify(next.data, null, 2)}\n`);
console.log(`${file}: ${next.data.files.length} files`);
