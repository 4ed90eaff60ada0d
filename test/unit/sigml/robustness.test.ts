import { describe, expect, it } from 'vitest';
import { parseSigml } from '../../../src/shared/sigml';

/** Long runs of one construct: the parser must stay linear and must not exhaust the stack. */
const RUN = 20_000;
const MAX_MS = 5000;

const doc = (symbols: string[]): string =>
  `<sigml><hns_sign gloss="P"><hamnosys_manual>${symbols.map((s) => `<ham${s}/>`).join('')}</hamnosys_manual></hns_sign></sigml>`;
const run = (...pattern: string[]): string[] => Array.from({ length: RUN }, () => pattern).flat();

const CASES: Record<string, string> = {
  'nested alternatives': doc(['fist', ...run('altbegin'), 'extfingeru']),
  'side marks': doc(['fist', ...run('lrat'), 'chest']),
  'between shapes': doc(['fist', ...run('between', 'flathand')]),
  'nested brackets': doc(['fist', ...run('parbegin'), 'moved']),
  'hand pair slots': doc(['fist', 'replace', 'parbegin', ...run('nomotion', 'plus'), 'fist']),
  'brushing groups': doc(['fist', 'moved', ...run('seqbegin', 'brushing')]),
  repetitions: doc(['fist', 'moved', ...run('repeatfromstart')]),
  'compound parts': doc(['fist', ...run('plus')]),
  'deep XML': `<sigml>${'<a>'.repeat(RUN)}`,
  'many attributes': `<sigml><hns_sign ${Array.from({ length: RUN }, (_, i) => `a${i}="${i}"`).join(' ')}/></sigml>`,
};

describe('pathological input', () => {
  it.each(Object.entries(CASES))('%s: no throw, linear time', (_name, text) => {
    const start = performance.now();
    const result = parseSigml(text);
    expect(performance.now() - start).toBeLessThan(MAX_MS);
    expect(result.diagnostics.length).toBeGreaterThan(0);
  });
});
