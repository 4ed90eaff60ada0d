import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importLexicon } from '../../../src/node/lexicon/import-lexicon';
import { ROOT } from '../../helpers/shared';

/** The project's own lexicon file (CC-BY, written by the team). */
const SIGML = path.join(ROOT, 'models', 'ase', 'lexicon', 'colors.sigml');

describe('lexicon import --out', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-import-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const siblings = (): string[] => fs.readdirSync(dir).sort();

  it('writes a whole pack into a new folder and leaves nothing beside it', () => {
    const out = path.join(dir, 'colors');
    const r = importLexicon({ sigml: SIGML, out });
    expect(r.animated).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(out, 'manifest.json'))).toBe(true);
    expect(fs.readdirSync(path.join(out, 'lexicon')).sort()).toEqual([
      'colors.sigml',
      'index.json',
    ]);
    expect(siblings()).toEqual(['colors']);
  });

  it('refuses an existing pack without --replace and leaves it as it was', () => {
    const out = path.join(dir, 'colors');
    importLexicon({ sigml: SIGML, out, id: 'first', license: 'CC-BY-4.0' });
    const before = fs.readFileSync(path.join(out, 'manifest.json'), 'utf8');
    expect(() => importLexicon({ sigml: SIGML, out, id: 'second' })).toThrow(
      /already holds a pack \(id "first"\).*--replace/,
    );
    expect(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')).toBe(before);
    expect(siblings()).toEqual(['colors']);
  });

  it('replaces an existing pack with --replace, whole', () => {
    const out = path.join(dir, 'colors');
    importLexicon({ sigml: SIGML, out, id: 'first' });
    fs.writeFileSync(path.join(out, 'stale.txt'), 'from the old pack');
    importLexicon({ sigml: SIGML, out, id: 'second', replace: true });
    const m = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')) as {
      id: string;
    };
    expect(m.id).toBe('second');
    expect(fs.existsSync(path.join(out, 'stale.txt'))).toBe(false);
    expect(siblings()).toEqual(['colors']);
  });

  it('refuses a folder with other files and writes nothing into it', () => {
    const out = path.join(dir, 'mine');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'notes.txt'), 'keep me');
    expect(() => importLexicon({ sigml: SIGML, out })).toThrow(/already holds 1 other file/);
    expect(fs.readdirSync(out)).toEqual(['notes.txt']);
    expect(siblings()).toEqual(['mine']);
  });

  it('refuses a file as --out, naming it', () => {
    const out = path.join(dir, 'pack.txt');
    fs.writeFileSync(out, 'x');
    expect(() => importLexicon({ sigml: SIGML, out, replace: true })).toThrow(
      `--out ${out} is a file`,
    );
  });

  it('takes an empty folder', () => {
    const out = path.join(dir, 'empty');
    fs.mkdirSync(out);
    importLexicon({ sigml: SIGML, out });
    expect(fs.existsSync(path.join(out, 'manifest.json'))).toBe(true);
  });
});
