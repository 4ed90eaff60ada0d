import fs from 'node:fs';
import { expect, it } from 'vitest';
import { HAM_SYMBOLS, isHamSymbol, lexiconStats, parseSigml } from '../../../src/shared/sigml';
import { describeShared, sharedPath } from '../../helpers/shared';

const FILES = {
  'German_SL_DGS.sigml': { signs: 1914, minUnderstood: 0.95 },
  'hamnosys_bsl_version1.sigml': { signs: 881, minUnderstood: 0.95 },
  'Dutch_SL_NGT.sigml': { signs: 39, minUnderstood: 0.95 },
  'dgs_alphabet_sigml.sigml': { signs: 26, minUnderstood: 1 },
  'bsl_alphabet_sigml.sigml': { signs: 26, minUnderstood: 1 },
  'asl_alphabet_sigml.sigml': { signs: 25, minUnderstood: 1 },
  'ngt_alphabet_sigml.sigml': { signs: 26, minUnderstood: 1 },
} as const;

const read = (name: string): string => fs.readFileSync(sharedPath('data', 'sigml', name), 'utf8');

describeShared(
  'real SiGML lexicons (../shared/data/sigml, read in place)',
  Object.keys(FILES).map((f) => `data/sigml/${f}`),
  () => {
    it.each(Object.entries(FILES))(
      '%s: signs understood, no unsupported element',
      (name, expected) => {
        const stats = lexiconStats(parseSigml(read(name)));
        expect(stats.signs).toBe(expected.signs);
        expect(stats.understood / stats.signs).toBeGreaterThanOrEqual(expected.minUnderstood);
        expect(stats.unsupported).toEqual({});
      },
    );

    it('every symbol of hamnosys-symbols.tsv is in the table and is understood in some sign', () => {
      const tsv = read('hamnosys-symbols.tsv').trim().split('\n').slice(1);
      const names = tsv.map((line) => line.split('\t')[0] ?? '');
      expect(names.filter((n) => !isHamSymbol(n))).toEqual([]);
      const understoodSymbols = new Set<string>();
      for (const name of Object.keys(FILES)) {
        for (const sign of parseSigml(read(name)).signs) {
          if (!sign.understood) continue;
          for (const part of [sign.spec.manual, ...(sign.spec.compound ?? [])]) {
            for (const s of part?.symbols ?? []) understoodSymbols.add(s);
          }
        }
      }
      expect(names.filter((n) => !understoodSymbols.has(n))).toEqual([]);
      expect(Object.keys(HAM_SYMBOLS).length).toBeGreaterThan(names.length);
    });

    it('parses German_SL_DGS.sigml in well under a second of CPU time', () => {
      const text = read('German_SL_DGS.sigml');
      parseSigml(text); // warm-up: the first run includes compilation
      const before = process.cpuUsage();
      const result = parseSigml(text);
      const used = process.cpuUsage(before);
      const ms = (used.user + used.system) / 1000;
      expect(result.signs).toHaveLength(1914);
      expect(ms).toBeLessThan(1000);
    });
  },
);
