/**
 * Opens a sign → text pack folder: verified against its manifest (hashes, ONNX signatures) before
 * anything opens, files found by role (the two `slt-decoder` graphs told apart by their inputs),
 * and the vocab checked against this build's features. Every refusal is a `bad-pack` error
 * naming the pack, the value and what would be valid.
 */
import fs from 'node:fs';
import path from 'node:path';
import { verifyPackDir } from '../../node/packs/verify';
import { KindedError } from '../../shared/ipc/result';
import type { Manifest, PackFile } from '../../shared/modelpack/manifest';
import { SltVocabSchema, vocabMismatch } from '../../shared/slt/decode/vocab';
import type { SltVocab } from '../../shared/slt/decode/vocab';

export interface SltPack {
  readonly dir: string;
  readonly manifest: Manifest;
  readonly encoderPath: string;
  readonly memoryPath: string;
  readonly decoderPath: string;
  readonly vocab: SltVocab;
}

const bad = (message: string): never => {
  throw new KindedError('bad-pack', message);
};

export function loadSltPack(dir: string): SltPack {
  const { report, manifest } = verifyPackDir(dir);
  if (!report.ok || manifest === undefined) {
    const why = report.problems.map(
      (p) => `${p.message} (expected ${p.expected}, got ${p.actual})`,
    );
    return bad(`model pack ${dir} failed verification: ${why.join('; ')}`);
  }
  const id = manifest.id;
  if (!manifest.capabilities.includes('slt'))
    bad(
      `model pack "${id}" has capabilities [${manifest.capabilities.join(', ')}]: expected "slt"`,
    );
  const roles = manifest.files.map((f) => f.role).join(', ');
  const one = (files: PackFile[], what: string): PackFile =>
    files.length === 1 && files[0] !== undefined
      ? files[0]
      : bad(`model pack "${id}" has ${files.length} ${what} file(s), expected 1 (roles: ${roles})`);
  const hasInput = (f: PackFile, name: string) => f.onnx?.inputs.some((i) => i.name === name);
  const decoders = manifest.files.filter((f) => f.role === 'slt-decoder');
  const encoder = one(
    manifest.files.filter((f) => f.role === 'slt-encoder'),
    '"slt-encoder"',
  );
  const memory = one(
    decoders.filter((f) => hasInput(f, 'mem')),
    '"slt-decoder" memory (input "mem")',
  );
  const decoder = one(
    decoders.filter((f) => hasInput(f, 'token')),
    '"slt-decoder" step (input "token")',
  );
  const vocabFile = one(
    manifest.files.filter((f) => f.role === 'slt-vocab'),
    '"slt-vocab"',
  );
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(path.join(dir, vocabFile.path), 'utf8'));
  } catch (e) {
    bad(
      `model pack "${id}": ${vocabFile.path} is not JSON (${e instanceof Error ? e.message : String(e)})`,
    );
  }
  const parsed = SltVocabSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    return bad(`model pack "${id}": ${vocabFile.path} is not an slt vocab: ${issues.join('; ')}`);
  }
  const mismatch = vocabMismatch(parsed.data);
  if (mismatch) bad(`model pack "${id}" does not fit this app: ${mismatch}`);
  return {
    dir,
    manifest,
    encoderPath: path.join(dir, encoder.path),
    memoryPath: path.join(dir, memory.path),
    decoderPath: path.join(dir, decoder.path),
    vocab: parsed.data,
  };
}
