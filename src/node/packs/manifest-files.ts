/**
 * Recomputes a pack's file list from disk: sha256, size and ONNX signature for every file, with
 * roles kept from the existing manifest or inferred from the path. Used by the pack authoring
 * script; the registry never trusts anything but the manifest it verifies.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FileRole, PackFile, TensorSpec } from '../../shared/modelpack/manifest';
import { MANIFEST_FILE, ONNX_ELEMENT_TYPES } from '../../shared/modelpack/manifest';
import { readModelSignature } from '../../shared/onnx/model-io';
import { sha256File } from './verify';
import { invalidValue } from '../../shared/errors/invalid';

/** Roles for files the manifest does not list yet, by path. */
const ROLE_RULES: readonly [RegExp, FileRole][] = [
  [/^lexicon\/index\.json$/, 'lexicon-index'],
  [/^lexicon\/.+\.sigml$/, 'lexicon'],
  [/\.pose$/, 'pose-clip'],
];

function listFiles(dir: string, prefix = ''): string[] {
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.name.startsWith('.')) return [];
      return e.isDirectory() ? listFiles(dir, rel) : [rel];
    })
    .filter((f) => f !== MANIFEST_FILE)
    .sort();
}

function tensorSpecs(
  ts: { name: string; type: string; shape: (number | string)[] }[],
  file: string,
): TensorSpec[] {
  return ts.map((t) => {
    if (!(ONNX_ELEMENT_TYPES as readonly string[]).includes(t.type)) {
      throw invalidValue(
        `${file}: tensor "${t.name}" has type`,
        t.type,
        ONNX_ELEMENT_TYPES,
        'which packs cannot declare',
      );
    }
    return { name: t.name, type: t.type as TensorSpec['type'], shape: t.shape };
  });
}

export function manifestFiles(dir: string, knownRoles: ReadonlyMap<string, FileRole>): PackFile[] {
  return listFiles(dir).map((rel) => {
    const role = knownRoles.get(rel) ?? ROLE_RULES.find(([re]) => re.test(rel))?.[1];
    if (role === undefined) {
      throw new Error(
        `${rel}: no role for this file: list it in ${MANIFEST_FILE} with one, or remove it from the pack`,
      );
    }
    const full = path.join(dir, rel);
    const file: PackFile = {
      path: rel,
      role,
      sha256: sha256File(full),
      bytes: fs.statSync(full).size,
    };
    if (!rel.endsWith('.onnx')) return file;
    const sig = readModelSignature(fs.readFileSync(full));
    return {
      ...file,
      onnx: { inputs: tensorSpecs(sig.inputs, rel), outputs: tensorSpecs(sig.outputs, rel) },
    };
  });
}
