import type { HandConstellation, Location, Placement } from '../spec';
import type { Contact } from '../vocab';
import type { Cursor } from './cursor';
import { isEndContact, isLocationStart, parseLocation, takeContact } from './location';
import type { Mutable } from './mutable';

/** True when a placement (location, location pair, constellation or bare contact) starts at pos + k. */
export function isPlacementStart(c: Cursor, k = 0): boolean {
  return (
    isLocationStart(c, k) ||
    isEndContact(c, k) ||
    (c.is('hamparbegin', k) && isLocationStart(c, k + 1))
  );
}

/** Only body, arm and neutral sites place a constellation; a hand site there is a new target. */
function isWhereStart(c: Cursor): boolean {
  const cat = c.cat() === 'side' ? c.cat(1) : c.cat();
  return (
    cat === 'headSite' ||
    cat === 'faceSite' ||
    cat === 'torsoSite' ||
    cat === 'armSite' ||
    cat === 'neutralSpace'
  );
}

/**
 * placement := pair | CONTACT where? | location
 * pair := "hamparbegin" location "hamplus" location "hamparend" CONTACT? where?
 * A pair of two hand sites is a hand constellation (dominant hand's site, non-dominant hand's
 * site). A bare contact is a constellation of the two hands in the initial placement of a
 * two-handed sign, or when a body site follows it ("hamclose hamshoulders").
 */
export function parsePlacement(
  c: Cursor,
  twoHanded: boolean,
  isTarget = false,
): Placement | undefined {
  const start = c.pos;
  if (c.is('hamparbegin') && isLocationStart(c, 1)) return parsePair(c, start);
  if (isEndContact(c)) {
    const contact = takeContact(c);
    // After a movement a bare contact means "until contact with the current site or hand".
    if ((isTarget || !twoHanded) && !isWhereStart(c)) return { contact, src: c.span(start) };
    const constellation: Mutable<HandConstellation> = { contact, src: c.span(start) };
    if (isWhereStart(c)) {
      const where = parseLocation(c);
      if (where) constellation.where = where;
    }
    constellation.src = c.span(start);
    return { constellation, src: c.span(start) };
  }
  const location = parseLocation(c);
  if (!location) return undefined;
  // Two hand sites in a row in a two-handed sign ("hamthumbball hampalm hamclose"): the first is
  // on the dominant hand, the second on the non-dominant hand.
  if (twoHanded && isHandSite(location) && !location.contact && isHandSiteStart(c)) {
    const second = parseLocation(c);
    if (isHandSite(second)) return constellationOf(c, start, location, second, undefined);
  }
  return { location, src: c.span(start) };
}

function isHandSiteStart(c: Cursor): boolean {
  const cat = c.cat();
  return cat === 'handPart' || cat === 'fingerPart' || cat === 'digit';
}

function parsePair(c: Cursor, start: number): Placement {
  c.take();
  const dominant = parseLocation(c);
  if (!dominant)
    c.error(
      'missing-symbol',
      `location pair has no location for the dominant hand (found ${c.peek() ?? 'the end'})`,
    );
  let nondominant: Location | undefined;
  if (c.accept('hamplus')) {
    nondominant = parseLocation(c);
    if (!nondominant)
      c.error(
        'missing-symbol',
        `location pair has no location after hamplus (found ${c.peek() ?? 'the end'})`,
      );
  } else c.warn('missing-symbol', 'location pair without hamplus: read as the dominant hand only');
  if (!c.accept('hamparend'))
    c.error(
      'missing-symbol',
      `location pair is not closed by hamparend (found ${c.peek() ?? 'the end'})`,
    );
  const contact = isEndContact(c) ? takeContact(c) : undefined;
  if (isHandSite(dominant) && (nondominant === undefined || isHandSite(nondominant))) {
    return constellationOf(c, start, dominant, nondominant, contact);
  }
  const placement: Mutable<Placement> = { src: c.span(start) };
  if (dominant) placement.location = dominant;
  if (nondominant) placement.nondominant = nondominant;
  if (contact) placement.contact = contact;
  return placement;
}

/** Two hand sites (dominant's part, non-dominant's part) with their contact: a constellation. */
function constellationOf(
  c: Cursor,
  start: number,
  dominant: (Location & { kind: 'hand' }) | undefined,
  nondominant: (Location & { kind: 'hand' }) | undefined,
  contact: Contact | undefined,
): Placement {
  const constellation: Mutable<HandConstellation> = { src: c.span(start) };
  if (dominant) {
    constellation.dominantSite = dominant.site;
    if (dominant.side) constellation.dominantSide = dominant.side;
  }
  if (nondominant) {
    constellation.nondominantSite = nondominant.site;
    if (nondominant.side) constellation.nondominantSide = nondominant.side;
  }
  for (const l of [dominant, nondominant]) {
    if (l && (l.between || l.behind || l.armExtended || l.contactBy || l.approximate)) {
      c.report(
        'warning',
        'unexpected-symbol',
        'hambetween, hambehind, hamarmextended, hametc or a contacting part on a hand site of a constellation is not kept',
        l.src.start,
      );
    }
  }
  const contactOfSites = contact ?? dominant?.contact ?? nondominant?.contact;
  if (contactOfSites) constellation.contact = contactOfSites;
  if (isWhereStart(c)) {
    const where = parseLocation(c);
    if (where) constellation.where = where;
  }
  constellation.src = c.span(start);
  return { constellation, src: c.span(start) };
}

function isHandSite(location: Location | undefined): location is Location & { kind: 'hand' } {
  return location?.kind === 'hand';
}
