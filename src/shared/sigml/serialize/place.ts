import type { HandConstellation, HandSite, Location, Placement, Side } from '../spec';
import type { HamSymbol } from '../symbols';
import { SYMBOL_OF, sym } from './reverse';

export function handSiteSymbols(site: HandSite): HamSymbol[] {
  const out: HamSymbol[] = [];
  if (site.handPart !== undefined) out.push(sym(SYMBOL_OF.handPart, site.handPart, 'hand part'));
  else {
    for (const d of site.digits) out.push(sym(SYMBOL_OF.digit, d, 'digit'));
    if (site.fingerPart !== undefined)
      out.push(sym(SYMBOL_OF.fingerPart, site.fingerPart, 'finger part'));
  }
  if (site.surface !== undefined) out.push(site.surface === 'palmar' ? 'hampalm' : 'hamhandback');
  return out;
}

/** A location point: side mark before (non-dominant side) or after (dominant side) the site. */
function pointSymbols(l: Location): HamSymbol[] {
  const out: HamSymbol[] = [];
  const side = l.side ? sym(SYMBOL_OF.side, l.side.distance, 'side distance') : undefined;
  if (side && l.side?.of === 'nondominant') out.push(side);
  if (l.kind === 'body') out.push(sym(SYMBOL_OF.bodySite, l.site, 'body site'));
  else if (l.kind === 'arm') out.push(sym(SYMBOL_OF.armSite, l.site, 'arm site'));
  else if (l.kind === 'neutral') out.push('hamneutralspace');
  else out.push(...handSiteSymbols(l.site));
  if (side && l.side?.of === 'dominant') out.push(side);
  if (l.behind) out.push('hambehind');
  if (l.armExtended) out.push('hamarmextended');
  if (l.approximate) out.push('hametc');
  return out;
}

export function locationSymbols(l: Location): HamSymbol[] {
  const out = pointSymbols(l);
  if (l.between) out.push('hambetween', ...pointSymbols(l.between));
  if (l.contact !== undefined) {
    const contact = sym(SYMBOL_OF.contact, l.contact, 'contact');
    if (l.contactBy) out.push('hamseqbegin', contact, ...handSiteSymbols(l.contactBy), 'hamseqend');
    else out.push(contact);
  }
  return out;
}

function sided(site: HamSymbol[], side: Side | undefined): HamSymbol[] {
  if (!side) return site;
  const mark = sym(SYMBOL_OF.side, side.distance, 'side distance');
  return side.of === 'nondominant' ? [mark, ...site] : [...site, mark];
}

function constellationSymbols(k: HandConstellation): HamSymbol[] {
  const out: HamSymbol[] = [];
  if (k.dominantSite || k.nondominantSite) {
    out.push('hamparbegin');
    if (k.dominantSite) out.push(...sided(handSiteSymbols(k.dominantSite), k.dominantSide));
    if (k.nondominantSite)
      out.push('hamplus', ...sided(handSiteSymbols(k.nondominantSite), k.nondominantSide));
    out.push('hamparend');
  }
  if (k.contact !== undefined) out.push(sym(SYMBOL_OF.contact, k.contact, 'contact'));
  if (k.where) out.push(...locationSymbols(k.where));
  return out;
}

export function placementSymbols(p: Placement): HamSymbol[] {
  if (p.constellation) return constellationSymbols(p.constellation);
  const out: HamSymbol[] = [];
  if (p.nondominant) {
    out.push('hamparbegin', ...(p.location ? locationSymbols(p.location) : []));
    out.push('hamplus', ...locationSymbols(p.nondominant), 'hamparend');
  } else if (p.location) out.push(...locationSymbols(p.location));
  if (p.contact !== undefined) out.push(sym(SYMBOL_OF.contact, p.contact, 'contact'));
  return out;
}
