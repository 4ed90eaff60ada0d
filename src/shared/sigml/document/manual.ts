import type { ManualSpec } from '../spec';
import { HAM_SYMBOLS, HAM_SYMBOL_NAMES, isHamSymbol, type HamSymbol } from '../symbols';
import type { XmlElement } from '../xml';
import type { ManualToken } from '../hamnosys';
import { parseManual } from '../hamnosys';
import { checkAttributes, checkNoContent } from './checks';
import type { Collector } from './collector';

const BY_LOWER_CASE: ReadonlyMap<string, HamSymbol> = new Map(
  HAM_SYMBOL_NAMES.map((n) => [n.toLowerCase(), n]),
);

export interface ManualResult {
  /** Names of <hamnosys_manual>'s children in order: the HamNoSys symbol, or the unknown name as written. */
  readonly names: readonly string[];
  readonly parts: readonly ManualSpec[];
}

/** Reads the symbols of <hamnosys_manual> and parses them with the HamNoSys grammar. */
export function parseManualElement(container: XmlElement, diag: Collector): ManualResult {
  checkAttributes(container, [], diag);
  const elements: XmlElement[] = [];
  for (const child of container.children) {
    if (child.kind === 'element') elements.push(child);
    else if (child.text.trim() !== '') {
      diag.add(
        'warning',
        'unexpected-text',
        `text "${child.text.trim().slice(0, 20)}" in <hamnosys_manual> (only HamNoSys symbol elements belong there); ignored`,
        child,
        undefined,
        elements.length,
      );
    }
  }
  const tokens: ManualToken[] = [];
  const names: string[] = [];
  elements.forEach((element, index) => {
    const symbol = resolve(element, index, diag);
    names.push(symbol ?? element.name);
    if (symbol === undefined || !isGrammatical(symbol, element, index, diag)) return;
    checkAttributes(element, [], diag);
    checkNoContent(element, diag);
    tokens.push({ symbol, index });
  });
  if (elements.length === 0) {
    diag.add(
      'error',
      'no-manual',
      '<hamnosys_manual> is empty (a sign needs at least a handshape)',
      container,
      'hamnosys_manual',
    );
    return { names: [], parts: [] };
  }
  const parts = parseManual(tokens, names, (severity, code, message, index) => {
    const at = index === undefined ? container : (elements[index] ?? container);
    const element = index === undefined ? undefined : elements[index]?.name;
    diag.add(
      severity,
      code,
      index === undefined ? message : `#${index} ${message}`,
      at,
      element,
      index,
    );
  });
  return { names, parts };
}

/**
 * Symbols the grammar reads. Punctuation and the version mark are dropped with a note;
 * coreference and the obsolete wrist/cross symbols are reported as unsupported.
 */
function isGrammatical(
  symbol: HamSymbol,
  element: XmlElement,
  index: number,
  diag: Collector,
): boolean {
  const { category, meaning } = HAM_SYMBOLS[symbol];
  if (category === 'punctuation' || symbol === 'hamversion40') {
    diag.add(
      'info',
      'ignored-symbol',
      `#${index} <${symbol}> (${meaning}) has no effect on the sign; ignored`,
      element,
      symbol,
      index,
    );
    return false;
  }
  if (category === 'coreference' || (category === 'obsolete' && symbol !== 'hammovecross')) {
    diag.add(
      'error',
      'unsupported-symbol',
      `#${index} <${symbol}> (${meaning}) is not supported; skipped`,
      element,
      symbol,
      index,
    );
    return false;
  }
  return true;
}

function resolve(element: XmlElement, index: number, diag: Collector): HamSymbol | undefined {
  const { name } = element;
  if (isHamSymbol(name)) return name;
  const folded = BY_LOWER_CASE.get(name.toLowerCase());
  if (folded !== undefined) {
    diag.add(
      'warning',
      'symbol-case',
      `#${index} <${name}> read as <${folded}> (SiGML element names are case-sensitive)`,
      element,
      name,
      index,
    );
    return folded;
  }
  diag.add(
    'error',
    'unknown-symbol',
    `#${index} <${name}> is not a HamNoSys 4 symbol; skipped`,
    element,
    name,
    index,
  );
  return undefined;
}
