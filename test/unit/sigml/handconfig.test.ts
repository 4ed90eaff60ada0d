import { describe, expect, it } from 'vitest';
import {
  HANDSHAPE_SYMBOLS,
  PALM_SYMBOLS,
  EXT_FINGER_SYMBOLS,
  DIRECTIONS_26,
} from '../../../src/shared/sigml';
import { manualOf, strip } from './helpers';

describe('handshapes', () => {
  it.each(Object.entries(HANDSHAPE_SYMBOLS))('base shape %s', (symbol, base) => {
    const hand = manualOf(`${symbol.slice(3)} extfingeru palmd`).hands.dominant;
    expect(strip(hand?.handshape)).toEqual({ base, digits: [], contacts: [], approximate: false });
  });

  it('thumb and bending modifiers in either order', () => {
    for (const order of [
      'flathand thumboutmod fingerbendmod',
      'flathand fingerbendmod thumboutmod',
    ]) {
      expect(manualOf(`${order} extfingeru palmd`).hands.dominant?.handshape).toMatchObject({
        base: 'flat',
        thumb: 'out',
        bend: 'round',
      });
    }
    const bends = [
      'fingerstraightmod',
      'fingerbendmod',
      'fingerhookmod',
      'doublebent',
      'doublehooked',
    ];
    expect(bends.map((b) => manualOf(`fist ${b}`).hands.dominant?.handshape?.bend)).toEqual([
      'bent',
      'round',
      'hooked',
      'doubleBent',
      'doubleHooked',
    ]);
    const thumbs = ['thumbacrossmod', 'thumboutmod', 'thumbopenmod'];
    expect(thumbs.map((t) => manualOf(`fist ${t}`).hands.dominant?.handshape?.thumb)).toEqual([
      'across',
      'out',
      'opposed',
    ]);
  });

  it('digits with their own bending (DGS E)', () => {
    const shape = manualOf(
      'flathand thumbacrossmod indexfinger fingerbendmod middlefinger fingerbendmod pinky extfingeru palmd',
    ).hands.dominant?.handshape;
    expect(strip(shape?.digits)).toEqual([
      { digit: 2, bend: 'round' },
      { digit: 3, bend: 'round' },
      { digit: 5 },
    ]);
  });

  it('digit-part-digit contacts, thumb between digits, between shapes, approximation', () => {
    const r = manualOf(
      'finger23 thumbacrossmod indexfinger fingernail middlefinger extfingeru palmd',
    ).hands.dominant;
    expect(strip(r?.handshape?.contacts)).toEqual([{ first: 2, part: 'nail', second: 3 }]);
    const t = manualOf('fist thumbacrossmod indexfinger between middlefinger extfingeru palmd')
      .hands.dominant;
    expect(t?.handshape?.thumbBetween).toEqual([2, 3]);
    const b = manualOf('finger2345 thumboutmod between flathand fingerstraightmod etc extfingeru')
      .hands.dominant;
    expect(strip(b?.handshape)).toEqual({
      base: 'finger2345',
      thumb: 'out',
      digits: [],
      contacts: [],
      approximate: false,
      between: { base: 'flat', bend: 'bent', digits: [], contacts: [], approximate: true },
    });
  });

  it('a digit followed by a finger part and a non-digit starts a location, not the shape', () => {
    const m = manualOf('flathand extfingeru palmd indexfinger fingertip touch');
    expect(m.hands.dominant?.handshape?.digits).toEqual([]);
    expect(strip(m.placement?.location)).toMatchObject({
      kind: 'hand',
      site: { digits: [2], fingerPart: 'tip' },
    });
  });
});

describe('orientation', () => {
  it.each(Object.entries(EXT_FINGER_SYMBOLS))('extended finger %s', (symbol, dir) => {
    expect(manualOf(`fist ${symbol.slice(3)}`).hands.dominant?.extFinger?.dir).toBe(dir);
  });

  it.each(Object.entries(PALM_SYMBOLS))('palm %s', (symbol, dir) => {
    expect(manualOf(`fist extfingero ${symbol.slice(3)}`).hands.dominant?.palm?.dir).toBe(dir);
  });

  it('two adjacent arrows make the 8 space diagonals of the 26 directions', () => {
    const pairs: Record<string, string> = {
      uol: 'uo ol', uor: 'uo or', uil: 'ui il', uir: 'ui ir',
      dol: 'do ol', dor: 'do or', dil: 'di il', dir: 'di ir',
    }; // prettier-ignore
    for (const [dir, pair] of Object.entries(pairs)) {
      const syms = pair
        .split(' ')
        .map((p) => `extfinger${p}`)
        .join(' ');
      expect(manualOf(`fist ${syms} palmd`).hands.dominant?.extFinger?.dir).toBe(dir);
    }
    expect(DIRECTIONS_26).toHaveLength(26);
  });

  it('between, relative and approximate orientations', () => {
    const h = manualOf(
      'fist extfingeruo orirelative between extfingerol palml etc between palmdl orirelative',
    ).hands.dominant;
    expect(strip(h?.extFinger)).toEqual({
      dir: 'uo',
      between: 'ol',
      relative: true,
      approximate: false,
    });
    expect(strip(h?.palm)).toEqual({ dir: 'l', between: 'dl', relative: true, approximate: true });
  });

  it('alternatives: the first is the configuration, the rest are kept', () => {
    const h = manualOf('flathand altbegin extfingeru palmu metaalt extfingeru palmd altend').hands
      .dominant;
    expect(h?.palm?.dir).toBe('u');
    expect(strip(h?.alternatives)).toMatchObject([{ extFinger: { dir: 'u' }, palm: { dir: 'd' } }]);
  });
});

describe('two hands', () => {
  it('a hand pair in brackets; parts written once are copied to the non-dominant hand', () => {
    const m = manualOf('parbegin flathand plus fist parend extfingero palmd');
    expect(m.hands.dominant).toMatchObject({
      handshape: { base: 'flat' },
      extFinger: { dir: 'o' },
    });
    expect(m.hands.nondominant).toMatchObject({
      handshape: { base: 'fist' },
      extFinger: { dir: 'o' },
    });
    expect(m.twoHanded).toBe(true);
  });

  it('under symmetry, nothing is copied: the mirror image is implied', () => {
    const m = manualOf(
      'symmlr finger2345 parbegin extfingerul palml plus extfingerdr palmr parend',
    );
    expect(m.hands.nondominant?.handshape).toBeUndefined();
    expect(m.hands.nondominant?.extFinger?.dir).toBe('dr');
  });

  it('"hamnondominant hametc" leaves the non-dominant shape unspecified', () => {
    const m = manualOf(
      'parbegin flathand extfingerol palmdl plus nondominant etc extfingeror palmd parend lowerarm',
    );
    expect(m.hands.nondominant).toMatchObject({ shapeUnspecified: true, extFinger: { dir: 'or' } });
  });

  it('a pair written without brackets is read with a warning', () => {
    const sign = manualOf(
      'flathand extfingeror palmu plus flathand extfingerol palml moveir palm touch',
    );
    expect(sign.hands.nondominant?.extFinger?.dir).toBe('ol');
  });
});
