import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PackRegistry } from '../../../src/node/packs/registry';
import { sha256File, verifyPackDir } from '../../../src/node/packs/verify';
import { silentLogger } from '../../../src/node/logger';
import { affineModel } from '../../../src/shared/onnx/builder';
import type { Manifest } from '../../../src/shared/modelpack/manifest';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A valid pack with one ONNX model and one lexicon file, in a fresh temp folder. */
function makePack(id = 'test-pack'): { root: string; dir: string; manifest: Manifest } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-packs-'));
  dirs.push(root);
  const dir = path.join(root, id);
  fs.mkdirSync(path.join(dir, 'lexicon'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'model.onnx'), affineModel(4, 2, 1));
  fs.writeFileSync(path.join(dir, 'lexicon', 'a.sigml'), '<sigml></sigml>\n');
  const manifest: Manifest = {
    schema: 1,
    id,
    name: 'Test pack',
    signLanguage: 'ase',
    spokenLanguage: 'en-US',
    version: '1.0.0',
    license: 'CC0-1.0',
    attribution: 'SignBridge tests',
    commercialUse: true,
    loadByDefault: false,
    capabilities: ['slp'],
    files: [
      {
        path: 'model.onnx',
        role: 'test-model',
        sha256: sha256File(path.join(dir, 'model.onnx')),
        onnx: {
          inputs: [{ name: 'x', type: 'float32', shape: ['batch', 4] }],
          outputs: [{ name: 'y', type: 'float32', shape: ['batch', 4] }],
        },
      },
      {
        path: 'lexicon/a.sigml',
        role: 'lexicon',
        sha256: sha256File(path.join(dir, 'lexicon', 'a.sigml')),
      },
    ],
  };
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return { root, dir, manifest };
}

describe('verifyPackDir', () => {
  it('accepts a pack whose files match its manifest', () => {
    const { dir } = makePack();
    const { report } = verifyPackDir(dir);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('names the file and both hashes when one byte changed', () => {
    const { dir, manifest } = makePack();
    const file = path.join(dir, 'model.onnx');
    const bytes = fs.readFileSync(file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    fs.writeFileSync(file, bytes);
    const { report } = verifyPackDir(dir);
    expect(report.ok).toBe(false);
    expect(report.problems).toHaveLength(1);
    const p = report.problems[0];
    expect(p?.file).toBe('model.onnx');
    expect(p?.expected).toBe(`sha256 ${manifest.files[0]?.sha256}`);
    expect(p?.actual).toBe(`sha256 ${sha256File(file)}`);
  });

  it('reports ONNX inputs that differ from the manifest', () => {
    const { dir, manifest } = makePack();
    const m = structuredClone(manifest);
    m.files[0]!.onnx!.inputs[0]!.shape = ['batch', 8];
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(m));
    const { report } = verifyPackDir(dir);
    expect(report.problems[0]).toMatchObject({
      file: 'model.onnx',
      expected: 'x: float32[batch, 8]',
      actual: 'x: float32[batch, 4]',
    });
  });

  it('reports a missing file, a bad manifest field and unreadable JSON', () => {
    const a = makePack();
    fs.rmSync(path.join(a.dir, 'lexicon', 'a.sigml'));
    expect(verifyPackDir(a.dir).report.problems[0]).toMatchObject({
      file: 'lexicon/a.sigml',
      actual: 'missing',
    });

    const b = makePack();
    fs.writeFileSync(
      path.join(b.dir, 'manifest.json'),
      JSON.stringify({ ...b.manifest, signLanguage: 'ASL' }),
    );
    expect(verifyPackDir(b.dir).report.problems[0]).toMatchObject({
      file: 'manifest.json',
      actual: '"ASL"',
    });

    const c = makePack();
    fs.writeFileSync(path.join(c.dir, 'manifest.json'), '{');
    expect(verifyPackDir(c.dir).report.problems[0]?.message).toMatch(/cannot be read/);
  });

  it('refuses paths that escape the pack', () => {
    const { dir, manifest } = makePack();
    fs.writeFileSync(
      path.join(dir, 'manifest.json'),
      JSON.stringify({ ...manifest, files: [{ ...manifest.files[1], path: '../outside' }] }),
    );
    expect(verifyPackDir(dir).report.ok).toBe(false);
  });
});

describe('PackRegistry', () => {
  it('hands out verified packs only, with a reason for refused ones', () => {
    const good = makePack('good');
    const bad = makePack('bad');
    fs.appendFileSync(path.join(bad.dir, 'lexicon', 'a.sigml'), 'tampered');
    const reg = new PackRegistry([good.root, bad.root], silentLogger);
    const reports = reg.scan();
    expect(reports.map((r) => [r.id, r.ok])).toEqual([
      ['good', true],
      ['bad', false],
    ]);
    expect(reg.get('good').manifest.name).toBe('Test pack');
    expect(() => reg.get('bad')).toThrow(/failed verification.*lexicon\/a.sigml/);
    expect(() => reg.get('nope')).toThrow('pack "nope" is not installed; expected one of good');
  });

  it('lets a valid user pack replace a bundled one but never a broken one', () => {
    const bundled = makePack('same');
    const user = makePack('same');
    fs.appendFileSync(path.join(user.dir, 'lexicon', 'a.sigml'), 'tampered');
    const reg = new PackRegistry([bundled.root, user.root], silentLogger);
    reg.scan();
    expect(reg.get('same').dir).toBe(bundled.dir);
  });
});

/** Rewrites a pack's manifest with `change` applied. */
function rewrite(dir: string, change: (m: Manifest) => Manifest): void {
  const file = path.join(dir, 'manifest.json');
  const m = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  fs.writeFileSync(file, JSON.stringify(change(m), null, 2));
}

// Issue 18, low items: a user pack taking a capability away, symlinked files, one file twice.
describe('pack checks that a hostile or careless pack cannot pass', () => {
  it('keeps the bundled pack when a user pack with its id declares less (ase for slt only)', () => {
    const bundled = makePack('ase');
    rewrite(bundled.dir, (m) => ({ ...m, capabilities: ['slp', 't2g'] }));
    const user = makePack('ase');
    rewrite(user.dir, (m) => ({ ...m, capabilities: ['slt'] }));
    const lines: string[] = [];
    const reg = new PackRegistry([bundled.root, user.root], {
      log: (_level, message) => lines.push(message),
    });
    const reports = reg.scan();
    expect(reg.get('ase').dir).toBe(bundled.dir);
    expect(reports.map((r) => [r.dir, r.ok])).toEqual([
      [bundled.dir, true],
      [user.dir, false],
    ]);
    expect(lines.join('\n')).toMatch(/would replace .* which also does slp, t2g/);
    // A user pack that does everything the bundled one does still replaces it.
    rewrite(user.dir, (m) => ({ ...m, capabilities: ['slp', 't2g', 'slt'] }));
    reg.scan();
    expect(reg.get('ase').dir).toBe(user.dir);
  });

  it('refuses a pack file that is a symbolic link, or lies in a linked folder', () => {
    const { root, dir } = makePack();
    const outside = path.join(root, 'outside.sigml');
    fs.renameSync(path.join(dir, 'lexicon', 'a.sigml'), outside);
    fs.symlinkSync(outside, path.join(dir, 'lexicon', 'a.sigml'));
    const linkedFile = verifyPackDir(dir).report;
    expect(linkedFile.ok).toBe(false);
    expect(linkedFile.problems[0]?.message).toMatch(
      /lexicon\/a\.sigml is reached through the symbolic link lexicon\/a\.sigml/,
    );

    const realDir = path.join(root, 'real-lexicon');
    fs.mkdirSync(realDir);
    fs.renameSync(outside, path.join(realDir, 'a.sigml'));
    fs.rmSync(path.join(dir, 'lexicon'), { recursive: true });
    fs.symlinkSync(realDir, path.join(dir, 'lexicon'));
    const linkedDir = verifyPackDir(dir).report;
    expect(linkedDir.ok).toBe(false);
    expect(linkedDir.problems[0]?.actual).toBe('lexicon is a symbolic link');
  });

  it('refuses one file listed twice under two spellings (./x and x)', () => {
    const { dir } = makePack();
    rewrite(dir, (m) => {
      const lexicon = m.files.find((f) => f.path === 'lexicon/a.sigml');
      if (lexicon === undefined) throw new Error('test pack has no lexicon');
      return { ...m, files: [...m.files, { ...lexicon, path: './lexicon//a.sigml' }] };
    });
    const { report } = verifyPackDir(dir);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.message)).toEqual([
      'manifest.json: "./lexicon//a.sigml" is the file "lexicon/a.sigml" listed again: list it once, as "lexicon/a.sigml"',
    ]);
  });
});

describe('bundled packs', () => {
  it('every pack in models/ matches its manifest (run scripts/packs/write-manifest.ts after editing one)', async () => {
    const { modelsDir } = await import('../../../src/node/paths');
    const { discoverPackDirs } = await import('../../../src/node/packs/registry');
    const dirs = discoverPackDirs(modelsDir()).filter((d) => !d.endsWith('gsg-phoenix'));
    expect(dirs.length).toBeGreaterThan(0);
    for (const d of dirs) expect(verifyPackDir(d).report).toMatchObject({ ok: true, problems: [] });
  });
});
