import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lexiconCommand } from '../../../src/cli/commands/lexicon';
import { slpCommand } from '../../../src/cli/commands/slp';
import { MAX_GLOSSES, MAX_INPUT_CHARS, MAX_SIGML_BYTES } from '../../../src/cli/input-limits';
import { glossList } from '../../../src/cli/slp-session';

// Issue 18: `cli slp` took 11 GB for 18,000 glosses and `lexicon import` ran the heap out on a
// 200 MB SiGML file; a folder given as the SiGML file failed with a bare EISDIR.
const dirs: string[] = [];
function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-limits-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('CLI input limits', () => {
  it('refuses more glosses than one clip takes, naming the limit', () => {
    const many = Array.from({ length: MAX_GLOSSES + 1 }, () => 'HI').join(' ');
    expect(() => glossList(many)).toThrow(`at most ${MAX_GLOSSES} are signed in one clip`);
    expect(glossList('HELLO fs-JOHN')).toEqual(['HELLO', 'fs-JOHN']);
  });

  it('refuses a --gloss or --text longer than the app accepts, before opening a pack', async () => {
    const long = `fs-${'A'.repeat(MAX_INPUT_CHARS)}`;
    expect(() => glossList(long)).toThrow(`at most ${MAX_INPUT_CHARS} are accepted`);
    // The pack does not exist: the limit must be checked first.
    await expect(
      slpCommand.run(['--pack', 'no-such-pack', '--text', long, '--out', 'x.json']),
    ).rejects.toThrow(`--text is ${long.length} characters long; at most ${MAX_INPUT_CHARS}`);
  });

  it('refuses a SiGML file over the size limit before reading it', async () => {
    const d = tmp();
    const big = path.join(d, 'big.sigml');
    const fd = fs.openSync(big, 'w');
    fs.ftruncateSync(fd, MAX_SIGML_BYTES + 1); // sparse: no disk used
    fs.closeSync(fd);
    await expect(
      lexiconCommand.run(['import', '--sigml', big, '--out', path.join(d, 'pack')]),
    ).rejects.toThrow(/--sigml .*big\.sigml is 16\.0 MiB \(16777217 bytes\); at most 16\.0 MiB/);
    expect(fs.existsSync(path.join(d, 'pack'))).toBe(false);
  });

  it('names a folder given as the SiGML file instead of failing with EISDIR', async () => {
    const d = tmp();
    const folder = path.join(d, 'signs.sigml');
    fs.mkdirSync(folder);
    await expect(
      lexiconCommand.run(['import', '--sigml', folder, '--out', path.join(d, 'pack')]),
    ).rejects.toThrow(`--sigml ${folder} is a folder: expected a file`);
  });
});
