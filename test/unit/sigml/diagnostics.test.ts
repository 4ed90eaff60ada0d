import { describe, expect, it } from 'vitest';
import { parseSigml } from '../../../src/shared/sigml';
import { parseOne, sigmlOf } from './helpers';

describe('diagnostics', () => {
  it('an unknown element in the manual part names the sign, element, index and line:column', () => {
    const sign = parseOne('fist extfingeru bogus palmd');
    expect(sign.understood).toBe(false);
    expect(sign.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'unknown-symbol',
        message: 'TEST: #2 <hambogus> is not a HamNoSys 4 symbol; skipped',
        gloss: 'TEST',
        element: 'hambogus',
        index: 2,
        line: 6,
        column: 7,
      },
    ]);
    // The rest of the sign is still parsed, and indices stay those of the document.
    expect(sign.spec.manual?.hands.dominant?.palm?.dir).toBe('d');
    expect(sign.spec.manual?.symbols).toEqual(['hamfist', 'hamextfingeru', 'hambogus', 'hampalmd']);
    expect(sign.spec.manual?.hands.dominant?.palm?.src).toEqual({ start: 3, end: 4 });
  });

  it('an orientation among the movements degrades to a configuration change, with a warning', () => {
    const sign = parseOne('fist extfingeru palmd chest moved palmu');
    expect(sign.diagnostics).toMatchObject([
      {
        severity: 'warning',
        code: 'degraded-symbol',
        element: 'hampalmu',
        index: 5,
        line: 9,
        column: 7,
      },
    ]);
    expect(sign.diagnostics[0]?.message).toMatch(
      /hampalmu \(palm\) among the movements: read as a change of hand configuration/,
    );
    expect(sign.understood).toBe(true);
    expect(sign.spec.manual?.actions.map((a) => a.kind)).toEqual(['straight', 'replace']);
  });

  it('a symbol with no reading at all is still reported and skipped', () => {
    const sign = parseOne('fist extfingeru palmd repeatfromstart');
    expect(sign.diagnostics[0]).toMatchObject({ severity: 'error', code: 'unexpected-symbol' });
  });

  it('unbalanced brackets', () => {
    expect(parseOne('fist parbegin moved mover').diagnostics[0]?.message).toMatch(
      /hamparbegin is not closed by hamparend \(found the end\)/,
    );
    // A stray closing bracket is left out with a warning (the sign is still performed).
    expect(parseOne('fist moved seqend').diagnostics[0]).toMatchObject({
      severity: 'warning',
      code: 'degraded-symbol',
      element: 'hamseqend',
    });
    expect(parseOne('fist parbegin moved seqend parend').diagnostics.map((d) => d.code)).toEqual([
      'missing-symbol',
      'degraded-symbol',
      'degraded-symbol',
    ]);
  });

  it('a sign without a handshape or orientation', () => {
    expect(parseOne('chest moved').diagnostics[0]).toMatchObject({
      code: 'missing-symbol',
      element: 'hamchest',
      index: 0,
    });
  });

  it('letter case of a symbol is repaired with a warning (hamUpperarm)', () => {
    const sign = parseOne('fist Upperarm touch');
    expect(sign.understood).toBe(true);
    expect(sign.diagnostics).toMatchObject([
      { severity: 'warning', code: 'symbol-case', element: 'hamUpperarm' },
    ]);
    expect(sign.spec.manual?.placement?.location).toMatchObject({ kind: 'arm', site: 'upperarm' });
  });

  it('unknown non-manual tags and elements, missing attributes', () => {
    const sign = parseOne(
      'fist',
      '<hnm_head tag="XX"/><hnm_head/><hnm_frown tag="A"/><hnm_mouthpicture/>',
    );
    expect(sign.diagnostics.map((d) => [d.severity, d.code, d.element])).toEqual([
      ['error', 'unknown-tag', 'hnm_head'],
      ['error', 'missing-attribute', 'hnm_head'],
      ['error', 'unexpected-element', 'hnm_frown'],
      ['error', 'missing-attribute', 'hnm_mouthpicture'],
    ]);
    expect(sign.diagnostics[0]?.message).toMatch(/tag "XX" is unknown; expected one of NO, ND, SH/);
  });

  it('attributes and content on symbols are ignored with a warning', () => {
    const r = parseSigml(sigmlOf('fist').replace('<hamfist/>', '<hamfist x="1">text</hamfist>'));
    expect(r.signs[0]?.understood).toBe(true);
    expect(r.signs[0]?.diagnostics.map((d) => d.code)).toEqual([
      'unexpected-attribute',
      'unexpected-element',
    ]);
  });

  it('document-level problems: wrong root, Gestural SiGML, no signs, a sign without gloss', () => {
    expect(parseSigml('<html/>').diagnostics.map((d) => d.code)).toEqual([
      'unexpected-element',
      'no-signs',
    ]);
    const g = parseSigml('<sigml><hamgestural_sign gloss="X"/></sigml>');
    expect(g.diagnostics.find((d) => d.code === 'unexpected-element')).toMatchObject({
      element: 'hamgestural_sign',
      line: 1,
      column: 8,
    });
    const n = parseSigml(
      '<sigml><hns_sign><hamnosys_manual><hamfist/></hamnosys_manual></hns_sign></sigml>',
    );
    expect(n.signs[0]?.diagnostics[0]).toMatchObject({
      code: 'missing-attribute',
      gloss: '(sign 1 at line 1)',
    });
  });

  it('XML errors inside a sign make that sign not understood; others are unaffected', () => {
    const text = `<sigml>
  <hns_sign gloss="A"><hamnosys_manual><hamfist/><hamflathand</hamnosys_manual></hns_sign>
  <hns_sign gloss="B"><hamnosys_manual><hamfist/></hamnosys_manual></hns_sign>
</sigml>`;
    const r = parseSigml(text);
    expect(r.signs.map((s) => [s.gloss, s.understood])).toEqual([
      ['A', false],
      ['B', true],
    ]);
    expect(r.signs[0]?.diagnostics[0]).toMatchObject({ code: 'xml-syntax', gloss: 'A', line: 2 });
  });

  it('never throws, and returns diagnostics in document order', () => {
    for (const text of [
      '',
      'garbage',
      '<sigml>',
      '<sigml><hns_sign gloss="x"><hamnosys_manual>',
      '\u0000\uFFFF',
    ]) {
      const r = parseSigml(text);
      expect(r.diagnostics.length).toBeGreaterThan(0);
      const order = r.diagnostics.map((d) => d.line * 1e6 + d.column);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });
});
