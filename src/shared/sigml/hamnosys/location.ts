import type { HandSite, Location, Side } from '../spec';
import {
  ARM_SITE_SYMBOLS,
  BODY_SITE_SYMBOLS,
  CONTACT_SYMBOLS,
  DIGIT_SYMBOLS,
  FINGER_PART_SYMBOLS,
  HAND_PART_SYMBOLS,
  SIDE_SYMBOLS,
  type Contact,
  type Digit,
  type FingerPart,
} from '../vocab';
import type { Cursor } from './cursor';
import type { Mutable } from './mutable';

const SITE_CATEGORIES = new Set(['headSite', 'faceSite', 'torsoSite', 'armSite', 'neutralSpace']);
const HAND_SITE_CATEGORIES = new Set(['handPart', 'fingerPart', 'digit']);

/** True when the symbol at pos + k can start a location (a site, or a side mark before one). */
export function isLocationStart(c: Cursor, k = 0): boolean {
  // One side mark goes before a site; a bounded lookahead keeps pathological input linear.
  let i = k;
  while (c.cat(i) === 'side' && i - k < 2) i++;
  const cat = c.cat(i) ?? '';
  return SITE_CATEGORIES.has(cat) || HAND_SITE_CATEGORIES.has(cat);
}

/** A contact symbol that ends a location or movement (hambrushing only appears inside seq). */
export function isEndContact(c: Cursor, k = 0): boolean {
  return c.cat(k) === 'contact' && !c.is('hambrushing', k);
}

export function takeContact(c: Cursor): Contact {
  return CONTACT_SYMBOLS[c.take() as keyof typeof CONTACT_SYMBOLS];
}

/** handSite := HANDPART | FINGERPART DIGIT* | DIGIT+ FINGERPART? */
export function parseHandSite(c: Cursor): HandSite {
  const start = c.pos;
  const digits: Digit[] = [];
  const takeDigits = (): void => {
    while (c.cat() === 'digit') digits.push(DIGIT_SYMBOLS[c.take() as keyof typeof DIGIT_SYMBOLS]);
  };
  const takePart = (): FingerPart =>
    FINGER_PART_SYMBOLS[c.take() as keyof typeof FINGER_PART_SYMBOLS];
  if (c.cat() === 'handPart') {
    const handPart = HAND_PART_SYMBOLS[c.take() as keyof typeof HAND_PART_SYMBOLS];
    const site: HandSite = { handPart, digits, src: c.span(start) };
    return handPart === 'wristback' ? withSurface(c, site, start) : site;
  }
  let fingerPart: FingerPart | undefined;
  if (c.cat() === 'fingerPart') {
    fingerPart = takePart();
    takeDigits();
  } else {
    takeDigits();
    if (c.cat() === 'fingerPart') fingerPart = takePart();
    if (c.cat() === 'fingerPart') {
      c.warn(
        'unexpected-symbol',
        `second finger part ${c.peek()} after ${fingerPart}; only the first is used`,
      );
      c.take();
    }
  }
  const site: HandSite = { digits, src: c.span(start) };
  return withSurface(c, fingerPart === undefined ? site : { ...site, fingerPart }, start);
}

/** "… hampalm" / "… hamhandback" right after a finger part or the wrist names its side. */
function withSurface(c: Cursor, site: HandSite, start: number): HandSite {
  const surface = c.is('hampalm') ? 'palmar' : c.is('hamhandback') ? 'dorsal' : undefined;
  if (surface === undefined || (site.fingerPart === undefined && site.handPart === undefined))
    return site;
  c.take();
  return { ...site, surface, src: c.span(start) };
}

/**
 * True when "hamseqbegin CONTACT handSite? hamseqend" starts at the cursor: the contact and the
 * part of the moving hand that makes it (a side mark before the part is allowed).
 */
export function isContactGroup(c: Cursor): boolean {
  if (!c.is('hamseqbegin') || !isEndContact(c, 1)) return false;
  for (let k = 2; k < 10; k++) {
    const cat = c.cat(k);
    if (c.is('hamseqend', k)) return true;
    if (cat !== 'side' && (cat === undefined || !HAND_SITE_CATEGORIES.has(cat))) return false;
  }
  return false;
}

type LocationNode = Mutable<Location> & { side?: Side };

/** point := SIDE? site SIDE? ("hambehind" | "hamarmextended" | "hametc")* */
function parsePoint(c: Cursor): LocationNode | undefined {
  const start = c.pos;
  const sideBefore = c.cat() === 'side' ? parseSide(c, 'nondominant') : undefined;
  const cat = c.cat();
  const base = { armExtended: false, behind: false, approximate: false, src: c.span(start) };
  let node: LocationNode;
  if (cat === 'headSite' || cat === 'faceSite' || cat === 'torsoSite') {
    const { site, region } = BODY_SITE_SYMBOLS[c.take() as keyof typeof BODY_SITE_SYMBOLS];
    node = { kind: 'body', site, region, ...base };
  } else if (cat === 'armSite') {
    node = {
      kind: 'arm',
      site: ARM_SITE_SYMBOLS[c.take() as keyof typeof ARM_SITE_SYMBOLS],
      ...base,
    };
  } else if (cat === 'neutralSpace') {
    c.take();
    node = { kind: 'neutral', ...base };
  } else if (cat !== undefined && HAND_SITE_CATEGORIES.has(cat)) {
    node = { kind: 'hand', site: parseHandSite(c), ...base };
  } else {
    if (sideBefore)
      c.error('missing-symbol', `side mark without a site (found ${c.peek() ?? 'the end'})`);
    return undefined;
  }
  if (sideBefore) node.side = sideBefore;
  for (;;) {
    if (c.cat() === 'side' && !node.side && !isLocationStart(c, 1))
      node.side = parseSide(c, 'dominant');
    else if (c.accept('hambehind')) node.behind = true;
    else if (c.accept('hamarmextended')) node.armExtended = true;
    else if (c.accept('hametc')) node.approximate = true;
    else break;
  }
  node.src = c.span(start);
  return node;
}

function parseSide(c: Cursor, of: Side['of']): Side {
  const start = c.pos;
  const distance = SIDE_SYMBOLS[c.take() as keyof typeof SIDE_SYMBOLS];
  return { of, distance, src: c.span(start) };
}

/**
 * location := point ("hambetween" point)? contact? where
 * contact := CONTACT | "hamseqbegin" CONTACT handSite? "hamseqend" | "hamarmextended"
 * Returns undefined (consuming nothing) when no location starts at the cursor.
 */
export function parseLocation(c: Cursor): Location | undefined {
  const start = c.pos;
  const node = parsePoint(c);
  if (!node) return undefined;
  if (c.is('hambetween') && isLocationStart(c, 1)) {
    c.take();
    const second = parsePoint(c);
    if (second) node.between = second;
  }
  if (isEndContact(c)) node.contact = takeContact(c);
  else if (isContactGroup(c)) {
    c.take();
    node.contact = takeContact(c);
    if (c.cat() === 'side') {
      c.warn(
        'unexpected-symbol',
        `side mark ${c.peek()} on the contacting hand part has no meaning here; ignored`,
      );
      c.take();
    }
    if (isLocationStart(c)) node.contactBy = parseHandSite(c);
    if (!c.accept('hamseqend'))
      c.error(
        'missing-symbol',
        `contact group is not closed by hamseqend (found ${c.peek() ?? 'the end'})`,
      );
  }
  for (;;) {
    if (c.accept('hamarmextended')) node.armExtended = true;
    else if (c.accept('hambehind')) node.behind = true;
    else if (c.accept('hametc')) node.approximate = true;
    else break;
  }
  node.src = c.span(start);
  return node;
}
