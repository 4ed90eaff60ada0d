import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyPackDir } from '../../../src/node/packs/verify';
import { ManifestSchema, type Manifest } from '../../../src/shared/modelpack/manifest';
import { t2gEngineOf } from '../../../src/shared/modelpack/t2g-engine';
import { ROOT } from '../../helpers/shared';

const ASE = path.join(ROOT, 'models', 'ase');
const ase: Manifest = ManifestSchema.parse(
  JSON.parse(fs.readFileSync(path.join(ASE, 'manifest.json'), 'utf8')),
);
/** A pack as written before manifests named their engine. */
const { t2gEngine: _named, ...unnamed } = ase;
const withRoles = (...roles: Manifest['files'][number]['role'][]): Manifest => ({
  ...unnamed,
  files: roles.map((role, i) => ({ path: `f${i}`, role, sha256: '0'.repeat(64) })),
});

describe('t2gEngineOf', () => {
  it('takes the engine the committed ase pack names, and the pack still verifies', () => {
    expect(ase.t2gEngine).toBe('english-rules');
    expect(t2gEngineOf(ase)).toBe('english-rules');
    expect(verifyPackDir(ASE).report.problems).toEqual([]);
  });

  it('gives a pack without the field the engine its files imply, as before the field', () => {
    expect(t2gEngineOf(unnamed)).toBe('english-rules');
    expect(t2gEngineOf(withRoles('t2g-encoder', 't2g-decoder', 't2g-vocab'))).toBe('seq2seq');
    expect(t2gEngineOf(withRoles('lexicon', 'lexicon-index'))).toBe('english-rules');
    expect(t2gEngineOf({ ...withRoles('lexicon-index'), spokenLanguage: 'de' })).toBeUndefined();
    expect(t2gEngineOf(withRoles('t2g-encoder', 'lexicon'))).toBeUndefined();
  });

  it('lets the manifest field win over what the files imply', () => {
    const named: Manifest = {
      ...withRoles('t2g-encoder', 't2g-decoder'),
      t2gEngine: 'english-rules',
    };
    expect(t2gEngineOf(named)).toBe('english-rules');
  });

  it('refuses an engine name it has no factory for, listing the valid ones', () => {
    const r = ManifestSchema.safeParse({ ...ase, t2gEngine: 'english-bsl' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/seq2seq.*english-rules/);
  });
});
