import { describe, expect, it } from 'vitest';
import {
  CIRCLE_SYMBOLS,
  MOVE_SYMBOLS,
  REPEAT_SYMBOLS,
  WRIST_SYMBOLS,
  type Action,
} from '../../../src/shared/sigml';
import { manualOf, strip } from './helpers';

const CONFIG = 'flathand extfingeru palml chest';
const actionsOf = (symbols: string): Action[] =>
  strip(manualOf(`${CONFIG} ${symbols}`).actions) as Action[];
const one = (symbols: string): Action => {
  const [a, ...rest] = actionsOf(symbols);
  expect(rest).toEqual([]);
  if (!a) throw new Error(`no action in "${symbols}"`);
  return a;
};

describe('movements', () => {
  it.each(Object.entries(MOVE_SYMBOLS))('straight %s', (symbol, dir) => {
    expect(one(symbol.slice(3))).toEqual({
      kind: 'straight',
      dir,
      manner: [],
      alternating: false,
      approximate: false,
    });
  });

  it('arcs, wavy/zigzag paths, ellipses and between', () => {
    expect(one('moveo arcu smallmod')).toMatchObject({
      kind: 'straight',
      dir: 'o',
      arc: 'u',
      size: 'small',
    });
    expect(one('moveol wavy ellipseh')).toMatchObject({ path: 'wavy', ellipse: 'h' });
    expect(one('moved zigzag largemod')).toMatchObject({ path: 'zigzag', size: 'large' });
    expect(one('moveu smallmod between moveur smallmod')).toMatchObject({
      dir: 'u',
      between: 'ur',
    });
  });

  it.each(Object.entries(CIRCLE_SYMBOLS))('circle %s', (symbol, axis) => {
    expect(one(symbol.slice(3))).toMatchObject({ kind: 'circle', axis, full: false });
  });

  it('circle clock positions, full turns and ellipses', () => {
    expect(one('circleu smallmod clocku clockd')).toMatchObject({
      axis: 'u',
      start: 'u',
      end: 'd',
      size: 'small',
    });
    expect(one('circleo clockl clockfull ellipsev')).toMatchObject({
      start: 'l',
      full: true,
      ellipse: 'v',
    });
  });

  it.each(Object.entries(WRIST_SYMBOLS))('wrist movement %s', (symbol, motion) => {
    expect(one(`${symbol.slice(3)} fast`)).toMatchObject({
      kind: 'wrist',
      motion,
      manner: ['fast'],
    });
  });

  it('finger play, with and without digits', () => {
    expect(one('fingerplay')).toMatchObject({ kind: 'fingerplay', digits: [] });
    expect(one('fingerplay indexfinger middlefinger')).toMatchObject({ digits: [2, 3] });
  });

  it('manner, size and dynamics modifiers', () => {
    expect(one('moved smallmod fast tense halt')).toMatchObject({
      size: 'small',
      manner: ['fast', 'tense', 'halt'],
    });
    expect(one('moved slow rest')).toMatchObject({ manner: ['slow', 'rest'] });
    expect(one('moved increasing')).toMatchObject({ dynamics: 'increasing' });
  });

  it('replacement of handshape, orientation and both hands', () => {
    expect(one('replace fist thumbacrossmod')).toMatchObject({
      kind: 'replace',
      hands: { dominant: { handshape: { base: 'fist', thumb: 'across' } } },
    });
    expect(one('replace extfingerui palmd touch')).toMatchObject({
      hands: { dominant: { extFinger: { dir: 'ui' }, palm: { dir: 'd' } } },
      target: { contact: 'touch' },
    });
    expect(one('replace parbegin palml plus nomotion parend')).toMatchObject({
      hands: { dominant: { palm: { dir: 'l' } } },
    });
    expect(one('replace decreasing fist')).toMatchObject({ dynamics: 'decreasing' });
  });

  it('targets: a location, a contact, a pair', () => {
    expect(one('moved stomach touch')).toMatchObject({
      target: { location: { site: 'stomach', contact: 'touch' } },
    });
    expect(one('movei close')).toMatchObject({ target: { contact: 'close' } });
    expect(one('moveo parbegin chest plus stomach parend')).toMatchObject({
      target: { location: { site: 'chest' }, nondominant: { site: 'stomach' } },
    });
  });

  it('brushing contact on the way', () => {
    expect(one('moveo seqbegin brushing chin touch seqend')).toMatchObject({
      brushing: { kind: 'body', site: 'chin', contact: 'touch' },
    });
  });

  it('a bare head or torso site followed by a movement moves that body part', () => {
    expect(one('seqbegin head twisting seqend')).toMatchObject({
      kind: 'seq',
      actions: [{ kind: 'bodyPart', site: 'head', action: { kind: 'wrist', motion: 'twisting' } }],
    });
    expect(one('moved chin')).toMatchObject({
      kind: 'straight',
      target: { location: { site: 'chin' } },
    });
  });

  it('no motion and the obsolete cross movement', () => {
    expect(one('movecross')).toMatchObject({ kind: 'cross' });
    expect(actionsOf('parbegin moved plus nomotion parend')[0]).toMatchObject({
      kind: 'split',
      nondominant: [{ kind: 'nomotion' }],
    });
  });
});

describe('combinations', () => {
  it('sequence, fusion and simultaneous groups', () => {
    expect(one('seqbegin moved mover seqend')).toMatchObject({
      kind: 'seq',
      fused: false,
      actions: [{ dir: 'd' }, { dir: 'r' }],
    });
    expect(one('fusionbegin moved mover fusionend')).toMatchObject({ kind: 'seq', fused: true });
    expect(one('parbegin moved replace fist parend')).toMatchObject({
      kind: 'par',
      actions: [{ kind: 'straight' }, { kind: 'replace' }],
    });
  });

  it('a split gives each hand its own actions; one-hand values go to the non-dominant hand', () => {
    expect(
      one('parbegin moved replace extfingerd plus moveu replace extfingerul parend'),
    ).toMatchObject({
      kind: 'split',
      dominant: [
        { kind: 'straight', dir: 'd' },
        { kind: 'replace', hands: { dominant: { extFinger: { dir: 'd' } } } },
      ],
      nondominant: [
        { kind: 'straight', dir: 'u' },
        { kind: 'replace', hands: { nondominant: { extFinger: { dir: 'ul' } } } },
      ],
    });
    expect(one('parbegin moved plus moveu stomach parend')).toMatchObject({
      nondominant: [{ target: { nondominant: { site: 'stomach' } } }],
    });
  });

  it('an unbracketed list is performed in order', () => {
    expect(actionsOf('moved moveu fingerplay').map((a) => a.kind)).toEqual([
      'straight',
      'straight',
      'fingerplay',
    ]);
  });

  it('alternative movements', () => {
    expect(one('altbegin moved metaalt moveu altend')).toMatchObject({
      kind: 'alternatives',
      options: [[{ dir: 'd' }], [{ dir: 'u' }]],
    });
  });
});

describe('repetitions', () => {
  it.each(Object.entries(REPEAT_SYMBOLS))('%s wraps the action before it', (symbol, repeat) => {
    expect(one(`moved ${symbol.slice(3)}`)).toMatchObject({
      kind: 'repeat',
      repeat,
      action: { kind: 'straight', dir: 'd' },
    });
  });

  it('a second repetition, alternation, and a shift of each repetition', () => {
    expect(one('moved repeatfromstart repeatcontinue')).toMatchObject({
      repeat: 'fromStart',
      then: 'continue',
    });
    expect(one('moved repeatfromstartseveral alternatingmotion')).toMatchObject({
      alternating: true,
    });
    expect(one('moved repeatfromstartseveral mover smallmod')).toMatchObject({
      shift: { dir: 'r', size: 'small' },
    });
  });

  it('a movement after a repetition that is not last is a movement of its own', () => {
    expect(actionsOf('moved repeatfromstart mover chin').map((a) => a.kind)).toEqual([
      'repeat',
      'straight',
    ]);
  });

  it('a repetition with no movement before it repeats reaching the initial place (tapping)', () => {
    const m = manualOf('fist extfingeril palml shouldertop lrat behind touch repeatfromstart');
    expect(m.actions[0]).toMatchObject({
      kind: 'repeat',
      action: { kind: 'moveTo', target: m.placement },
    });
  });
});
