/**
 * Opens a text → gloss pack folder: verifies it against its manifest (hashes, ONNX signatures),
 * then finds the encoder, decoder step and vocab by role.
 */
import fs from 'node:fs';
import path from 'node:path';
import { verifyPackDir } from '../../../node/packs/verify';
import type { FileRole, Manifest } from '../../../shared/modelpack/manifest';
import { Seq2seqTokenizer } from '../../../shared/text/seq2seq';

export interface Seq2seqPack {
  readonly dir: string;
  readonly manifest: Manifest;
  readonly encoderPath: string;
  readonly decoderPath: string;
  readonly tokenizer: Seq2seqTokenizer;
}

export function loadSeq2seqPack(dir: string): Seq2seqPack {
  const { report, manifest } = verifyPackDir(dir);
  if (!report.ok || manifest === undefined) {
    const why = report.problems.map(
      (p) => `${p.message} (expected ${p.expected}, got ${p.actual})`,
    );
    throw new Error(`model pack ${dir} failed verification: ${why.join('; ')}`);
  }
  if (!manifest.capabilities.includes('t2g')) {
    throw new Error(
      `model pack "${manifest.id}" has capabilities [${manifest.capabilities.join(', ')}]: expected "t2g"`,
    );
  }
  const byRole = (role: FileRole): string => {
    const f = manifest.files.find((x) => x.role === role);
    if (f === undefined) {
      const roles = manifest.files.map((x) => x.role).join(', ');
      throw new Error(`model pack "${manifest.id}" has no "${role}" file (it has: ${roles})`);
    }
    return path.join(dir, f.path);
  };
  const vocabJson: unknown = JSON.parse(fs.readFileSync(byRole('t2g-vocab'), 'utf8'));
  const tokenizer = Seq2seqTokenizer.parse(vocabJson);
  if (tokenizer.vocab.model.decoderCache) {
    throw new Error(
      `model pack "${manifest.id}" has a cached decoder step, which this runtime does not run: expected decoderCache false`,
    );
  }
  return {
    dir,
    manifest,
    encoderPath: byRole('t2g-encoder'),
    decoderPath: byRole('t2g-decoder'),
    tokenizer,
  };
}
