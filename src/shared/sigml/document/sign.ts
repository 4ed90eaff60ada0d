import type { ParsedSign } from '../result';
import type { NonManualFeature } from '../nonmanual-spec';
import type { SignSpec } from '../spec';
import { attribute, type XmlElement, type XmlProblem } from '../xml';
import { Collector } from './collector';
import { parseManualElement } from './manual';
import { parseNonManual } from './nonmanual';
import { invalidValueMessage } from '../../errors/invalid';

const SIGN_PARTS = ['hamnosys_nonmanual', 'hamnosys_manual'];

/**
 * One <hns_sign> → ParsedSign. `ordinal` (1-based) names a sign that has no gloss; `xmlProblems`
 * are the well-formedness problems found inside this element.
 */
export function parseSignElement(
  element: XmlElement,
  ordinal: number,
  xmlProblems: readonly XmlProblem[],
): ParsedSign {
  const glossAttr = attribute(element, 'gloss');
  const gloss = glossAttr ?? '';
  const diag = new Collector(
    glossAttr === undefined || glossAttr === ''
      ? `(sign ${ordinal} at line ${element.line})`
      : glossAttr,
  );
  for (const p of xmlProblems) diag.add('error', 'xml-syntax', p.message, p);
  if (glossAttr === undefined)
    diag.add('warning', 'missing-attribute', '<hns_sign> has no gloss="…"', element, 'hns_sign');
  const attributes: Record<string, string> = {};
  for (const a of element.attributes) if (a.name !== 'gloss') attributes[a.name] = a.value;

  let manualEl: XmlElement | undefined;
  let nonManualEl: XmlElement | undefined;
  for (const child of element.children) {
    if (child.kind === 'text') {
      if (child.text.trim() !== '')
        diag.add(
          'warning',
          'unexpected-text',
          `text "${child.text.trim().slice(0, 20)}" in <hns_sign>; ignored`,
          child,
        );
    } else if (!SIGN_PARTS.includes(child.name)) {
      diag.add(
        'error',
        'unexpected-element',
        invalidValueMessage('element in <hns_sign>', child.name, SIGN_PARTS, 'is not supported'),
        child,
        child.name,
      );
    } else if (child.name === 'hamnosys_manual') {
      if (manualEl)
        diag.add(
          'error',
          'unexpected-element',
          `second <hamnosys_manual> (line ${manualEl.line} is the first); ignored`,
          child,
          child.name,
        );
      else manualEl = child;
    } else if (nonManualEl) {
      diag.add(
        'warning',
        'unexpected-element',
        `second <hamnosys_nonmanual>; its features are added to the first`,
        child,
        child.name,
      );
      nonManualEl.children.push(...child.children);
    } else nonManualEl = child;
  }

  const nonManual: NonManualFeature[] = nonManualEl ? parseNonManual(nonManualEl, diag) : [];
  let spec: SignSpec = { gloss, nonManual };
  if (manualEl) {
    const { parts } = parseManualElement(manualEl, diag);
    const [first, ...rest] = parts;
    if (first) spec = { ...spec, manual: first, ...(rest.length > 0 && { compound: rest }) };
  } else {
    const severity = nonManual.length > 0 ? 'warning' : 'error';
    diag.add(severity, 'no-manual', '<hns_sign> has no <hamnosys_manual>', element, 'hns_sign');
  }
  return {
    gloss,
    attributes,
    spec,
    diagnostics: diag.list,
    understood: !diag.hasError,
    line: element.line,
    column: element.column,
  };
}
