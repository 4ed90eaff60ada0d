import { Collector, parseSignElement } from './document';
import type { Diagnostic } from './diagnostics';
import type { ParsedSign, ParseResult } from './result';
import { decodeUtf8Lossy, findInvalidUtf8 } from '../util/utf8';
import { LineIndex, parseXml, type XmlElement, type XmlProblem } from './xml';
import { invalidValueMessage } from '../errors/invalid';

const ROOTS = ['sigml', 'sigml_collection'];

/**
 * Parses a SiGML document (`<sigml>` or `<sigml_collection>` of `<hns_sign>`) into SignSpecs.
 * Never throws: problems become diagnostics, and signs are returned as complete as possible.
 * Give a file's bytes, not a lossily decoded string, so that bad UTF-8 is a diagnostic.
 */
export function parseSigml(input: string | Uint8Array): ParseResult {
  const { text, problems: encodingProblems } =
    typeof input === 'string' ? { text: input, problems: [] } : decodeSigml(input);
  const doc = parseXml(text);
  const top = new Collector(undefined);
  const signElements: XmlElement[] = [];
  for (const root of doc.roots) {
    if (root.name === 'hns_sign') {
      top.add(
        'warning',
        'unexpected-element',
        '<hns_sign> at the top level (expected inside <sigml>); read anyway',
        root,
        root.name,
      );
      signElements.push(root);
    } else if (!ROOTS.includes(root.name)) {
      top.add(
        'error',
        'unexpected-element',
        invalidValueMessage('root element', root.name, ROOTS, 'is not a SiGML document element'),
        root,
        root.name,
      );
    } else collectSigns(root, signElements, top);
  }
  const { inSign, outside } = assignProblems([...encodingProblems, ...doc.problems], signElements);
  for (const p of outside) top.add('error', 'xml-syntax', p.message, p);
  const signs: ParsedSign[] = signElements.map((e, i) =>
    parseSignElement(e, i + 1, inSign[i] ?? []),
  );
  if (signs.length === 0)
    top.add(
      'error',
      'no-signs',
      'the document has no <hns_sign>',
      doc.roots[0] ?? { line: 1, column: 1 },
    );
  const diagnostics: Diagnostic[] = [...top.list, ...signs.flatMap((s) => s.diagnostics)];
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return { signs, diagnostics };
}

function collectSigns(root: XmlElement, into: XmlElement[], top: Collector): void {
  for (const child of root.children) {
    if (child.kind === 'text') {
      if (child.text.trim() !== '')
        top.add(
          'warning',
          'unexpected-text',
          `text "${child.text.trim().slice(0, 20)}" in <${root.name}>; ignored`,
          child,
        );
    } else if (child.name === 'hns_sign') into.push(child);
    else if (child.name === 'hamgestural_sign') {
      top.add(
        'error',
        'unexpected-element',
        '<hamgestural_sign> (Gestural SiGML) is not supported; only <hns_sign> (HamNoSys SiGML) is',
        child,
        child.name,
      );
    } else
      top.add(
        'warning',
        'unexpected-element',
        `<${child.name}> in <${root.name}> is not a sign; ignored`,
        child,
        child.name,
      );
  }
}

/** Splits XML problems into those inside each sign element (by position) and the rest. */
function assignProblems(
  problems: readonly XmlProblem[],
  signs: readonly XmlElement[],
): { inSign: XmlProblem[][]; outside: XmlProblem[] } {
  const inSign: XmlProblem[][] = signs.map(() => []);
  const outside: XmlProblem[] = [];
  const before = (l1: number, c1: number, l2: number, c2: number): boolean =>
    l1 < l2 || (l1 === l2 && c1 <= c2);
  for (const p of problems) {
    let lo = 0;
    let hi = signs.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = signs[mid];
      if (!s) break;
      if (before(s.line, s.column, p.line, p.column)) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const s = found >= 0 ? signs[found] : undefined;
    if (s && before(p.line, p.column, s.endLine, s.endColumn)) inSign[found]?.push(p);
    else outside.push(p);
  }
  return { inSign, outside };
}

/** SiGML files are UTF-8; bad bytes become an error at their place (the rest is still read). */
function decodeSigml(bytes: Uint8Array): { text: string; problems: XmlProblem[] } {
  const text = decodeUtf8Lossy(bytes);
  const fault = findInvalidUtf8(bytes);
  if (fault === undefined) return { text, problems: [] };
  const bad = bytes[fault.byteOffset] ?? 0;
  return {
    text,
    problems: [
      {
        message: `byte 0x${bad.toString(16).toUpperCase().padStart(2, '0')} at byte ${fault.byteOffset} is not valid UTF-8 (read as U+FFFD); SiGML files must be UTF-8`,
        ...new LineIndex(text).position(fault.charOffset),
      },
    ],
  };
}
