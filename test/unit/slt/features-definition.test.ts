import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURE_VERSION } from '../../../src/shared/slt/features';
import { ROOT } from '../../helpers/shared';

const START = 'FEATURE DEFINITION (';
const END = 'END FEATURE DEFINITION';

/** The definition block's lines, without comment markers or indentation, blank lines dropped. */
function definition(file: string, strip: RegExp): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from < 0 || to < from) throw new Error(`${file} has no "${START} … ${END}" block`);
  return text
    .slice(from, to + END.length)
    .split('\n')
    .map((l) => l.replace(strip, '').trim())
    .filter((l) => l.length > 0);
}

describe('feature definition', () => {
  it('is documented with the same words in TypeScript and Python', () => {
    const ts = definition('src/shared/slt/features/index.ts', /^\s*\*\s?/);
    const py = definition('training/slt/features.py', /^$/);
    expect(ts.length).toBeGreaterThan(40);
    expect(py).toEqual(ts);
  });

  it('names the version both sides declare', () => {
    const py = fs.readFileSync(path.join(ROOT, 'training/slt/features.py'), 'utf8');
    expect(py).toMatch(new RegExp(`^FEATURE_VERSION = ${FEATURE_VERSION}$`, 'm'));
    expect(definition('src/shared/slt/features/index.ts', /^\s*\*\s?/)[0]).toContain(
      `version ${FEATURE_VERSION};`,
    );
  });
});
