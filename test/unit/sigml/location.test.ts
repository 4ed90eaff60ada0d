import { describe, expect, it } from 'vitest';
import {
  ARM_SITE_SYMBOLS,
  BODY_SITE_SYMBOLS,
  HAND_PART_SYMBOLS,
  FINGER_PART_SYMBOLS,
} from '../../../src/shared/sigml';
import { manualOf, strip } from './helpers';

const CONFIG = 'flathand extfingeru palml';

describe('locations', () => {
  it.each(Object.entries(BODY_SITE_SYMBOLS))('body site %s', (symbol, { site, region }) => {
    const loc = manualOf(`${CONFIG} ${symbol.slice(3)}`).placement?.location;
    expect(loc).toMatchObject({ kind: 'body', site, region });
  });

  it.each(Object.entries(ARM_SITE_SYMBOLS))('arm site %s (a two-handed sign)', (symbol, site) => {
    const m = manualOf(`${CONFIG} ${symbol.slice(3)} touch`);
    expect(m.placement?.location).toMatchObject({ kind: 'arm', site, contact: 'touch' });
    expect(m.twoHanded).toBe(true);
  });

  it.each(Object.entries(HAND_PART_SYMBOLS))('hand part %s', (symbol, handPart) => {
    expect(manualOf(`${CONFIG} ${symbol.slice(3)}`).placement?.location).toMatchObject({
      kind: 'hand',
      site: { handPart },
    });
  });

  it.each(Object.entries(FINGER_PART_SYMBOLS))(
    'finger part %s with digits and a palm/back surface',
    (symbol, fingerPart) => {
      const loc = manualOf(`${CONFIG} middlefinger ringfinger ${symbol.slice(3)} handback close`)
        .placement?.location;
      expect(strip(loc)).toMatchObject({
        kind: 'hand',
        site: { digits: [3, 4], fingerPart, surface: 'dorsal' },
        contact: 'close',
      });
    },
  );

  it('neutral space, sides before and after the site, behind, arm extended', () => {
    expect(manualOf(`${CONFIG} neutralspace`).placement?.location?.kind).toBe('neutral');
    expect(manualOf(`${CONFIG} shoulders lrat`).placement?.location?.side).toMatchObject({
      of: 'dominant',
      distance: 'at',
    });
    expect(manualOf(`${CONFIG} lrbeside chest`).placement?.location?.side).toMatchObject({
      of: 'nondominant',
      distance: 'beside',
    });
    expect(
      manualOf(`${CONFIG} head lrbeside behind armextended`).placement?.location,
    ).toMatchObject({
      behind: true,
      armExtended: true,
    });
  });

  it('between two sites, contact, and the contacting part of the hand', () => {
    const loc = manualOf(
      `${CONFIG} cheek lrat between lips lrbeside seqbegin touch fingerpad palm seqend`,
    ).placement?.location;
    expect(strip(loc)).toMatchObject({
      site: 'cheek',
      side: { of: 'dominant', distance: 'at' },
      between: { site: 'lips', side: { of: 'dominant', distance: 'beside' } },
      contact: 'touch',
      contactBy: { fingerPart: 'pad', surface: 'palmar', digits: [] },
    });
  });

  it.each(['touch', 'close'])('distance %s', (contact) => {
    expect(manualOf(`${CONFIG} chin ${contact}`).placement?.location?.contact).toBe(contact);
  });
});

describe('two-hand placements', () => {
  const PAIR = 'parbegin flathand extfingeru palml plus flathand extfingeru palmr parend';

  it('a hand constellation: sites on each hand, contact, and where the pair is', () => {
    const p = manualOf(
      `${PAIR} parbegin fingernail plus lrbeside fingerpad parend close chest`,
    ).placement;
    expect(strip(p)).toEqual({
      constellation: {
        dominantSite: { fingerPart: 'nail', digits: [] },
        nondominantSite: { fingerPart: 'pad', digits: [] },
        nondominantSide: { of: 'nondominant', distance: 'beside' },
        contact: 'close',
        where: {
          kind: 'body',
          site: 'chest',
          region: 'torso',
          armExtended: false,
          behind: false,
          approximate: false,
        },
      },
    });
  });

  it.each(['interlock', 'cross', 'touch'])(
    'a bare contact after a hand pair is a constellation (%s)',
    (contact) => {
      expect(manualOf(`${PAIR} ${contact}`).placement?.constellation?.contact).toBe(contact);
    },
  );

  it("two hand sites in a row: the dominant hand's part, then the non-dominant hand's", () => {
    expect(strip(manualOf(`${PAIR} thumbball palm close`).placement)).toEqual({
      constellation: {
        dominantSite: { handPart: 'thumbball', digits: [] },
        nondominantSite: { handPart: 'palm', digits: [] },
        contact: 'close',
      },
    });
  });

  it('separate locations for the two hands', () => {
    const p = manualOf(`${PAIR} parbegin shoulders lrat plus lrat chest parend`).placement;
    expect(p?.location).toMatchObject({ site: 'shoulders', side: { of: 'dominant' } });
    expect(p?.nondominant).toMatchObject({ site: 'chest', side: { of: 'nondominant' } });
  });
});
