/**
 * A small SiGML lexicon written for SignBridge (no third-party data) that no code was tuned on:
 * signs that lean on rare or out-of-place elements (handshape changes without hamreplace, manner
 * and size marks after their movement, a leading hamnomotion, stray location modifiers and
 * brackets, ellipses, spirals, wrist and finger play, a compound). `bench -- coverage` reports
 * its share alongside the lexicons in ../shared/data/sigml, as "a lexicon not seen".
 */
const sign = (gloss: string, symbols: string): string =>
  `  <hns_sign gloss="${gloss}"><hamnosys_manual>${symbols
    .split(/\s+/)
    .filter((s) => s !== '')
    .map((s) => `<${s}/>`)
    .join('')}</hamnosys_manual></hns_sign>`;

const SIGNS: readonly (readonly [string, string])[] = [
  [
    'IMPLICIT-REPLACE',
    'hamfist hamextfingero hampalml hamchest hammovedo hamflathand hamextfingeru',
  ],
  ['LATE-MANNER', 'hamfinger2 hamextfingeru hampalml hamshoulders hammoveo hamtense'],
  [
    'LEADING-NOMOTION',
    'hamnomotion hamfinger2 hamthumbacrossmod hamextfingeru hampalml hamnose hamtouch',
  ],
  ['STRAY-BEHIND', 'hamflathand hamextfingerul hampalml hamear hammoveu hambehind'],
  ['STRAY-DYNAMICS', 'hamfinger2345 hamextfingero hampalmd hammovel hamincreasing hamfist'],
  ['STRAY-BRACKET', 'hamceeall hamextfingero hampalml hamstomach hammoveu hamseqend'],
  ['ELLIPSE', 'hamflathand hamextfingero hampalmd hamcircleo hamellipseh'],
  ['SPIRAL', 'hamfinger2 hamextfingeru hampalml hamcircleu hamincreasing'],
  ['WRIST-NOD', 'hamflathand hamextfingero hampalmd hamnodding hamrepeatfromstart'],
  ['FINGERS-PLAY', 'hamfinger2345 hamextfingeru hampalmu hamfingerplay'],
  ['ORIENT-IN-MOVE', 'hampinch12 hamextfingero hampalml hamlips hammovedi hampalmd'],
  [
    'COMPOUND',
    'hamfist hamextfingero hampalml hamchest hamtouch hamplus hamflathand hamextfingeru hampalml hammoveo',
  ],
  [
    'SYMMETRIC-LATE-SIZE',
    'hamsymmlr hamflathand hamextfingero hampalmd hammovel hamlargemod hamsmallmod',
  ],
  ['BENT-IN-MOVE', 'hamflathand hamextfingero hampalmd hammoveo hamfingerbendmod'],
];

export const RARE_LEXICON_NAME = 'synthetic rare-element lexicon';

export function rareLexiconSigml(): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<sigml>\n${SIGNS.map(([g, s]) => sign(g, s)).join('\n')}\n</sigml>\n`;
}
