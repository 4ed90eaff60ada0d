import { describe, expect, it } from 'vitest';
import { MOUTH_GESTURE_TAGS, NON_MANUAL_TAGS, parseSigml } from '../../../src/shared/sigml';
import { manualOf, parseOne, strip } from './helpers';

describe('symmetry and handedness', () => {
  it('hamsymmpar and hamsymmlr with their modifiers', () => {
    expect(strip(manualOf('symmpar flathand').symmetry)).toEqual({
      kind: 'par',
      oiMirror: false,
      udMirror: false,
      outOfPhase: false,
      nonIpsi: false,
    });
    expect(
      strip(manualOf('symmlr fingerstraightmod largemod alternatingmotion nonipsi fist').symmetry),
    ).toEqual({
      kind: 'lr',
      oiMirror: true,
      udMirror: true,
      outOfPhase: true,
      nonIpsi: true,
    });
    expect(manualOf('symmlr fist').twoHanded).toBe(true);
  });

  it('hamnondominant: one-handed, made by the non-dominant hand', () => {
    const m = manualOf('nondominant fist extfingeru palmd chest');
    expect(m).toMatchObject({ nondominantOnly: true, twoHanded: false });
  });

  it('a one-handed sign', () => {
    expect(manualOf('fist extfingeru palmd chest moved')).toMatchObject({
      twoHanded: false,
      nondominantOnly: false,
    });
  });

  it('hamalternatingmotion before the configuration and hammime', () => {
    expect(manualOf('alternatingmotion parbegin fist plus fist parend').alternating).toBe(true);
    expect(manualOf('mime fist').mime).toBe(true);
  });

  it('a compound sign: parts separated by a top-level hamplus', () => {
    const sign = parseOne(
      'fist extfingeru palmd chest moved plus symmlr flathand extfingero palml movei',
    );
    expect(sign.understood).toBe(true);
    expect(sign.spec.manual?.actions).toHaveLength(1);
    expect(sign.spec.compound).toHaveLength(1);
    expect(sign.spec.compound?.[0]).toMatchObject({
      symmetry: { kind: 'lr' },
      hands: { dominant: { handshape: { base: 'flat' } } },
    });
  });

  it('spans point back into the manual symbol sequence', () => {
    const m = manualOf('fist extfingeru palmd chest moved smallmod');
    expect(m.symbols).toEqual([
      'hamfist',
      'hamextfingeru',
      'hampalmd',
      'hamchest',
      'hammoved',
      'hamsmallmod',
    ]);
    expect(m.src).toEqual({ start: 0, end: 6 });
    expect(m.hands.dominant?.handshape?.src).toEqual({ start: 0, end: 1 });
    expect(m.placement?.src).toEqual({ start: 3, end: 4 });
    expect(m.actions[0]?.src).toEqual({ start: 4, end: 6 });
  });
});

describe('non-manual tiers', () => {
  const TIER_OF = { head: 'head', eyegaze: 'eyegaze', eyebrows: 'facialexpr', eyelids: 'facialexpr', nose: 'facialexpr', shoulder: 'shoulder', body: 'body' } as const; // prettier-ignore

  it.each(Object.entries(NON_MANUAL_TAGS))('every %s tag is known', (element, tags) => {
    for (const [tag, meaning] of Object.entries(tags)) {
      const sign = parseOne('fist', `<hnm_${element} tag="${tag}"/>`);
      expect(sign.understood).toBe(true);
      expect(sign.spec.nonManual).toEqual([
        {
          element: `hnm_${element}`,
          tier: TIER_OF[element as keyof typeof TIER_OF],
          tag,
          meaning,
          line: 4,
          column: 1,
        },
      ]);
    }
  });

  it('mouth gestures, mouth pictures (SAMPA kept verbatim) and free hnm_extra tags', () => {
    const sign = parseOne(
      'fist',
      `<hnm_mouthgesture tag="C01"/><hnm_mouthpicture picture="skQtl@nd"/><hnm_extra tag="anything"/>`,
    );
    expect(strip(sign.spec.nonManual)).toEqual([
      {
        element: 'hnm_mouthgesture',
        tier: 'mouthing',
        tag: 'C01',
        meaning: MOUTH_GESTURE_TAGS.C01,
      },
      { element: 'hnm_mouthpicture', tier: 'mouthing', picture: 'skQtl@nd' },
      { element: 'hnm_extra', tier: 'extra', tag: 'anything' },
    ]);
    expect(Object.keys(MOUTH_GESTURE_TAGS)).toHaveLength(9 + 4 + 35 + 13 + 17);
  });

  it('a sign with only non-manual features is kept, with a warning', () => {
    const r = parseSigml(
      '<sigml><hns_sign gloss="NOD"><hamnosys_nonmanual><hnm_head tag="NO"/></hamnosys_nonmanual></hns_sign></sigml>',
    );
    expect(r.signs[0]?.understood).toBe(true);
    expect(r.signs[0]?.diagnostics[0]).toMatchObject({ severity: 'warning', code: 'no-manual' });
  });

  it('also reads <sigml_collection> and keeps extra <hns_sign> attributes', () => {
    const r = parseSigml(
      '<sigml_collection><hns_sign gloss="A" speed="1.5"><hamnosys_manual><hamfist/></hamnosys_manual></hns_sign></sigml_collection>',
    );
    expect(r.signs[0]).toMatchObject({
      gloss: 'A',
      attributes: { speed: '1.5' },
      understood: true,
    });
  });
});
