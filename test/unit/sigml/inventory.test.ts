import { describe, expect, it } from 'vitest';
import {
  HAM_SYMBOLS,
  HAM_SYMBOL_NAMES,
  lexiconStats,
  parseSigml,
  type SymbolCategory,
} from '../../../src/shared/sigml';
import { parseOne, sigmlOf } from './helpers';

/** A sign that uses symbol `$` of each category in a well-formed place. */
const CONTEXT: Record<SymbolCategory, string> = {
  handshape: '$ extfingeru palmd',
  thumbModifier: 'fist $',
  bendModifier: 'fist $',
  digit: 'fist $',
  fingerPart: 'fist extfingeru palmd $ touch',
  handPart: 'fist extfingeru palmd $ touch',
  extendedFinger: 'fist $',
  palm: 'fist extfingero $',
  orientationModifier: 'fist extfingero $',
  headSite: 'fist extfingero palmd $',
  faceSite: 'fist extfingero palmd $',
  torsoSite: 'fist extfingero palmd $',
  armSite: 'fist extfingero palmd $',
  neutralSpace: 'fist extfingero palmd $',
  side: 'fist extfingero palmd chest $',
  contact: 'parbegin fist plus fist parend $',
  locationModifier: 'fist chest $',
  coreference: 'fist chest $',
  straightMovement: 'fist chest $',
  circularMovement: 'fist chest $',
  arc: 'fist chest moveo $',
  ellipse: 'fist chest circleo $',
  clock: 'fist chest circleo $',
  pathModifier: 'fist chest moveo $',
  wristMovement: 'fist chest $',
  fingerPlay: 'fist chest $',
  replacement: 'fist chest $ flathand',
  noMotion: 'fist chest $',
  size: 'fist chest moveo $',
  manner: 'fist chest moveo $',
  dynamics: 'fist chest moveo $',
  repetition: 'fist chest moveo $',
  alternation: 'fist chest moveo repeatfromstart $',
  bracket: '',
  connector: '',
  symmetry: '$ fist',
  handedness: '',
  annotation: '',
  alternative: 'fist altbegin extfingeru metaalt extfingerd altend',
  punctuation: 'fist $',
  obsolete: 'fist chest $',
};

const SPECIAL: Partial<Record<string, string>> = {
  hambrushing: 'fist chest moveo seqbegin brushing chin seqend',
  hamseqbegin: 'fist chest seqbegin moveo seqend',
  hamseqend: 'fist chest seqbegin moveo seqend',
  hamparbegin: 'fist chest parbegin moveo parend',
  hamparend: 'fist chest parbegin moveo parend',
  hamfusionbegin: 'fist chest fusionbegin moveo moveu fusionend',
  hamfusionend: 'fist chest fusionbegin moveo moveu fusionend',
  hambetween: 'fist extfingeru between extfingeruo',
  hamplus: 'parbegin fist plus flathand parend',
  hamnondominant: 'nondominant fist',
  hamnonipsi: 'symmlr nonipsi fist',
  hametc: 'fist etc',
  hammime: 'mime fist',
  hamversion40: 'version40 fist',
};

const UNSUPPORTED = new Set<SymbolCategory>(['coreference']);

describe('the whole HamNoSys 4 inventory', () => {
  it.each(HAM_SYMBOL_NAMES)(
    '%s is understood in its place (or reported as unsupported)',
    (symbol) => {
      const { category } = HAM_SYMBOLS[symbol];
      const context = SPECIAL[symbol] ?? CONTEXT[category];
      expect(context, `no context for ${category}`).not.toBe('');
      const sign = parseOne(context.replace('$', symbol.slice(3)));
      const unsupported =
        UNSUPPORTED.has(category) || (category === 'obsolete' && symbol !== 'hammovecross');
      if (unsupported) {
        expect(sign.diagnostics).toMatchObject([
          { severity: 'error', code: 'unsupported-symbol', element: symbol },
        ]);
      } else {
        expect(sign.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
        expect(sign.understood).toBe(true);
      }
    },
  );

  it('punctuation and the version mark are ignored with a note', () => {
    expect(
      parseOne('version40 fist fullstop').diagnostics.map((d) => [d.severity, d.code]),
    ).toEqual([
      ['info', 'ignored-symbol'],
      ['info', 'ignored-symbol'],
    ]);
  });
});

describe('lexiconStats', () => {
  it('counts signs, understood, with diagnostics and unsupported elements', () => {
    const doc = sigmlOf('fist extfingeru palmd')
      .replace('</sigml>', '')
      .concat(
        '<hns_sign gloss="B"><hamnosys_manual><hamfist/><hambogus/><hamcoreftag/></hamnosys_manual></hns_sign>',
        '<hns_sign gloss="C"><hamnosys_manual><hamfist/><hamUpperarm/></hamnosys_manual></hns_sign>',
        '<hamgestural_sign/></sigml>',
      );
    const stats = lexiconStats(parseSigml(doc));
    expect(stats).toMatchObject({
      signs: 3,
      understood: 2,
      withDiagnostics: 2,
      unsupported: { hambogus: 1, hamcoreftag: 1, hamgestural_sign: 1 },
    });
    expect(stats.byCode['warning symbol-case']).toBe(1);
  });
});
