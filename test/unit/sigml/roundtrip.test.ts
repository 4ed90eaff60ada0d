import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSigml, serializeSigml, type ParsedSign } from '../../../src/shared/sigml';
import { describeShared, sharedPath } from '../../helpers/shared';
import { sigmlOf, strip } from './helpers';

/** Manual parts covering every construct of the grammar. */
const CASES = [
  'fist thumbacrossmod extfingeru palmd',
  'flathand thumbacrossmod indexfinger fingerbendmod pinky extfingeruo extfingerol orirelative palmdl',
  'finger23 thumbacrossmod indexfinger fingernail middlefinger extfingero between extfingerol etc palml between palmdl',
  'fist thumbacrossmod indexfinger between middlefinger extfingeru palmd',
  'finger2345 thumboutmod between flathand fingerstraightmod etc extfingeru palml',
  'flathand altbegin extfingeru palmu metaalt extfingeru palmd altend',
  'parbegin flathand plus fist parend extfingero palmd parbegin fingernail plus lrbeside fingerpad parend close chest',
  'symmlr fingerstraightmod largemod alternatingmotion nonipsi finger2345 parbegin extfingerul palml plus extfingerdr palmr parend parbegin shoulders lrat plus lrat chest parend',
  'parbegin flathand extfingerol palmdl plus nondominant etc extfingeror palmd parend lowerarm close movedl smallmod touch repeatfromstart',
  'nondominant mime fist extfingeru palmd cheek lrat between lips lrbeside seqbegin touch fingerpad palm seqend',
  'flathand extfingeru palml head lrbeside behind armextended moveo arcu smallmod fast tense seqbegin brushing chin touch seqend',
  'flathand extfingeru palml chest circleu smallmod clocku clockd circleo clockl clockfull ellipsev moveol wavy ellipseh',
  'flathand extfingeru palml chest nodding swinging twisting stircw stirccw fingerplay indexfinger middlefinger',
  'flathand extfingeru palml chest replace decreasing fist thumbacrossmod replace extfingerui palmd touch',
  'symmpar flathand extfingeru palml chest parbegin moved replace extfingerd plus moveu replace extfingerul parend',
  'flathand extfingeru palml chest seqbegin moved mover seqend fusionbegin moved mover fusionend parbegin moved replace fist parend',
  'flathand extfingeru palml chest altbegin moved metaalt moveu altend moved repeatfromstart repeatcontinue',
  'flathand extfingeru palml chest moved repeatfromstartseveral alternatingmotion mover smallmod',
  'fist extfingeril palml shouldertop lrat behind touch repeatfromstart',
  'fist extfingeru palmd chest moved plus symmlr flathand extfingero palml movei close',
  'alternatingmotion parbegin flathand extfingeruo palml plus flathand extfingeruo palmr parend interlock circlei',
  'flathand extfingeru palml chest moveo parbegin chest plus stomach parend movecross parbegin moved plus nomotion parend',
  'fist extfingeru palml underchin seqbegin touch thumb fingerpad palm seqend seqbegin head twisting seqend',
] as const;

/** Key-order-independent JSON without provenance, for fast comparison of many specs. */
function canonical(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .filter(([k]) => k !== 'src' && k !== 'symbols' && k !== 'line' && k !== 'column')
              .sort(([a], [b]) => (a < b ? -1 : 1))
              .map(([k, x]) => [k, sort(x)]),
          )
        : v;
  return JSON.stringify(sort(value));
}

function roundTrip(signs: readonly ParsedSign[]): ParsedSign[] {
  return [...parseSigml(serializeSigml(signs)).signs];
}

describe('serializeSigml round trip', () => {
  it.each(CASES)('%s', (symbols) => {
    const first = parseSigml(
      sigmlOf(symbols, '<hnm_head tag="NO"/><hnm_mouthpicture picture="a&amp;b&quot;"/>'),
    );
    expect(first.signs[0]?.understood).toBe(true);
    const second = roundTrip(first.signs);
    expect(strip(second.map((s) => s.spec))).toEqual(strip(first.signs.map((s) => s.spec)));
    expect(second[0]?.understood).toBe(true);
  });

  it('writes attributes escaped and keeps extra <hns_sign> attributes', () => {
    const r = parseSigml(
      '<sigml><hns_sign gloss="a&lt;&quot;b" speed="2"><hamnosys_manual><hamfist/></hamnosys_manual></hns_sign></sigml>',
    );
    const text = serializeSigml(r.signs);
    expect(text).toContain('<hns_sign gloss="a&lt;&quot;b" speed="2">');
    expect(parseSigml(text).signs[0]).toMatchObject({ gloss: 'a<"b', attributes: { speed: '2' } });
  });

  it('a spec with a value outside the vocabulary is a programming error naming the value', () => {
    const sign = parseSigml(sigmlOf('fist')).signs[0];
    const spec = sign?.spec;
    if (!spec?.manual?.hands.dominant?.handshape) throw new Error('fixture did not parse');
    const broken = {
      ...spec,
      manual: {
        ...spec.manual,
        hands: {
          dominant: {
            ...spec.manual.hands.dominant,
            handshape: { ...spec.manual.hands.dominant.handshape, base: 'claw' },
          },
        },
      },
    };
    expect(() => serializeSigml([broken as never])).toThrow(
      /SignSpec handshape "claw" has no HamNoSys symbol; expected one of fist, flat/,
    );
  });
});

describeShared(
  'round trip of the real lexicons',
  ['data/sigml/German_SL_DGS.sigml', 'data/sigml/hamnosys_bsl_version1.sigml'],
  () => {
    it.each([
      'German_SL_DGS.sigml',
      'hamnosys_bsl_version1.sigml',
      'dgs_alphabet_sigml.sigml',
      'bsl_alphabet_sigml.sigml',
    ])(
      '%s: every understood sign comes back the same; serialization is a fixed point',
      (name) => {
        const first = parseSigml(fs.readFileSync(sharedPath('data', 'sigml', name), 'utf8'));
        const text = serializeSigml(first.signs);
        const second = parseSigml(text).signs;
        expect(second).toHaveLength(first.signs.length);
        // A degraded sign (an element read as its nearest supported form, or left out) is not
        // the literal source, so it need not come back the same.
        const degraded = (sign: (typeof first.signs)[number]): boolean =>
          sign.diagnostics.some((d) => d.code === 'degraded-symbol');
        const changed = first.signs.filter(
          (sign, i) =>
            sign.understood &&
            !degraded(sign) &&
            canonical(second[i]?.spec) !== canonical(sign.spec),
        );
        expect(changed.map((s) => s.gloss)).toEqual([]);
        expect(serializeSigml(second)).toBe(text);
      },
      30_000,
    );
  },
);
